import Testing

@testable import Rules

/// `excess-permission`: what a role grants beyond the complete calls of its clients.
@Suite struct ExcessPermissionRuleTests {
    static func client(_ name: String, roles: [String]) -> String {
        let blocks = roles.map { "  roles {\n    role_id = genesyscloud_auth_role.\($0).id\n  }\n" }.joined()
        return """
            resource "genesyscloud_oauth_client" "\(name)" {
              name                  = "\(name)"
              authorized_grant_type = "CLIENT-CREDENTIALS"
            \(blocks)}

            """
    }

    static let wideRole = """
        resource "genesyscloud_auth_role" "wide" {
          name = "Wide"
          permission_policies {
            domain      = "routing"
            entity_name = "*"
            action_set  = ["view"]
          }
          permission_policies {
            domain      = "analytics"
            entity_name = "queueObservation"
            action_set  = ["view"]
          }
        }

        """

    private func findings(_ terraform: String, policy: String?) throws -> [String] {
        try RuleTestSupport.findings(ExcessPermissionRule(), terraform: terraform, policy: policy).map {
            "\($0.span) \($0.message) | \($0.fix ?? "")"
        }
    }

    @Test func aWildcardIsNarrowedAndAnUnusedBlockRemoved() throws {
        let found = try findings(
            Self.wideRole + Self.client("skills", roles: ["wide"]),
            policy: #"client "genesyscloud_oauth_client.skills" { calls = ["GET /api/v2/routing/skills"] }"#)
        #expect(found.count == 2)
        #expect(
            found[0].hasPrefix(
                "main.tf:3:3-7:4 permission_policies routing:*:view of genesyscloud_auth_role.wide grants "))
        #expect(
            found[0].hasSuffix(
                #": narrow it to what the calls check (routing:skill:view) | replace it with permission_policies { domain = "routing" entity_name = "skill" action_set = ["view"] }"#
            ))
        #expect(found[0].contains("routing:queue:view"))
        #expect(!found[0].contains("routing:skill:view, "), "the needed permission is not called unused")
        #expect(
            found[1]
                == "main.tf:8:3-12:4 permission_policies analytics:queueObservation:view of genesyscloud_auth_role.wide grants analytics:queueObservation:view, which no call of genesyscloud_oauth_client.skills checks (their calls are declared by a policy): it grants access nobody uses | remove this permission_policies block"
        )
    }

    @Test func aSharedRoleIsJudgedByTheUnionOfItsClientsCalls() throws {
        let found = try findings(
            Self.wideRole + Self.client("skills", roles: ["wide"]) + Self.client("observer", roles: ["wide"]),
            policy: """
                client "genesyscloud_oauth_client.skills" { calls = ["GET /api/v2/routing/skills"] }
                client "genesyscloud_oauth_client.observer" { calls = ["GET /api/v2/routing/queues"] }
                """)
        // Together they need queues and skills of what routing:*:view grants; neither observes queues.
        #expect(
            found == [
                #"main.tf:3:3-7:4 permission_policies routing:*:view of genesyscloud_auth_role.wide grants routing:wrapupCode:view, which no call of genesyscloud_oauth_client.observer, genesyscloud_oauth_client.skills checks (their calls are declared by a policy): narrow it to what the calls check (routing:queue:view, routing:skill:view) | replace it with permission_policies { domain = "routing" entity_name = "queue" action_set = ["view"] }; permission_policies { domain = "routing" entity_name = "skill" action_set = ["view"] }"#,
                "main.tf:8:3-12:4 permission_policies analytics:queueObservation:view of genesyscloud_auth_role.wide grants analytics:queueObservation:view, which no call of genesyscloud_oauth_client.observer, genesyscloud_oauth_client.skills checks (their calls are declared by a policy): it grants access nobody uses | remove this permission_policies block",
            ])
    }

    @Test func callsNotKnownToBeCompleteSayNothing() throws {
        // One holder has no policy: what it calls is unknown.
        #expect(
            try findings(
                Self.wideRole + Self.client("skills", roles: ["wide"]) + Self.client("other", roles: ["wide"]),
                policy: #"client "genesyscloud_oauth_client.skills" { calls = ["GET /api/v2/routing/skills"] }"#)
                == [])
        // A declared call the spec does not know: what it checks is unknown.
        #expect(
            try findings(
                Self.wideRole + Self.client("skills", roles: ["wide"]),
                policy: #"client "genesyscloud_oauth_client.skills" { calls = ["GET /api/v2/routing/skils"] }"#)
                == [])
    }

    @Test func aRoleThatGrantsExactlyTheNeedIsQuiet() throws {
        let role = """
            resource "genesyscloud_auth_role" "exact" {
              name = "Exact"
              permission_policies {
                domain      = "routing"
                entity_name = "skill"
                action_set  = ["view"]
              }
            }

            """
        #expect(
            try findings(
                role + Self.client("skills", roles: ["exact"]),
                policy: #"client "genesyscloud_oauth_client.skills" { calls = ["GET /api/v2/routing/skills"] }"#)
                == [])
    }
}
