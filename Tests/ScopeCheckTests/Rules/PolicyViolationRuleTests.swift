import Foundation
import Testing

@testable import Core
@testable import Graph
@testable import Rules
@testable import Terraform

@Suite("policy-violation")
struct PolicyViolationRuleTests {
    let rule = PolicyViolationRule()

    @Test("the example: a denied scope, the provider's default token lifetime, no description")
    func example() throws {
        let example = PolicyViolationRule().examples[0]
        let findings = try RuleTestSupport.findings(rule, terraform: example.terraform, policy: example.policy)
            .sortedForReport()
        #expect(findings.map(\.span) == ["main.tf:1:38-1:50", "main.tf:1:38-1:50", "main.tf:4:28-4:43"])
        #expect(
            findings.map(\.message) == [
                "genesyscloud_oauth_client.admin_tool does not set access_token_validity_seconds, so its tokens live "
                    + "the provider default of 86400 seconds, above the policy's max_token_validity_seconds = 3600 "
                    + "(policy.hcl:3:32)",
                "genesyscloud_oauth_client.admin_tool has no description, but the policy requires one "
                    + "(require_description at policy.hcl:4:32)",
                "scope \"authorization\" is denied by the policy: deny_scopes pattern \"authorization\" "
                    + "(policy.hcl:2:33) forbids every client to request it",
            ])
        #expect(
            findings.map(\.fix) == [
                "add access_token_validity_seconds = 3600",
                "add description = \"<what the client is for and who owns it>\"",
                "remove \"authorization\" from scopes",
            ])
    }

    @Test("deny_scopes globs match every client's scopes, client credentials included")
    func denyGlobs() throws {
        let findings = try RuleTestSupport.findings(
            rule,
            terraform: """
                resource "genesyscloud_oauth_client" "app" {
                  name                  = "App"
                  authorized_grant_type = "CODE"
                  scopes                = ["analytics:readonly", "users", "routing:readonly"]
                }
                resource "genesyscloud_oauth_client" "job" {
                  name                  = "Job"
                  authorized_grant_type = "CLIENT-CREDENTIALS"
                  scopes                = ["users:readonly"]
                }
                """,
            policy: """
                rules {
                  deny_scopes = ["analytics*", "users*"]
                }
                """
        ).sortedForReport()
        #expect(findings.map(\.span) == ["main.tf:4:28-4:48", "main.tf:4:50-4:57", "main.tf:9:28-9:44"])
        #expect(
            findings.map(\.message) == [
                "scope \"analytics:readonly\" is denied by the policy: deny_scopes pattern \"analytics*\" "
                    + "(policy.hcl:2:18) forbids every client to request it",
                "scope \"users\" is denied by the policy: deny_scopes pattern \"users*\" (policy.hcl:2:32) forbids "
                    + "every client to request it",
                "scope \"users:readonly\" is denied by the policy: deny_scopes pattern \"users*\" (policy.hcl:2:32) "
                    + "forbids every client to request it",
            ])
        #expect(
            findings.map(\.address) == [
                "genesyscloud_oauth_client.app", "genesyscloud_oauth_client.app", "genesyscloud_oauth_client.job",
            ])
    }

    @Test("token lifetime: a set value above the limit, at the value; below it, or unknown, nothing")
    func tokenValidity() throws {
        let policy = """
            rules {
              max_token_validity_seconds = 3600
            }
            """
        func lint(_ validity: String) throws -> [Finding] {
            try RuleTestSupport.findings(
                PolicyViolationRule(),
                terraform: """
                    variable "validity" {
                      type = number
                    }
                    resource "genesyscloud_oauth_client" "job" {
                      name                          = "Job"
                      authorized_grant_type         = "CLIENT-CREDENTIALS"
                      access_token_validity_seconds = \(validity)
                    }
                    """, policy: policy)
        }
        let above = try lint("7200")
        #expect(above.map(\.span) == ["main.tf:7:35-7:39"])
        #expect(
            above.first?.message
                == "access_token_validity_seconds of genesyscloud_oauth_client.job is 7200 seconds, above the policy's "
                + "max_token_validity_seconds = 3600 (policy.hcl:2:32): a leaked token stays valid longer than the "
                + "organisation allows")
        #expect(above.first?.fix == "access_token_validity_seconds = 3600")
        #expect(try lint("3600").isEmpty)
        #expect(try lint("var.validity").isEmpty)
    }

    @Test("the default lifetime comes from the provider schema")
    func defaultFromSchema() throws {
        let (base, directory) = try RuleTestSupport.context(
            terraform: """
                resource "genesyscloud_oauth_client" "job" {
                  name                  = "Job"
                  authorized_grant_type = "CLIENT-CREDENTIALS"
                }
                """,
            policy: """
                rules {
                  max_token_validity_seconds = 3600
                }
                """)
        defer { try? FileManager.default.removeItem(at: directory) }
        var schema = ProviderSchema.genesysCloud
        var client = try #require(schema.resources[OAuthClient.resourceType])
        let index = try #require(client.attributes.firstIndex { $0.name == "access_token_validity_seconds" })
        client.attributes[index].defaultValue = .number(1800)
        schema.resources[OAuthClient.resourceType] = client
        let context = RequirementGraph(modules: base.modules, specs: base.specs, policy: base.policy, schema: schema)
        #expect(rule.check(context).isEmpty)
        #expect(rule.check(base).count == 1)
    }

    @Test("descriptions: empty or blank at the value, unknown left alone")
    func descriptions() throws {
        let findings = try RuleTestSupport.findings(
            rule,
            terraform: """
                variable "text" {
                  type = string
                }
                resource "genesyscloud_oauth_client" "a" {
                  name                  = "A"
                  description           = "  "
                  authorized_grant_type = "CODE"
                  scopes                = ["users:readonly"]
                }
                resource "genesyscloud_oauth_client" "b" {
                  name                  = "B"
                  description           = var.text
                  authorized_grant_type = "CODE"
                  scopes                = ["users:readonly"]
                }
                """,
            policy: """
                rules {
                  require_description = true
                }
                """)
        #expect(findings.map(\.span) == ["main.tf:6:27-6:31"])
        #expect(
            findings.first?.message
                == "the description of genesyscloud_oauth_client.a is empty, but the policy requires one "
                + "(require_description at policy.hcl:2:25)")
    }

    @Test("grant types outside allowed_grant_types; the two SAML spellings are one grant")
    func grantTypes() throws {
        let findings = try RuleTestSupport.findings(
            rule,
            terraform: """
                resource "genesyscloud_oauth_client" "app" {
                  name                  = "App"
                  authorized_grant_type = "TOKEN"
                  scopes                = ["users:readonly"]
                }
                resource "genesyscloud_oauth_client" "sso" {
                  name                  = "SSO"
                  authorized_grant_type = "SAML2-BEARER"
                  scopes                = ["users:readonly"]
                }
                resource "genesyscloud_oauth_client" "typo" {
                  name                  = "Typo"
                  authorized_grant_type = "CLIENT_CREDENTIALS"
                }
                """,
            policy: """
                rules {
                  allowed_grant_types = ["CODE", "SAML2BEARER"]
                }
                """)
        #expect(findings.map(\.span) == ["main.tf:3:27-3:34"])
        #expect(
            findings.first?.message
                == "genesyscloud_oauth_client.app uses the TOKEN grant, which the policy does not allow "
                + "(allowed_grant_types = CODE, SAML2BEARER at policy.hcl:2:25)")
        #expect(findings.first?.fix == nil)
        let single = try RuleTestSupport.findings(
            rule,
            terraform: """
                resource "genesyscloud_oauth_client" "app" {
                  name                  = "App"
                  authorized_grant_type = "TOKEN"
                  scopes                = ["users:readonly"]
                }
                """,
            policy: """
                rules {
                  allowed_grant_types = ["CODE"]
                }
                """)
        #expect(single.first?.fix == "authorized_grant_type = \"CODE\"")
    }

    @Test("no rules block, no findings")
    func noRules() throws {
        let example = PolicyViolationRule().examples[0]
        #expect(try RuleTestSupport.findings(rule, terraform: example.terraform).isEmpty)
    }
}
