import Foundation
import Testing

@Suite struct SuggestCommandTests {
    @Test func userGrantClientOfTheSample() throws {
        let output = try CommandRunner.run([
            "suggest", "--client", "genesyscloud_oauth_client.queue_dashboard", "samples/queue-dashboard",
        ])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(
            output.stdout == """
                # Least-privilege scopes for genesyscloud_oauth_client.queue_dashboard (CODE), covering its 3 declared calls.
                scopes = ["analytics:readonly", "routing:readonly"]

                """)
    }

    @Test func clientCredentialsClientAsJSON() throws {
        let output = try CommandRunner.run([
            "suggest", "--client", "genesyscloud_oauth_client.queue_poller", "samples/queue-dashboard", "--format",
            "json",
        ])
        #expect(output.status == 0, "\(output.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any] ?? [:]
        #expect(json["grantType"] as? String == "CLIENT-CREDENTIALS")
        #expect(json["permissions"] as? [String] == ["analytics:queueObservation:view", "routing:queue:view"])
        let because = json["because"] as? [String: [String]]
        #expect(because?["routing:queue:view"] == ["GET /api/v2/routing/queues/{queueId}"])
        #expect((json["permissionPolicies"] as? [[String: Any]])?.count == 2)
    }

    @Test func aGatewayInForceAddsScopesToAClientCredentialsClient() throws {
        let output = try CommandRunner.run([
            "suggest", "--client", "genesyscloud_oauth_client.queue_reports", "samples/seed-403-gateway", "--format",
            "text",
        ])
        #expect(output.status == 0, "\(output.stderr)")
        let lines = output.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(
            Array(lines.prefix(5)) == [
                "genesyscloud_oauth_client.queue_reports (CLIENT-CREDENTIALS): 2 declared calls; the smallest role covering them grants 1 permission in 1 permission policy.",
                "A spec in force checks the scopes of every token (a gateway): its tokens also need 2 scopes.",
                "",
                "scopes = [\"analytics:readonly\", \"report:execute\"]",
                "permission_policies: analytics:queueObservation:view",
            ])
        #expect(
            output.stdout.contains(
                "report:execute, needed by:\n  POST https://api.eu-gene.com/api/v2/analytics/report/queue/summary → POST /api/v2/analytics/report/queue/summary (samples/seed-403-gateway/policy.hcl:5:5) accepts report:execute"
            ))
    }

    @Test func uncoveredCallsFail() throws {
        let output = try CommandRunner.run([
            "suggest", "--client", "genesyscloud_oauth_client.queue_reports", "samples/seed-403-gateway", "--config",
            "samples/seed-403-gateway/published.scopecheck.hcl",
        ])
        #expect(output.status == 1)
        #expect(
            output.stdout.contains(
                "# Not covered: \"POST https://api.eu-gene.com/api/v2/analytics/report/queue/summary\""))
    }

    @Test func unknownClientsAndMissingCallsAreErrors() throws {
        let unknown = try CommandRunner.run([
            "suggest", "--client", "genesyscloud_oauth_client.queue_dashbord", "samples/queue-dashboard",
        ])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("did you mean \"genesyscloud_oauth_client.queue_dashboard\"?"))
        let noClient = try CommandRunner.run(["suggest", "samples/queue-dashboard"])
        #expect(noClient.status == 2)
        let directory = try TestSupport.temporaryDirectory()
        try """
        resource "genesyscloud_oauth_client" "app" {
          name                  = "App"
          authorized_grant_type = "CODE"
          scopes                = ["users:readonly"]
        }
        """.write(to: directory.appendingPathComponent("main.tf"), atomically: true, encoding: .utf8)
        let spec = TestSupport.packageRoot.appendingPathComponent("samples/spec/genesys-platform-sample.json").path
        let noCalls = try CommandRunner.run(
            ["suggest", "--client", "genesyscloud_oauth_client.app", "--spec", spec], in: directory)
        #expect(noCalls.status == 1)
        #expect(
            noCalls.stderr.hasPrefix(
                "scopecheck suggest: no policy declares calls for genesyscloud_oauth_client.app: add client"))
    }
}
