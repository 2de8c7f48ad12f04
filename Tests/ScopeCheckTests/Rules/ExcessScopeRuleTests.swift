import Testing

@testable import Rules

@Suite("excess-scope")
struct ExcessScopeRuleTests {
    let rule = ExcessScopeRule()

    /// A CODE client requesting `scopes` (a literal list), declared in a policy with `calls`.
    static func lint(scopes: String, calls: String, grant: String = "CODE") throws -> [Finding] {
        try RuleTestSupport.findings(
            ExcessScopeRule(),
            terraform: """
                resource "genesyscloud_oauth_client" "dashboard" {
                  name                  = "Dashboard"
                  authorized_grant_type = "\(grant)"
                  scopes                = \(scopes)
                }
                """,
            policy: """
                client "genesyscloud_oauth_client.dashboard" {
                  calls = \(calls)
                }
                """)
    }

    @Test("a scope no call accepts, and a write scope whose read-only sibling every call accepts")
    func example() throws {
        let findings = try Self.lint(
            scopes: #"["analytics", "users:readonly"]"#,
            calls: #"["POST /api/v2/analytics/queues/observations/query"]"#)
        #expect(findings.map(\.span) == ["main.tf:4:28-4:39", "main.tf:4:41-4:57"])
        #expect(
            findings.map(\.message) == [
                "scope \"analytics\" allows writes, but every declared call that accepts it (POST "
                    + "/api/v2/analytics/queues/observations/query) also accepts \"analytics:readonly\": its tokens "
                    + "can change what the application only reads",
                "scope \"users:readonly\" is not needed: the one call the policy declares for "
                    + "genesyscloud_oauth_client.dashboard (policy.hcl:1:8) does not accept it, so its tokens carry "
                    + "access the application does not use",
            ])
        #expect(
            findings.map(\.fix) == [
                "replace \"analytics\" with \"analytics:readonly\"", "remove \"users:readonly\" from scopes",
            ])
        #expect(findings.allSatisfy { $0.address == "genesyscloud_oauth_client.dashboard" && $0.severity == .warning })
    }

    @Test("a write scope next to its read-only sibling is simply removed")
    func alreadyReadOnly() throws {
        let findings = try Self.lint(
            scopes: #"["routing", "routing:readonly"]"#,
            calls: #"["getRoutingQueues", "GET /api/v2/routing/skills"]"#)
        #expect(findings.map(\.span) == ["main.tf:4:28-4:37"])
        #expect(
            findings.first?.message
                == "scope \"routing\" allows writes, but every declared call that accepts it (GET /api/v2/routing/queues, "
                + "GET /api/v2/routing/skills) also accepts \"routing:readonly\", which "
                + "genesyscloud_oauth_client.dashboard already requests: its tokens can change what the application "
                + "only reads")
        #expect(findings.first?.fix == "remove \"routing\" from scopes")
    }

    @Test("a write scope a declared call needs stays, and so does a scope with no read-only sibling")
    func neededWrites() throws {
        let findings = try Self.lint(
            scopes: #"["analytics", "analytics:readonly", "user-basic-info"]"#,
            calls:
                #"["POST /api/v2/analytics/reporting/exports", "POST /api/v2/analytics/queues/observations/query", "GET /api/v2/users/me"]"#
        )
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    @Test("a client the policy says makes no calls needs no scope")
    func noCalls() throws {
        let findings = try Self.lint(scopes: #"["users:readonly"]"#, calls: "[]")
        #expect(
            findings.map(\.message) == [
                "scope \"users:readonly\" is not needed: the policy declares no calls for "
                    + "genesyscloud_oauth_client.dashboard (policy.hcl:1:8), so its tokens carry access the application "
                    + "does not use"
            ])
    }

    @Test("several calls, counted in the message")
    func severalCalls() throws {
        let findings = try Self.lint(
            scopes: #"["routing:readonly", "users:readonly"]"#,
            calls: #"["getRoutingQueues", "GET /api/v2/routing/skills"]"#)
        #expect(findings.map(\.span) == ["main.tf:4:48-4:64"])
        #expect(findings.first?.message.contains("none of the 2 calls the policy declares for") == true)
    }

    @Test("silent while a call is unknown, for client credentials, and for scopes the spec does not define")
    func silentCases() throws {
        #expect(
            try Self.lint(
                scopes: #"["users:readonly"]"#,
                calls: #"["getRoutingQueues", "POST /api/v2/analytics/report/queue/summary"]"#
            ).isEmpty)
        #expect(
            try Self.lint(scopes: #"["users:readonly"]"#, calls: #"["getRoutingQueues"]"#, grant: "CLIENT-CREDENTIALS")
                .isEmpty)
        #expect(try Self.lint(scopes: #"["analytics:view"]"#, calls: #"["getRoutingQueues"]"#).isEmpty)
    }

    @Test("a scope listed twice is reported once")
    func repeatedScope() throws {
        let findings = try Self.lint(scopes: #"["users:readonly", "users:readonly"]"#, calls: #"["getRoutingQueues"]"#)
        #expect(findings.map(\.span) == ["main.tf:4:28-4:44"])
    }
}
