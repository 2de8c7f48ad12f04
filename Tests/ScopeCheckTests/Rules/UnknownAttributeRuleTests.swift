import Testing

@testable import Core
@testable import Rules
@testable import Syntax

@Suite("unknown-attribute")
struct UnknownAttributeRuleTests {
    let rule = UnknownAttributeRule()

    /// The client a forum answer recommends (GENESYS.md §5): none of `type`, `organization_id`
    /// and `redirect_uris` exists.
    static let seedReportClient = """
        resource "genesyscloud_oauth_client" "partner" {
          name            = "Partner analytics"
          type            = "CODE"
          organization_id = "2f1c0c2e-0000-4000-8000-000000000000"
          redirect_uris   = ["https://partner.example.com/callback"]
          scopes          = ["partner:analytics:view"]
        }
        """

    @Test("the seed report's type, organization_id and redirect_uris are each flagged with their counterpart")
    func seedReport() throws {
        let findings = try RuleTestSupport.findings(rule, terraform: Self.seedReportClient)
        #expect(findings.map(\.span) == ["main.tf:3:3-3:7", "main.tf:4:3-4:18", "main.tf:5:3-5:16"])
        #expect(
            findings.map(\.message) == [
                "genesyscloud_oauth_client has no argument \"type\": terraform plan fails with \"Unsupported argument\"; "
                    + "did you mean \"authorized_grant_type\"?",
                "genesyscloud_oauth_client has no argument \"organization_id\": terraform plan fails with "
                    + "\"Unsupported argument\"; it takes the arguments name, description, authorized_grant_type, "
                    + "scopes, access_token_validity_seconds, registered_redirect_uris, state, "
                    + "integration_credential_name, expose_client_secret, directory_client_secret and roles blocks",
                "genesyscloud_oauth_client has no argument \"redirect_uris\": terraform plan fails with "
                    + "\"Unsupported argument\"; did you mean \"registered_redirect_uris\"?",
            ])
        #expect(
            findings.map(\.fix) == [
                "rename type to authorized_grant_type", "remove organization_id",
                "rename redirect_uris to registered_redirect_uris",
            ])
        #expect(findings.allSatisfy { $0.address == "genesyscloud_oauth_client.partner" && $0.severity == .error })
    }

    @Test("grant_type means authorized_grant_type; when that is already set, the copy can go")
    func sharedWords() throws {
        let findings = try RuleTestSupport.findings(
            rule,
            terraform: """
                resource "genesyscloud_oauth_client" "a" {
                  name       = "A"
                  grant_type = "CODE"
                  scopes     = ["users:readonly"]
                }
                resource "genesyscloud_oauth_client" "b" {
                  name                  = "B"
                  authorized_grant_type = "CODE"
                  grant_type            = "CODE"
                  scopes                = ["users:readonly"]
                }
                """)
        #expect(findings.map(\.span) == ["main.tf:3:3-3:13", "main.tf:9:3-9:13"])
        #expect(
            findings.map(\.message) == [
                "genesyscloud_oauth_client has no argument \"grant_type\": terraform plan fails with "
                    + "\"Unsupported argument\"; did you mean \"authorized_grant_type\"?",
                "genesyscloud_oauth_client has no argument \"grant_type\": terraform plan fails with "
                    + "\"Unsupported argument\"; did you mean \"authorized_grant_type\"? authorized_grant_type is "
                    + "already set, so this one can go",
            ])
        #expect(findings.map(\.fix) == ["rename grant_type to authorized_grant_type", "remove grant_type"])
    }

    @Test("computed attributes cannot be set, and are never suggested")
    func computedAttributes() throws {
        let findings = try RuleTestSupport.findings(
            rule,
            terraform: """
                resource "genesyscloud_oauth_client" "job" {
                  name                  = "Job"
                  authorized_grant_type = "CLIENT-CREDENTIALS"
                  client_id             = "abc"
                  secret                = "s3cret"
                  roles {
                    role_id = "1f0c6f70-aaaa-bbbb-cccc-000000000000"
                  }
                }
                """)
        #expect(findings.map(\.span) == ["main.tf:4:3-4:12", "main.tf:5:3-5:9"])
        #expect(
            findings.first?.message
                == "\"client_id\" of genesyscloud_oauth_client is computed by the provider and cannot be set: "
                + "terraform plan fails with \"Value for unconfigurable attribute\"; read "
                + "genesyscloud_oauth_client.job.client_id where you need it")
        #expect(findings.first?.fix == "remove client_id")
        // `secret` shares a word with client_secret too, but that one is computed.
        #expect(
            findings.last?.message
                == "genesyscloud_oauth_client has no argument \"secret\": terraform plan fails with "
                + "\"Unsupported argument\"; did you mean \"expose_client_secret\" or \"directory_client_secret\"?")
    }

    @Test("meta-arguments, lifecycle and dynamic blocks of real block types are accepted")
    func metaArguments() throws {
        let findings = try RuleTestSupport.findings(
            rule,
            terraform: """
                variable "roles" {
                  type    = list(string)
                  default = ["1f0c6f70-aaaa-bbbb-cccc-000000000000"]
                }
                resource "genesyscloud_oauth_client" "job" {
                  count                 = 1
                  provider              = genesyscloud
                  depends_on            = []
                  name                  = "Job"
                  authorized_grant_type = "CLIENT-CREDENTIALS"
                  dynamic "roles" {
                    for_each = var.roles
                    content {
                      role_id = roles.value
                    }
                  }
                  lifecycle {
                    ignore_changes = [name]
                  }
                }
                """)
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    @Test("blocks and arguments written as the other kind, and dynamic blocks of unknown types")
    func wrongKinds() throws {
        let findings = try RuleTestSupport.findings(
            rule,
            terraform: """
                resource "genesyscloud_oauth_client" "app" {
                  name                  = "App"
                  authorized_grant_type = "CLIENT-CREDENTIALS"
                  roles                 = [{ role_id = "x" }]
                  scopes {
                  }
                  dynamic "role" {
                    for_each = ["x"]
                    content {
                      role_id = role.value
                    }
                  }
                }
                """)
        #expect(findings.map(\.span) == ["main.tf:4:3-4:8", "main.tf:5:3-5:9", "main.tf:7:11-7:17"])
        #expect(
            findings.map(\.message) == [
                "\"roles\" of genesyscloud_oauth_client is a block, not an argument: terraform plan fails with "
                    + "\"Unsupported argument\"; write it as roles { ... } blocks",
                "\"scopes\" of genesyscloud_oauth_client is an argument, not a block: terraform plan fails with "
                    + "\"Unsupported block type\"; set it with scopes = ...",
                "genesyscloud_oauth_client has no block type \"role\": terraform plan fails with "
                    + "\"Unsupported block type\"; did you mean \"roles\"?",
            ])
        #expect(
            findings.map(\.fix) == [
                "write roles { ... } blocks instead of roles = ...", "replace the scopes block with scopes = [...]",
                "rename role to roles",
            ])
    }

    @Test("nested blocks are checked against their own schema, at any depth")
    func nestedBlocks() throws {
        let findings = try RuleTestSupport.findings(
            rule,
            terraform: """
                resource "genesyscloud_oauth_client" "job" {
                  name                  = "Job"
                  authorized_grant_type = "CLIENT-CREDENTIALS"
                  roles {
                    role     = "1f0c6f70-aaaa-bbbb-cccc-000000000000"
                    division = "*"
                  }
                }
                resource "genesyscloud_auth_role" "agent" {
                  name = "Agent"
                  permission_policies {
                    domain      = "routing"
                    entity_name = "queue"
                    action_set  = ["view"]
                    conditions {
                      conjunction = "AND"
                      terms {
                        variable_name = "Queue.id"
                        operator      = "EQ"
                        operands {
                          type  = "QUEUE"
                          queue = "q-1"
                        }
                      }
                    }
                  }
                }
                """
        ).sortedForReport()
        #expect(findings.map(\.span) == ["main.tf:5:5-5:9", "main.tf:6:5-6:13", "main.tf:22:11-22:16"])
        #expect(
            findings.map(\.message) == [
                "a roles block of genesyscloud_oauth_client has no argument \"role\": terraform plan fails with "
                    + "\"Unsupported argument\"; did you mean \"role_id\"?",
                "a roles block of genesyscloud_oauth_client has no argument \"division\": terraform plan fails with "
                    + "\"Unsupported argument\"; did you mean \"division_id\"?",
                "a permission_policies.conditions.terms.operands block of genesyscloud_auth_role has no argument "
                    + "\"queue\": terraform plan fails with \"Unsupported argument\"; did you mean \"queue_id\"?",
            ])
        #expect(
            findings.map(\.address) == [
                "genesyscloud_oauth_client.job", "genesyscloud_oauth_client.job", "genesyscloud_auth_role.agent",
            ])
    }

    @Test("data sources are checked against the data source schema; other resource types are left alone")
    func dataSourcesAndOtherTypes() throws {
        let findings = try RuleTestSupport.findings(
            rule,
            terraform: """
                data "genesyscloud_auth_role" "admin" {
                  name        = "Master Admin"
                  description = "x"
                }
                resource "genesyscloud_user_roles" "u" {
                  anything = true
                }
                """)
        #expect(findings.map(\.span) == ["main.tf:3:3-3:14"])
        #expect(
            findings.first?.message
                == "data.genesyscloud_auth_role has no argument \"description\": terraform plan fails with "
                + "\"Unsupported argument\"; it takes the arguments name")
        #expect(findings.first?.address == "data.genesyscloud_auth_role.admin")
    }

    @Test("a block expanded by count or shared by module calls is reported once")
    func oneFindingPerWrittenBlock() throws {
        let findings = try RuleTestSupport.findings(
            rule,
            terraform: """
                resource "genesyscloud_oauth_client" "app" {
                  count                 = 3
                  name                  = "App ${count.index}"
                  authorized_grant_type = "CODE"
                  scope                 = ["users:readonly"]
                }
                """)
        #expect(findings.map(\.span) == ["main.tf:5:3-5:8"])
        #expect(findings.first?.address == "genesyscloud_oauth_client.app")
        #expect(findings.first?.fix == "rename scope to scopes")
    }
}

@Suite("unknown-attribute in JSON syntax")
struct UnknownAttributeJSONTests {
    @Test("a .tf.json argument is reported at its key")
    func jsonKey() throws {
        let findings = try RuleTestSupport.findings(
            UnknownAttributeRule(), terraform: "",
            extraFiles: [
                "client.tf.json": """
                {"resource": {"genesyscloud_oauth_client": {"app": {
                  "name": "App", "authorized_grant_type": "CODE", "scopes": ["users:readonly"],
                  "redirect_uris": ["https://app.example.com/cb"]
                }}}}
                """
            ])
        #expect(findings.count == 1)
        #expect(findings.first?.range.file.hasSuffix("client.tf.json") == true)
        #expect(findings.first.map { ($0.range.start.line, $0.range.start.column) } ?? (0, 0) == (3, 3))
        #expect(findings.first?.fix == "rename redirect_uris to registered_redirect_uris")
    }
}
