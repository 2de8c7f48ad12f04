import Foundation
import Testing

@testable import Core
@testable import Explain
@testable import Graph
@testable import Lint
@testable import Policy
@testable import Report
@testable import Rules
@testable import Suggest

/// A call source that exists only in this test: two calls of the poller, declared in a file no
/// other part of scopecheck knows about.
private struct FakeCallSource: CallSource {
    func calls(in inputs: CallSourceInputs) -> [DeclaredCall] {
        let caller = Caller.client(.address("genesyscloud_oauth_client.poller"))
        return [
            DeclaredCall(
                caller: caller, text: "POST /api/v2/analytics/queues/observations/query",
                provenance: CallProvenance(source: "fake", range: Self.range(line: 3))),
            DeclaredCall(
                caller: caller, text: "GET /api/v2/routing/queues",
                provenance: CallProvenance(source: "fake", range: Self.range(line: 7))),
        ]
    }

    static func range(line: Int) -> SourceRange {
        let start = SourcePosition(line: line, column: 1, byte: 0)
        return SourceRange(file: "calls.fake", start: start, end: start)
    }
}

/// A new source of calls reaches every reader of the graph without any rule knowing about it.
@Suite struct CallSourceTests {
    static let terraform = """
        resource "genesyscloud_auth_role" "poller" {
          name = "Poller"
          permission_policies {
            domain      = "routing"
            entity_name = "queue"
            action_set  = ["view"]
          }
        }
        resource "genesyscloud_oauth_client" "poller" {
          name                  = "Poller"
          authorized_grant_type = "CLIENT-CREDENTIALS"
          roles {
            role_id = genesyscloud_auth_role.poller.id
          }
        }
        """

    func graph() throws -> RequirementGraph {
        let directory = try TerraformFixture.directory(["main.tf": Self.terraform])
        let base = LintFixture.reload(directory)
        return RequirementGraph(
            modules: base.modules, specs: base.specs, policy: Policy(), sources: [FakeCallSource()])
    }

    @Test func theCallsBelongToTheirClientWithTheirProvenance() throws {
        let graph = try graph()
        let client = try #require(graph.clients.first)
        #expect(
            client.calls.map(\.text) == [
                "POST /api/v2/analytics/queues/observations/query", "GET /api/v2/routing/queues",
            ])
        #expect(client.calls.map(\.call.provenance.source) == ["fake", "fake"])
        #expect(
            client.calls.map { $0.governing.map(\.operation.operationId) } == [
                ["postAnalyticsQueuesObservationsQuery"], ["getRoutingQueues"],
            ])
    }

    @Test func lintReportsTheMissingPermissionInEveryFormat() throws {
        let result = Linter.run(try graph(), config: ScopeCheckConfig())
        let missing = result.findings.filter { $0.rule == "missing-permission" }
        #expect(missing.count == 1)
        #expect(
            missing.first?.message.hasPrefix(
                "POST /api/v2/analytics/queues/observations/query (calls.fake:3:1) checks ANY of: analytics:queueObservation:view"
            )
                == true)
        let report = LintReport(findings: result.findings, rules: result.rules, toolVersion: "test")
        let sarif = SARIFReportWriter().render(report)
        #expect(sarif.contains("\"ruleId\": \"missing-permission\""))
        #expect(sarif.contains("calls.fake:3:1"))
    }

    @Test func suggestCoversBothCalls() throws {
        let graph = try graph()
        let suggestion = try GrantSuggester.suggest(for: try #require(graph.clients.first), in: graph)
        #expect(
            suggestion.calls.map(\.call.text) == [
                "POST /api/v2/analytics/queues/observations/query", "GET /api/v2/routing/queues",
            ])
        #expect(suggestion.permissions?.permissions == ["analytics:queueObservation:view", "routing:queue:view"])
    }

    @Test func explainGivesAVerdictForEachCall() throws {
        let graph = try graph()
        let calls = Explainer(catalog: graph.specs).explainCalls(of: try #require(graph.clients.first))
        #expect(calls.calls.map(\.call.range.description) == ["calls.fake:3:1", "calls.fake:7:1"])
        #expect(calls.calls.map { $0.explanations.map { $0.result?.verdict } } == [[.denied], [.allowed]])
        #expect(calls.text.contains("Call POST /api/v2/analytics/queues/observations/query (fake, calls.fake:3:1)"))
        #expect(calls.isProblem)
    }
}
