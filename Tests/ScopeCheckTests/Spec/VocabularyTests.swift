import Testing

@testable import Spec

@Suite struct VocabularyTests {
    static let scopeNames = [
        "analytics", "analytics:readonly", "architect", "architect:readonly", "external-contacts",
        "external-contacts:readonly", "routing", "routing:readonly", "speech-and-text-analytics", "user-basic-info",
        "users", "users:readonly",
    ]
    static let spec = APISpec(
        source: "t.json", title: "t", version: "v2", format: "swagger-2.0", contentHash: "0", contentLength: 0,
        scopes: Dictionary(uniqueKeysWithValues: scopeNames.map { ($0, "") }), oauthSchemes: ["PureCloud OAuth"],
        operations: [
            APIOperation(
                method: "GET", path: "/a",
                permissions: PermissionRequirement(
                    type: .any,
                    permissions: ["routing:queue:view", "routing:queue:edit", "analytics:queueObservation:view"])),
            APIOperation(
                method: "GET", path: "/b",
                permissions: PermissionRequirement(type: .all, permissions: ["routing:skill:manage", "admin"])),
        ])

    let index = OperationIndex(Self.spec)

    @Test func knowsScopesBySpelling() {
        #expect(index.isKnownScope("analytics:readonly"))
        #expect(!index.isKnownScope("analytics:view"))
        #expect(!index.isKnownScope("Analytics"))
    }

    @Test func suggestsScopesOfTheSameDomainFirst() {
        #expect(index.scopeSuggestions(for: "analytics:view") == ["analytics:readonly", "analytics"])
        #expect(index.scopeSuggestions(for: "analytics:readonly") == ["analytics:readonly"])
        #expect(
            index.scopeSuggestions(for: "External_Contacts") == ["external-contacts", "external-contacts:readonly"])
        #expect(index.scopeSuggestions(for: "analytic:readonly") == ["analytics:readonly", "analytics"])
        #expect(index.scopeSuggestions(for: "speech") == ["speech-and-text-analytics"])
        #expect(index.scopeSuggestions(for: "user") == ["users", "user-basic-info", "users:readonly"])
        #expect(index.scopeSuggestions(for: "ucp:reports:view") == [])
    }

    @Test func knowsPermissionsWithWildcards() {
        #expect(index.isKnownPermission("routing:queue:view"))
        #expect(index.isKnownPermission("admin"))
        #expect(!index.isKnownPermission("routing:queue:delete"))
        #expect(index.isKnownPermission(domain: "routing", entity: "queue", action: "*"))
        #expect(index.isKnownPermission(domain: "routing", entity: "*", action: "manage"))
        #expect(index.isKnownPermission("routing:*:*"))
        #expect(!index.isKnownPermission(domain: "routing", entity: "*", action: "delete"))
        #expect(!index.isKnownPermission(domain: "telephony", entity: "*", action: "*"))
        #expect(!index.isKnownPermission(domain: "routing", entity: "wrapupCode", action: "*"))
    }

    @Test func suggestsPermissions() {
        #expect(index.permissionSuggestions(for: "routing:queue:view") == ["routing:queue:view"])
        #expect(
            index.permissionSuggestions(for: "routing:queues:view")
                == ["routing:queue:view", "routing:queue:edit", "routing:skill:manage"])
        #expect(
            index.permissionSuggestions(for: "analytics:queueObservations:view") == [
                "analytics:queueObservation:view"
            ])
        #expect(index.permissionSuggestions(for: "telephony:plugin:all") == [])
    }
}
