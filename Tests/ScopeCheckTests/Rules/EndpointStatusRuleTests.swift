import Testing

@testable import Rules

@Suite("deprecated-endpoint and preview-endpoint")
struct EndpointStatusRuleTests {
    static let client = """
        resource "genesyscloud_oauth_client" "wallboard" {
          name                  = "Wallboard"
          authorized_grant_type = "CODE"
          scopes                = ["routing:readonly", "analytics"]
        }
        """

    @Test("a deprecated operation is reported at the call, however it is written")
    func deprecated() throws {
        let findings = try RuleTestSupport.findings(
            DeprecatedEndpointRule(), terraform: Self.client,
            policy: """
                client {
                  name  = "Wallboard"
                  calls = [
                    "getRoutingQueues",
                    "GET /api/v2/routing/queues/3f1c/users",
                    "getRoutingQueueUsers",
                  ]
                }
                """)
        #expect(findings.map(\.span) == ["policy.hcl:5:5-5:44", "policy.hcl:6:5-6:27"])
        #expect(
            findings.first?.message
                == "GET /api/v2/routing/queues/{queueId}/users (getRoutingQueueUsers) is deprecated in the API spec in "
                + "force: it still answers, but once it is removed the call fails with 404; move to the operation "
                + "that replaces it")
        #expect(findings.allSatisfy { $0.address == "\"Wallboard\"" && $0.severity == .warning && $0.fix == nil })
    }

    @Test("a preview operation is a note at the call, addressed by the policy's selector")
    func preview() throws {
        let findings = try RuleTestSupport.findings(
            PreviewEndpointRule(), terraform: Self.client,
            policy: """
                client "genesyscloud_oauth_client.wallboard" {
                  calls = ["postAnalyticsUsersAggregatesJobs", "getRoutingQueueUsers"]
                }
                """)
        #expect(findings.map(\.span) == ["policy.hcl:2:12-2:46"])
        #expect(
            findings.first?.message
                == "POST /api/v2/analytics/users/aggregates/jobs (postAnalyticsUsersAggregatesJobs) is a preview "
                + "operation in the API spec in force: it can change or disappear without notice, and the call then "
                + "fails (400, 403 or 404)")
        #expect(findings.first?.address == "genesyscloud_oauth_client.wallboard")
        #expect(findings.first?.severity == .note)
    }

    @Test("calls no spec knows are left to unknown-endpoint")
    func unknownCalls() throws {
        let policy = """
            client "genesyscloud_oauth_client.wallboard" {
              calls = ["GET /api/v2/routing/queues/{queueId}/userz"]
            }
            """
        #expect(try RuleTestSupport.findings(DeprecatedEndpointRule(), terraform: Self.client, policy: policy).isEmpty)
        #expect(try RuleTestSupport.findings(PreviewEndpointRule(), terraform: Self.client, policy: policy).isEmpty)
    }
}
