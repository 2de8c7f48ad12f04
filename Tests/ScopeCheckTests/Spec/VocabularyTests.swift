import Testing

@testable import ScopeCheck

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

    @Test func knowsScopesBySpelling() {
        #expect(Self.spec.isKnownScope("analytics:readonly"))
        #expect(!Self.spec.isKnownScope("analytics:view"))
        #expect(!Self.spec.isKnownScope("Analytics"))
    }

    @Test func suggestsScopesOfTheSameDomainFirst() {
        #expect(Self.spec.scopeSuggestions(for: "analytics:view") == ["analytics:readonly", "analytics"])
        #expect(Self.spec.scopeSuggestions(for: "analytics:readonly") == ["analytics:readonly"])
        #expect(
            Self.spec.scopeSuggestions(for: "External_Contacts") == ["external-contacts", "external-contacts:readonly"])
        #expect(Self.spec.scopeSuggestions(for: "analytic:readonly") == ["analytics:readonly", "analytics"])
        #expect(Self.spec.scopeSuggestions(for: "speech") == ["speech-and-text-analytics"])
        #expect(Self.spec.scopeSuggestions(for: "user") == ["users", "user-basic-info", "users:readonly"])
        #expect(Self.spec.scopeSuggestions(for: "ucp:reports:view") == [])
    }

    @Test func knowsPermissionsWithWildcards() {
        #expect(Self.spec.isKnownPermission("routing:queue:view"))
        #expect(Self.spec.isKnownPermission("admin"))
        #expect(!Self.spec.isKnownPermission("routing:queue:delete"))
        #expect(Self.spec.isKnownPermission(domain: "routing", entity: "queue", action: "*"))
        #expect(Self.spec.isKnownPermission(domain: "routing", entity: "*", action: "manage"))
        #expect(Self.spec.isKnownPermission("routing:*:*"))
        #expect(!Self.spec.isKnownPermission(domain: "routing", entity: "*", action: "delete"))
        #expect(!Self.spec.isKnownPermission(domain: "telephony", entity: "*", action: "*"))
        #expect(!Self.spec.isKnownPermission(domain: "routing", entity: "wrapupCode", action: "*"))
    }

    @Test func suggestsPermissions() {
        #expect(Self.spec.permissionSuggestions(for: "routing:queue:view") == ["routing:queue:view"])
        #expect(
            Self.spec.permissionSuggestions(for: "routing:queues:view")
                == ["routing:queue:view", "routing:queue:edit", "routing:skill:manage"])
        #expect(
            Self.spec.permissionSuggestions(for: "analytics:queueObservations:view") == [
                "analytics:queueObservation:view"
            ])
        #expect(Self.spec.permissionSuggestions(for: "telephony:plugin:all") == [])
    }
}
