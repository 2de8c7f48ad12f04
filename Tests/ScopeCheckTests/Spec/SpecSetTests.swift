import Foundation
import Testing

@testable import Core
@testable import Discover
@testable import Fix
@testable import Spec
@testable import Syntax

/// A Genesys-shaped spec (written for these tests) with the real queue statistics endpoints.
let genesysLike = #"""
    {
      "swagger": "2.0",
      "info": {"title": "PureCloud Platform API", "version": "v2"},
      "host": "api.mypurecloud.com",
      "securityDefinitions": {"PureCloud OAuth": {"type": "oauth2", "scopes": {"analytics": "Analytics", "analytics:readonly": "Read analytics"}}},
      "paths": {
        "/api/v2/analytics/conversations/details/query": {"post": {
          "operationId": "postAnalyticsConversationsDetailsQuery",
          "security": [{"PureCloud OAuth": ["analytics", "analytics:readonly"]}],
          "x-inin-requires-permissions": {"type": "ANY", "permissions": ["analytics:conversationDetail:view"]}}},
        "/api/v2/analytics/queues/observations/query": {"post": {
          "operationId": "postAnalyticsQueuesObservationsQuery",
          "security": [{"PureCloud OAuth": ["analytics", "analytics:readonly"]}]}}
      }
    }
    """#

/// The set of the first seed report: Genesys' spec unbound, the gateway's bound to its host.
func seedSet(overlays: String? = nil, gatewayHost: String? = "api.eu-gene.com") throws -> (SpecSet, [Diagnostic]) {
    let genesys = try SpecLoader.parse(genesysLike, source: "genesys.json")
    let gateway = try SpecLoader.parse(gatewaySwagger, source: "gateway.json")
    let parsed = overlays.map(parseOverlay) ?? OverlayParseResult(overlays: [], diagnostics: [])
    let (set, diagnostics) = SpecSet.assemble(
        [SpecSet.Entry(spec: genesys), SpecSet.Entry(spec: gateway, host: gatewayHost)], overlays: parsed.overlays)
    return (set, parsed.diagnostics + diagnostics)
}

@Suite struct SpecSetTests {
    /// `spec file: METHOD path (fallback)` for each match of a governed route.
    private func governing(_ route: SpecRoute) -> [String] {
        guard case .governed(let matches) = route else { return ["not governed: \(route)"] }
        return matches.map { "\($0.member.name): \($0.operation.reference)" + ($0.hostFallback ? " (fallback)" : "") }
    }

    @Test func routesACallWithAURLToTheSpecOfItsHost() throws {
        let (set, _) = try seedSet()
        #expect(
            governing(set.route("POST https://api.eu-gene.com/api/v2/analytics/report/queue/summary")) == [
                "gateway.json (api.eu-gene.com): POST /api/v2/analytics/report/queue/summary"
            ])
        #expect(
            governing(set.route("post https://API.mypurecloud.com/api/v2/analytics/queues/observations/query?x=1")) == [
                "genesys.json: POST /api/v2/analytics/queues/observations/query"
            ])
        #expect(
            governing(set.route("POST https://api.mypurecloud.de/api/v2/analytics/queues/observations/query")) == [
                "genesys.json: POST /api/v2/analytics/queues/observations/query (fallback)"
            ])
        guard
            case .unknownOperation(let consulted, let suggestions) = set.route(
                "POST https://api.eu-gene.com/api/v2/analytics/queues/observations/query")
        else {
            Issue.record("the gateway has no queue observations")
            return
        }
        #expect(consulted.map(\.name) == ["gateway.json (api.eu-gene.com)"])
        #expect(suggestions.map(\.operation.reference) == ["POST /api/v2/analytics/report/queue/summary"])
    }

    @Test func routesACallWithoutAHostToEverySpecThatKnowsIt() throws {
        let (set, _) = try seedSet()
        #expect(
            governing(set.route("POST /api/v2/analytics/report/queue/summary")) == [
                "gateway.json (api.eu-gene.com): POST /api/v2/analytics/report/queue/summary"
            ])
        #expect(
            governing(set.route("post_analytics_conversations_details_query")) == [
                "genesys.json: POST /api/v2/analytics/conversations/details/query"
            ])
        guard case .unknownOperation(let consulted, let suggestions) = set.route("GET /api/v2/nothing/here") else {
            Issue.record("nothing knows GET /api/v2/nothing/here")
            return
        }
        #expect(consulted.map(\.position) == [0, 1])
        #expect(suggestions.map(\.member.position) == suggestions.map(\.member.position).sorted())
    }

    @Test func aCallThatSeveralSpecsKnowIsGovernedByAll() throws {
        let (set, diagnostics) = try seedSet(
            overlays: #"""
                overlay "gw" {
                  host = "api.eu-gene.com"
                  endpoint "POST /api/v2/analytics/conversations/details/query" {
                    add    = true
                    scopes = ["analytics:view"]
                  }
                }
                """#)
        #expect(diagnostics.isEmpty)
        #expect(
            governing(set.route("POST /api/v2/analytics/conversations/details/query")) == [
                "genesys.json: POST /api/v2/analytics/conversations/details/query",
                "gateway.json (api.eu-gene.com): POST /api/v2/analytics/conversations/details/query",
            ])
    }

    @Test func saysWhenNoSpecCoversAHost() throws {
        let gateway = try SpecLoader.parse(gatewaySwagger, source: "gateway.json")
        let (set, _) = SpecSet.assemble([SpecSet.Entry(spec: gateway, host: "API.eu-gene.com")], overlays: [])
        #expect(
            set.route("GET https://api.mypurecloud.com/api/v2/status")
                == .uncoveredHost("api.mypurecloud.com", knownHosts: ["api.eu-gene.com"]))
        #expect(governing(set.route("GET /api/v2/status")) == ["gateway.json (api.eu-gene.com): GET /api/v2/status"])
        let unbound = SpecSet(gateway)
        #expect(
            governing(unbound.route("GET https://api.eu-gene.com/api/v2/status")) == [
                "gateway.json: GET /api/v2/status"
            ])
        #expect(unbound.knownHosts == ["api.eu-gene.com"])
    }

    @Test func knowsScopesAcrossTheSet() throws {
        let (set, _) = try seedSet(
            overlays: #"""
                overlay "gw" {
                  host = "api.eu-gene.com"
                  scope "partner:analytics:view" { description = "Partner analytics" }
                }
                """#)
        #expect(set.isKnownScope("report:execute") && set.isKnownScope("analytics:readonly"))
        #expect(!set.members[0].index.isKnownScope("report:execute"))
        let sources = set.sources(ofScope: "partner:analytics:view")
        #expect(sources.map(\.member.name) == ["gateway.json (api.eu-gene.com)"])
        #expect(sources.first?.overlayNote?.overlay == "gw")
        #expect(sources.first?.overlayNote?.range.description == "overlay.hcl:3:3")
        #expect(set.sources(ofScope: "analytics").map { $0.overlayNote == nil } == [true])
        #expect(set.scopeSuggestions(for: "analytics:view") == ["analytics:view"])
        #expect(set.scopeSuggestions(for: "report:exec").first == "report:execute")
        #expect(
            set.scopeNames == [
                "analytics", "analytics:readonly", "analytics:view", "partner:analytics:view", "report:execute",
            ])
    }

    @Test func describesEachSpec() throws {
        let (set, _) = try seedSet(overlays: #"overlay "gw" { host = "api.eu-gene.com" }"#)
        let gateway = SpecDescription(set.members[1])
        #expect(gateway.format == "swagger-2.0" && gateway.boundHost == "api.eu-gene.com")
        #expect(gateway.overlays == ["gw"])
        let hash = ContentHash.hex(ContentHash.xxh64(Array(gatewaySwagger.utf8)))
        #expect(
            gateway.description == """
                spec:        gateway.json
                title:       EU gateway
                version:     2
                format:      swagger-2.0
                scope lists: all-of (standard Swagger/OpenAPI reading)
                hash:        xxh64:\(hash) (\(gatewaySwagger.utf8.count) bytes)
                operations:  3
                scopes:      2
                permissions: 0
                hosts:       api.eu-gene.com
                bound to:    api.eu-gene.com
                overlays:    gw
                """)
        let genesys = SpecDescription(set.members[0])
        #expect(genesys.scopeListReading.semantics == .anyOf)
        #expect(genesys.rows.map(\.value).suffix(2) == ["(not bound)", "(none)"])
    }

    @Test func loadsBindingsAndOverlayFiles() throws {
        let directory = try TestSupport.temporaryDirectory()
        func write(_ name: String, _ text: String) throws -> String {
            let path = directory.appendingPathComponent(name).path
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            return path
        }
        let genesys = try write("genesys.json", genesysLike)
        let gateway = try write("gateway.json", gatewaySwagger)
        let overlay = try write("gateway.hcl", gatewayOverlay)
        let broken = try write("a-broken.hcl", "overlay \"x\" {\n  endpoint \"GET /nowhere\" {}\n}\n")
        let result = try SpecSetLoader.load(
            bindings: [SpecBinding(path: genesys), try SpecBinding.parse("api.eu-gene.com=\(gateway)")],
            overlayPaths: [overlay, broken], cache: SpecCache(directory: directory.appendingPathComponent("cache").path)
        )
        #expect(result.loads.map(\.cacheOutcome) == [.stored, .stored])
        #expect(result.set.members.map(\.spec.overlays) == [["x"], ["eu1-gateway", "x"]])
        #expect(result.diagnostics.map(\.range?.file) == [broken, overlay])
        #expect(
            located(result.diagnostics).suffix(1) == [
                #"8:12 error: Unknown endpoint in the base spec; POST /api/v2/analytics/conversations/details/query is not in \#(gateway) (api.eu-gene.com). Did you mean POST /api/v2/analytics/report/queue/summary? To add an endpoint the spec lacks, set add = true."#
            ])
        let error = #expect(throws: SpecError.self) {
            try SpecSetLoader.load(bindings: [SpecBinding(path: overlay)], overlayPaths: [], cache: nil)
        }
        #expect(error?.kind == .malformedJSON)
    }
}
