import Foundation
import Testing

@testable import Core
@testable import Graph
@testable import Rules
@testable import Terraform

@Suite("invalid-value")
struct InvalidValueRuleTests {
    let rule = InvalidValueRule()

    /// A CLIENT-CREDENTIALS client with `extra` arguments added.
    static func client(_ extra: String) -> String {
        """
        resource "genesyscloud_oauth_client" "job" {
          name                  = "Job"
          authorized_grant_type = "CLIENT-CREDENTIALS"
        \(extra)
          roles {
            role_id = "1f0c6f70-aaaa-bbbb-cccc-000000000000"
          }
        }
        """
    }

    @Test("a value outside the allowed values or the number range, with the nearest valid value as fix")
    func allowedValuesAndRanges() throws {
        let findings = try RuleTestSupport.findings(
            rule, terraform: InvalidValueRule().examples[0].terraform)
        #expect(findings.map(\.span) == ["main.tf:4:35-4:41", "main.tf:5:35-5:43"])
        #expect(
            findings.map(\.message) == [
                "access_token_validity_seconds of genesyscloud_oauth_client.export is 259200, outside the allowed "
                    + "300..172800: the provider rejects it and terraform plan or apply fails; up to 38880000 is "
                    + "accepted only for clients using Genesys Cloud SCIM (Identity Management)",
                "state of genesyscloud_oauth_client.export is \"Active\", which the provider does not accept (it takes "
                    + "active, inactive): terraform plan fails; did you mean \"active\"?",
            ])
        #expect(findings.map(\.fix) == ["access_token_validity_seconds = 172800", "state = \"active\""])
    }

    @Test("the range comes from the schema: below the minimum, and beyond the exceptional maximum")
    func rangeEnds() throws {
        let low = try RuleTestSupport.findings(rule, terraform: Self.client("  access_token_validity_seconds = 60"))
        #expect(
            low.map(\.message) == [
                "access_token_validity_seconds of genesyscloud_oauth_client.job is 60, outside the allowed "
                    + "300..172800: the provider rejects it and terraform plan or apply fails"
            ])
        #expect(low.map(\.fix) == ["access_token_validity_seconds = 300"])
        let high = try RuleTestSupport.findings(
            rule, terraform: Self.client("  access_token_validity_seconds = 40000000"))
        #expect(high.map(\.fix) == ["access_token_validity_seconds = 172800"])
        #expect(high.first?.message.contains("SCIM") == false)
        let edge = try RuleTestSupport.findings(
            rule, terraform: Self.client("  access_token_validity_seconds = 172800"))
        #expect(edge.isEmpty)
    }

    @Test("a value of the wrong kind; values Terraform converts are fine")
    func wrongKinds() throws {
        let findings = try RuleTestSupport.findings(
            rule,
            terraform: Self.client(
                """
                  access_token_validity_seconds = "one hour"
                  expose_client_secret          = "yes"
                  description                   = ["a", "b"]
                """))
        #expect(findings.map(\.span) == ["main.tf:4:35-4:45", "main.tf:5:35-5:40", "main.tf:6:35-6:45"])
        #expect(
            findings.map(\.message) == [
                "access_token_validity_seconds of genesyscloud_oauth_client.job is the string \"one hour\", but the "
                    + "argument takes a number: terraform plan fails with \"Incorrect attribute value type\"",
                "expose_client_secret of genesyscloud_oauth_client.job is the string \"yes\", but the argument takes "
                    + "a bool: terraform plan fails with \"Incorrect attribute value type\"",
                "description of genesyscloud_oauth_client.job is a list, but the argument takes a string: terraform "
                    + "plan fails with \"Incorrect attribute value type\"",
            ])
        #expect(
            findings.map(\.fix) == [
                "access_token_validity_seconds = <number>", "expose_client_secret = <true or false>",
                "description = \"...\"",
            ])
        let converted = try RuleTestSupport.findings(
            rule,
            terraform: Self.client(
                """
                  access_token_validity_seconds = "3600"
                  expose_client_secret          = "true"
                  description                   = 42
                """))
        #expect(converted.isEmpty, "\(converted.map(\.message))")
    }

    @Test("sets of strings: a single string, and an element that is not a string, at the element")
    func setsOfStrings() throws {
        let findings = try RuleTestSupport.findings(
            rule,
            terraform: """
                resource "genesyscloud_oauth_client" "app" {
                  name                  = "App"
                  authorized_grant_type = "CODE"
                  scopes                = "users:readonly"
                }
                resource "genesyscloud_auth_role" "r" {
                  name = "R"
                  permission_policies {
                    domain      = "routing"
                    entity_name = "queue"
                    action_set  = ["view", ["edit"]]
                  }
                }
                """
        ).sortedForReport()
        #expect(findings.map(\.span) == ["main.tf:4:27-4:43", "main.tf:11:28-11:36"])
        #expect(
            findings.map(\.message) == [
                "scopes of genesyscloud_oauth_client.app is the string \"users:readonly\", but the argument takes a "
                    + "set of strings: terraform plan fails with \"Incorrect attribute value type\"",
                "action_set of a permission_policies block of genesyscloud_auth_role.r holds a list, but the argument "
                    + "takes a set of strings: terraform plan fails with \"Incorrect attribute value type\"",
            ])
        #expect(findings.map(\.fix) == ["scopes = [...]", nil])
    }

    @Test("nested blocks have their own allowed values")
    func nestedAllowedValues() throws {
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
                      conjunction = "XOR"
                      terms {
                        variable_name = "Queue.id"
                        operator      = "eq"
                        operands {
                          type     = "QUEUE"
                          queue_id = "q-1"
                        }
                      }
                    }
                  }
                }
                """)
        #expect(findings.map(\.span) == ["main.tf:8:21-8:26", "main.tf:11:25-11:29"])
        #expect(
            findings.map(\.message) == [
                "conjunction of a permission_policies.conditions block of genesyscloud_auth_role.agent is \"XOR\", "
                    + "which the provider does not accept (it takes AND, OR): terraform plan fails; did you mean \"OR\"?",
                "operator of a permission_policies.conditions.terms block of genesyscloud_auth_role.agent is \"eq\", "
                    + "which the provider does not accept (it takes EQ, IN, GE, GT, LE, LT): terraform plan fails; "
                    + "did you mean \"EQ\"?",
            ])
        #expect(findings.map(\.fix) == ["conjunction = \"OR\"", "operator = \"EQ\""])
    }

    @Test("values from variables are judged at the reference; sensitive ones are not shown")
    func variables() throws {
        let findings = try RuleTestSupport.findings(
            rule,
            terraform: """
                variable "state" {
                  type      = string
                  default   = "paused"
                  sensitive = true
                }
                variable "validity" {
                  type    = number
                  default = 100
                }
                resource "genesyscloud_oauth_client" "app" {
                  name                          = "App"
                  authorized_grant_type         = "CODE"
                  scopes                        = ["users:readonly"]
                  state                         = var.state
                  access_token_validity_seconds = var.validity
                }
                """)
        #expect(findings.map(\.span) == ["main.tf:14:35-14:44", "main.tf:15:35-15:47"])
        #expect(
            findings.first?.message
                == "state of genesyscloud_oauth_client.app is (sensitive), which the provider does not accept (it "
                + "takes active, inactive): terraform plan fails")
        #expect(findings.first?.fix == "state = \"<one of: active, inactive>\"")
        #expect(
            findings.last?.message.hasPrefix("access_token_validity_seconds of genesyscloud_oauth_client.app is 100,")
                == true)
    }

    @Test("unknown values, the grant type and computed or unknown arguments are left to other rules")
    func leftToOthers() throws {
        let findings = try RuleTestSupport.findings(
            rule,
            terraform: """
                variable "validity" {
                  type = number
                }
                resource "genesyscloud_oauth_client" "app" {
                  name                          = "App"
                  authorized_grant_type         = "CLIENT_CREDENTIALS"
                  access_token_validity_seconds = var.validity
                  client_id                     = 5
                  organization_id               = []
                }
                """)
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    @Test("instances of one block with the same value share one finding")
    func sharedFindings() throws {
        let findings = try RuleTestSupport.findings(
            rule,
            terraform: """
                resource "genesyscloud_oauth_client" "app" {
                  count                 = 2
                  name                  = "App"
                  authorized_grant_type = "CODE"
                  scopes                = ["users:readonly"]
                  state                 = count.index == 0 ? "on" : "off"
                  description           = []
                }
                """)
        #expect(
            findings.map(\.message) == [
                "state of genesyscloud_oauth_client.app is \"on\", which the provider does not accept (it takes "
                    + "active, inactive): terraform plan fails",
                "description of genesyscloud_oauth_client.app is a list, but the argument takes a string: terraform "
                    + "plan fails with \"Incorrect attribute value type\"",
                "state of genesyscloud_oauth_client.app is \"off\", which the provider does not accept (it takes "
                    + "active, inactive): terraform plan fails",
            ])
    }
}

@Suite("invalid-value reads the schema")
struct InvalidValueSchemaTests {
    @Test("allowed values, ranges and defaults come from the provider schema in the context")
    func customSchema() throws {
        var schema = ProviderSchema.genesysCloud
        var client = try #require(schema.resources[OAuthClient.resourceType])
        let index = try #require(client.attributes.firstIndex { $0.name == "access_token_validity_seconds" })
        client.attributes[index].numberRange = NumberRange(minimum: 60, maximum: 120)
        schema.resources[OAuthClient.resourceType] = client
        let (base, directory) = try RuleTestSupport.context(
            terraform: InvalidValueRuleTests.client("  access_token_validity_seconds = 300"))
        defer { try? FileManager.default.removeItem(at: directory) }
        let context = RequirementGraph(modules: base.modules, specs: base.specs, policy: base.policy, schema: schema)
        let findings = InvalidValueRule().check(context)
        #expect(findings.map(\.fix) == ["access_token_validity_seconds = 120"])
        #expect(findings.first?.message.contains("outside the allowed 60..120") == true)
    }
}
