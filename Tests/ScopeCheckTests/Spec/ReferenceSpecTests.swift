import Foundation
import Testing

@testable import Explain
@testable import Policy
@testable import Spec
@testable import Syntax
@testable import Terraform

/// The reference spec of the shared corpus, when present.
private let referenceSpec = TestSupport.corpusFile("genesys/reference-swagger.json")

/// Checks against the full-size reference spec of the shared corpus (skipped without it).
@Suite(.enabled(if: referenceSpec != nil))
struct ReferenceSpecTests {
    static func loadSpec() throws -> APISpec {
        try SpecLoader.load(path: try #require(referenceSpec).path, cache: nil).spec
    }

    /// The whole document decoded by Foundation, to compare with.
    static func loadDocument() throws -> [String: Any] {
        let data = try Data(contentsOf: try #require(referenceSpec))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func everyOperationEqualsAFullDecode() throws {
        let spec = try Self.loadSpec()
        let document = try Self.loadDocument()
        let definitions = try #require(document["securityDefinitions"] as? [String: [String: Any]])
        let oauthSchemes = Set(definitions.filter { $0.value["type"] as? String == "oauth2" }.keys)
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        var expected: [String: APIOperation] = [:]
        for (path, item) in paths {
            for (method, value) in item {
                guard let object = value as? [String: Any] else { continue }
                let security = (object["security"] as? [[String: [String]]])?.flatMap { $0 }
                let oauth = security?.filter { oauthSchemes.contains($0.key) } ?? []
                let scopes = oauth.flatMap(\.value)
                let others = security?.filter { !oauthSchemes.contains($0.key) }.map(\.key) ?? []
                let kind: ScopeRequirement.Kind =
                    !scopes.isEmpty
                    ? .scopes : !oauth.isEmpty ? .oauthWithoutScopes : others.isEmpty ? .noSecurity : .otherSchemesOnly
                let permissions = (object["x-inin-requires-permissions"] as? [String: Any]).map {
                    PermissionRequirement(
                        type: PermissionRequirement.MatchType(rawValue: $0["type"] as? String ?? "") ?? .any,
                        permissions: $0["permissions"] as? [String] ?? [])
                }
                let operation = APIOperation(
                    method: method.uppercased(), path: path, operationId: object["operationId"] as? String,
                    tags: object["tags"] as? [String] ?? [], summary: object["summary"] as? String,
                    scopeRequirement: ScopeRequirement(kind: kind, alternatives: scopes.map { [$0] }),
                    otherSchemes: others, permissions: permissions,
                    deprecated: object["deprecated"] as? Bool ?? false,
                    preview: object["x-genesys-preview"] as? Bool ?? false,
                    sdkMethodName: object["x-purecloud-method-name"] as? String)
                expected[operation.reference] = operation
            }
        }
        #expect(spec.operations.count == 3164)
        #expect(expected.count == 3164)
        var mismatches = 0
        for operation in spec.operations where expected[operation.reference] != operation {
            mismatches += 1
            if mismatches <= 5 {
                Issue.record(
                    "\(operation.reference): \(operation) != \(String(describing: expected[operation.reference]))")
            }
        }
        #expect(mismatches == 0)
        let sorted = spec.operations.map { [$0.path, $0.method] }
        #expect(sorted == sorted.sorted { $0.lexicographicallyPrecedes($1) })
    }

    @Test func readsTheScopeCatalogue() throws {
        let spec = try Self.loadSpec()
        let document = try Self.loadDocument()
        let definitions = try #require(document["securityDefinitions"] as? [String: [String: Any]])
        let scopes = try #require(definitions["PureCloud OAuth"]?["scopes"] as? [String: String])
        #expect(scopes.count == 131)
        #expect(spec.scopes == scopes)
        #expect(spec.oauthSchemes == ["PureCloud OAuth"])
        #expect(spec.format == "swagger-2.0")
        #expect(spec.host == "api.mypurecloud.com")
        #expect(spec.hosts == ["api.mypurecloud.com"])
        #expect(spec.scopeListReading == ScopeListReading(semantics: .anyOf, basis: .genesysScheme("PureCloud OAuth")))
        #expect(spec.permissions.count == 1366)
    }

    @Test func answersTheSeedReportQuestions() throws {
        let index = OperationIndex(try Self.loadSpec())
        #expect(index.scopeSuggestions(for: "analytics:view") == ["analytics:readonly", "analytics"])
        #expect(!index.isKnownScope("report:execute"))
        #expect(!index.isKnownScope("partner:analytics:view"))
        #expect(index.isKnownPermission("analytics:queueObservation:view"))
        #expect(index.isKnownPermission(domain: "analytics", entity: "*", action: "view"))
        guard case .notFound(let suggestions) = index.resolve("POST /api/v2/analytics/report/queue/summary") else {
            Issue.record("the seed report's endpoint is in the reference spec")
            return
        }
        #expect(suggestions.count == 5)
        #expect(suggestions.allSatisfy { $0.method == "POST" && $0.path.hasPrefix("/api/v2/analytics/") })
        #expect(suggestions.map(\.path).contains("/api/v2/analytics/queues/observations/query"))
        for (typo, intended) in [
            ("POST /api/v2/analytics/conversation/details/query", "POST /api/v2/analytics/conversations/details/query"),
            ("GET /api/v2/user/me", "GET /api/v2/users/me"),
            ("GET /api/v2/routng/queues/1", "GET /api/v2/routing/queues/{queueId}"),
            ("getRoutingQueus", "GET /api/v2/routing/queues"),
        ] {
            guard case .notFound(let suggestions) = index.resolve(typo) else {
                Issue.record("\(typo) resolved")
                continue
            }
            #expect(suggestions.first?.reference == intended, "\(typo)")
        }
        #expect(
            index.resolve("post_analytics_conversations_details_query")
                == index.resolve("POST https://api.mypurecloud.de/api/v2/analytics/conversations/details/query"))
        let queue = index.resolve("GET /api/v2/routing/queues/3f2c7a8e-0c5e-4f2d-9a1b-1b2c3d4e5f60")
        #expect(queue == .found(try #require(index.operation(named: "getRoutingQueue"))))
    }

    @Test func theIndexEncodingRoundTrips() throws {
        let spec = try Self.loadSpec()
        let hash = try #require(UInt64(spec.contentHash, radix: 16))
        let index = SpecIndexCodec.encode(spec, contentHash: hash)
        let decoded = index.withUnsafeBytes {
            SpecIndexCodec.decode($0, source: spec.source, contentHash: hash, length: spec.contentLength)
        }
        #expect(decoded == spec)
    }
}
