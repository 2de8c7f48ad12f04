import Testing

@testable import Policy

@Suite struct PolicyFileTests {
    static let goodPolicy = """
        # The dashboard and its poller.
        client "genesyscloud_oauth_client.queue_dashboard" {
          calls = [
            "POST /api/v2/analytics/queues/observations/query",
            "getRoutingQueues",
            "GET https://api.mypurecloud.ie/api/v2/routing/queues/abc123",
          ]
          user_roles = ["genesyscloud_auth_role.supervisor", "data.genesyscloud_auth_role.admin"]
        }

        client {
          name  = "Queue Dashboard poller"
          calls = ["POST /api/v2/analytics/queues/observations/query"]
        }

        client "module.team[\\"emea\\"].genesyscloud_oauth_client.export[0]" {
          calls = []
        }

        rules {
          deny_scopes                = ["*:admin", "oauth"]
          max_token_validity_seconds = 3600
          require_description        = true
          allowed_grant_types        = ["CODE", "CLIENT-CREDENTIALS"]
        }

        """

    @Test func readsClientsWithTheirRanges() {
        let policy = PolicyLoader.parse(Self.goodPolicy, path: "team.hcl")
        #expect(policy.diagnostics.isEmpty)
        #expect(policy.clients.count == 3)
        let dashboard = policy.clients[0]
        #expect(dashboard.selector == .address("genesyscloud_oauth_client.queue_dashboard"))
        #expect(PolicyTest.span(dashboard.selectorRange) == "2:8-2:51")
        #expect(dashboard.selectorRange.file == "team.hcl")
        #expect(PolicyTest.span(dashboard.range) == "2:1-9:2")
        #expect(
            dashboard.calls.map { "\($0.text) \(PolicyTest.span($0.range))" } == [
                "POST /api/v2/analytics/queues/observations/query 4:5-4:55",
                "getRoutingQueues 5:5-5:23",
                "GET https://api.mypurecloud.ie/api/v2/routing/queues/abc123 6:5-6:66",
            ])
        #expect(
            dashboard.userRoles.map { "\($0.value) \(PolicyTest.span($0.range))" } == [
                "genesyscloud_auth_role.supervisor 8:17-8:52",
                "data.genesyscloud_auth_role.admin 8:54-8:89",
            ])

        let poller = policy.clients[1]
        #expect(poller.selector == .name("Queue Dashboard poller"))
        #expect(PolicyTest.span(poller.selectorRange) == "12:11-12:35")
        #expect(poller.calls.map(\.text) == ["POST /api/v2/analytics/queues/observations/query"])
        #expect(poller.userRoles.isEmpty)
        #expect(PolicyTest.span(poller.range) == "11:1-14:2")

        let export = policy.clients[2]
        #expect(export.selector == .address(#"module.team["emea"].genesyscloud_oauth_client.export[0]"#))
        #expect(export.calls.isEmpty)
    }

    @Test func readsRulesWithTheirRanges() throws {
        let rules = try #require(PolicyLoader.parse(Self.goodPolicy, path: "team.hcl").rules)
        #expect(rules.denyScopes?.map(\.value) == ["*:admin", "oauth"])
        #expect(rules.denyScopes?.map { PolicyTest.span($0.range) } == ["21:33-21:42", "21:44-21:51"])
        #expect(rules.denyScopeGlobs.map(\.value.pattern) == ["*:admin", "oauth"])
        #expect(rules.maxTokenValiditySeconds?.value == 3600)
        #expect(rules.maxTokenValiditySeconds.map { PolicyTest.span($0.range) } == "22:32-22:36")
        #expect(rules.requireDescription?.value == true)
        #expect(rules.requireDescription.map { PolicyTest.span($0.range) } == "23:32-23:36")
        #expect(rules.allowedGrantTypes?.value.map(\.value) == ["CODE", "CLIENT-CREDENTIALS"])
        #expect(rules.allowedGrantTypes.map { PolicyTest.span($0.range) } == "24:32-24:62")
    }

    @Test func aPolicyWithoutRulesHasNone() {
        let policy = PolicyLoader.parse("client \"genesyscloud_oauth_client.a\" {\n  calls = []\n}\n", path: "p.hcl")
        #expect(policy.rules == nil)
        #expect(policy.diagnostics.isEmpty)
    }

    @Test func valuesMayBeHeredocsOrParenthesized() {
        let policy = PolicyLoader.parse(
            """
            client {
              name = <<-EOT
                Poller
                EOT
              calls = [("getRoutingQueues")]
            }

            """, path: "p.hcl")
        #expect(policy.diagnostics.isEmpty)
        #expect(policy.clients.first?.selector == .name("Poller\n"))
        #expect(policy.clients.first?.calls.map(\.text) == ["getRoutingQueues"])
    }
}
