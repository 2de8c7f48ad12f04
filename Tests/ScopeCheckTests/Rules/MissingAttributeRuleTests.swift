import Testing

@testable import Core
@testable import Rules

@Suite("missing-attribute")
struct MissingAttributeRuleTests {
    let rule = MissingAttributeRule()

    @Test("required arguments of a resource are reported at its name, with the values to choose from")
    func resourceArguments() throws {
        let findings = try RuleTestSupport.findings(
            rule,
            terraform: """
                resource "genesyscloud_oauth_client" "partner" {
                  type   = "CODE"
                  scopes = ["analytics:readonly"]
                }
                """)
        #expect(findings.map(\.span) == ["main.tf:1:38-1:47", "main.tf:1:38-1:47"])
        #expect(
            findings.map(\.message) == [
                "genesyscloud_oauth_client.partner has no name: the argument is required, so terraform plan fails "
                    + "with \"Missing required argument\"",
                "genesyscloud_oauth_client.partner has no authorized_grant_type: the argument is required, so "
                    + "terraform plan fails with \"Missing required argument\"",
            ])
        #expect(
            findings.map(\.fix) == [
                "add name = \"...\"",
                "add authorized_grant_type = \"<one of: CODE, TOKEN, SAML2BEARER, SAML2-BEARER, PASSWORD, "
                    + "CLIENT-CREDENTIALS>\"",
            ])
    }

    @Test("required arguments of nested blocks are reported at the block, dynamic blocks at their label")
    func nestedArguments() throws {
        let findings = try RuleTestSupport.findings(
            rule,
            terraform: """
                resource "genesyscloud_oauth_client" "job" {
                  name                  = "Job"
                  authorized_grant_type = "CLIENT-CREDENTIALS"
                  roles {
                    division_id = "*"
                  }
                  dynamic "roles" {
                    for_each = ["*"]
                    content {
                      division_id = roles.value
                    }
                  }
                }
                """)
        #expect(findings.map(\.span) == ["main.tf:4:3-4:8", "main.tf:7:11-7:18"])
        #expect(
            findings.map(\.message) == [
                "a roles block of genesyscloud_oauth_client.job has no role_id: the argument is required, so "
                    + "terraform plan fails with \"Missing required argument\"",
                "a roles block of genesyscloud_oauth_client.job has no role_id: the argument is required, so "
                    + "terraform plan fails with \"Missing required argument\"",
            ])
        #expect(findings.allSatisfy { $0.fix == "add role_id = \"...\"" })
    }

    @Test("required nested blocks: a condition needs terms, a term needs operands")
    func requiredBlocks() throws {
        let findings = try RuleTestSupport.findings(
            rule,
            terraform: """
                resource "genesyscloud_auth_role" "agent" {
                  name = "Agent"
                  permission_policies {
                    domain      = "routing"
                    entity_name = "queue"
                    action_set  = ["view"]
                    conditions {
                      conjunction = "AND"
                    }
                  }
                  permission_policies {
                    domain      = "routing"
                    entity_name = "queue"
                    action_set  = ["edit"]
                    conditions {
                      conjunction = "AND"
                      terms {
                        operator = "EQ"
                      }
                    }
                  }
                }
                """)
        #expect(findings.map(\.span) == ["main.tf:7:5-7:15", "main.tf:17:7-17:12", "main.tf:17:7-17:12"])
        #expect(
            findings.map(\.message) == [
                "a permission_policies.conditions block of genesyscloud_auth_role.agent has no terms block: at least "
                    + "one is required, so terraform plan fails with \"Insufficient terms blocks\"",
                "a permission_policies.conditions.terms block of genesyscloud_auth_role.agent has no variable_name: "
                    + "the argument is required, so terraform plan fails with \"Missing required argument\"",
                "a permission_policies.conditions.terms block of genesyscloud_auth_role.agent has no operands block: "
                    + "at least one is required, so terraform plan fails with \"Insufficient operands blocks\"",
            ])
        #expect(findings.map(\.fix) == ["add terms { ... }", "add variable_name = \"...\"", "add operands { ... }"])
    }

    @Test("arguments required only for some grant types are left to missing-scopes and missing-roles")
    func conditionalRequirements() throws {
        let findings = try RuleTestSupport.findings(
            rule,
            terraform: """
                resource "genesyscloud_oauth_client" "job" {
                  name                  = "Job"
                  authorized_grant_type = "CLIENT-CREDENTIALS"
                }
                resource "genesyscloud_oauth_client" "app" {
                  name                  = "App"
                  authorized_grant_type = "CODE"
                }
                data "genesyscloud_auth_role" "admin" {
                }
                """)
        #expect(
            findings.map(\.message) == [
                "data.genesyscloud_auth_role.admin has no name: the argument is required, so terraform plan fails "
                    + "with \"Missing required argument\""
            ])
    }

    @Test("a block expanded by count is reported once, at the resource address")
    func oneFindingPerWrittenBlock() throws {
        let findings = try RuleTestSupport.findings(
            rule,
            terraform: """
                resource "genesyscloud_auth_role" "team" {
                  for_each = toset(["a", "b"])
                }
                """)
        #expect(findings.count == 1)
        #expect(findings.first?.address == "genesyscloud_auth_role.team")
    }
}
