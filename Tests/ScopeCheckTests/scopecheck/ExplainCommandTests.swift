import Foundation
import Testing

@Suite struct ExplainCommandTests {
    let spec = ["--spec", "samples/spec/genesys-platform-sample.json"]

    @Test func unknownEndpointSuggestsTheRealQueueEndpoints() throws {
        let output = try CommandRunner.run(["explain", "POST /api/v2/analytics/report/queue/summary"] + spec)
        #expect(output.status == 1)
        #expect(output.stderr.contains("is not an operation of the spec in force"))
        #expect(
            output.stderr.contains(
                "POST /api/v2/analytics/queues/observations/query  (postAnalyticsQueuesObservationsQuery)"))
    }

    @Test func seedScopesAreUnknownAndTheCallNeedsAReadOnlyScope() throws {
        let output = try CommandRunner.run(
            [
                "explain", "POST /api/v2/analytics/conversations/details/query", "--scopes",
                "analytics:view,report:execute",
            ]
                + spec)
        #expect(output.status == 1)
        #expect(
            output.stdout.contains(
                "unknown scope analytics:view: not defined by the spec in force; did you mean analytics:readonly, analytics?"
            ))
        #expect(output.stdout.contains("unknown scope report:execute: not defined by the spec in force\n"))
        #expect(
            output.stdout.contains(
                "missing scope: add any one of: analytics, analytics:readonly (least privilege: analytics:readonly)"))
    }

    @Test func aTerraformClientIsCheckedThroughItsRole() throws {
        let output = try CommandRunner.run(
            [
                "explain", "get_routing_queue", "--client", "genesyscloud_oauth_client.queue_poller",
                "samples/queue-dashboard", "--format", "json",
            ] + spec)
        #expect(output.status == 0, "\(output.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any] ?? [:]
        #expect(json["verdict"] as? String == "allowed")
        #expect((json["client"] as? [String: Any])?["roles"] as? [String] == ["genesyscloud_auth_role.queue_poller"])
        let denied = try CommandRunner.run(
            [
                "explain", "DELETE /api/v2/routing/queues/abc", "--client", "genesyscloud_oauth_client.queue_poller",
                "samples/queue-dashboard",
            ]
                + spec)
        #expect(denied.status == 1)
        #expect(denied.stdout.contains("missing permission: ALL of: routing:queue:delete"))
    }

    @Test func everyCallOfAClientIsExplainedWithItsProvenance() throws {
        let output = try CommandRunner.run(
            ["explain", "--client", "genesyscloud_oauth_client.queue_dashboard", "samples/queue-dashboard"])
        #expect(output.status == 0, "\(output.stderr)")
        let headings = output.stdout.split(separator: "\n").filter { $0.hasPrefix("Call ") || $0.contains(" makes ") }
        #expect(
            headings == [
                "genesyscloud_oauth_client.queue_dashboard makes 3 calls (3 from policy)",
                "Call POST /api/v2/analytics/queues/observations/query (policy, samples/queue-dashboard/policy.hcl:5:5)",
                "Call getRoutingQueues (policy, samples/queue-dashboard/policy.hcl:6:5)",
                "Call GET https://api.mypurecloud.ie/api/v2/routing/queues/0c5e2b4a-9f7e-4a51-8f3e-2a1d7c9b6e10 (policy, samples/queue-dashboard/policy.hcl:7:5)",
            ])
        #expect(output.stdout.components(separatedBy: "  verdict: allowed").count == 4)
        let json = try CommandRunner.run(
            [
                "explain", "--client", "genesyscloud_oauth_client.queue_poller", "samples/queue-dashboard", "--format",
                "json",
            ])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any] ?? [:]
        let calls = object["calls"] as? [[String: Any]] ?? []
        #expect(
            calls.map { $0["call"] as? String } == [
                "POST /api/v2/analytics/queues/observations/query", "GET /api/v2/routing/queues/{queueId}",
            ])
        #expect(calls.map { $0["source"] as? String } == ["policy", "policy"])
        #expect(calls.map { $0["line"] as? Int } == [13, 14])
    }

    @Test func aClientCallNoSpecKnowsFailsTheExplanation() throws {
        let output = try CommandRunner.run(
            ["explain", "--client", "genesyscloud_oauth_client.queue_reports", "samples/seed-403-gateway"],
            in: TestSupport.packageRoot)
        let published = try CommandRunner.run(
            [
                "explain", "--client", "genesyscloud_oauth_client.queue_reports", "samples/seed-403-gateway",
                "--spec", "samples/spec/genesys-platform-sample.json",
            ])
        #expect(output.status == 1, "\(output.stderr)")
        #expect(output.stdout.contains("missing scope: add report:execute"))
        #expect(published.status == 1)
        #expect(published.stdout.contains("  not an operation of the API spec in force"))
    }

    @Test func configOfTheWorkingDirectoryProvidesSpecsAndOverlays() throws {
        let output = try CommandRunner.run(
            [
                "explain", "POST https://api.eu-gene.com/api/v2/analytics/report/queue/summary", "--scopes",
                "analytics", "--grant-type", "CLIENT-CREDENTIALS",
            ],
            in: TestSupport.packageRoot.appendingPathComponent("samples/seed-403-gateway"))
        #expect(output.status == 1, "\(output.stderr)")
        #expect(output.stdout.contains("overlay      overlay \"eu1-gateway\""))
        #expect(output.stdout.contains("missing scope: add report:execute"))
    }

    @Test func errorBodiesAndUsageErrors() throws {
        let output = try CommandRunner.run(
            ["explain", "getRoutingQueues", "--error-body", #"{"code":"bad.credentials","status":401}"#] + spec)
        #expect(output.status == 0)
        #expect(output.stdout.contains("Error body: 401 bad.credentials"))
        #expect(try CommandRunner.run(["explain"] + spec).status == 2)
        #expect(try CommandRunner.run(["explain", "getRoutingQueues", "--error-body", "{oops"] + spec).status == 2)
        let noSpec = try CommandRunner.run(["explain", "getRoutingQueues"], in: try TestSupport.temporaryDirectory())
        #expect(noSpec.status == 2)
        #expect(noSpec.stderr.contains("no API spec found"))
    }
}
