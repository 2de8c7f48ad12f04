import Foundation
import Testing

@testable import Core
@testable import Lint
@testable import Policy
@testable import Rules

@Suite("unresolved-value")
struct UnresolvedValueRuleTests {
    let rule = UnresolvedValueRule()

    @Test("a call whose verdict depends on a role defined outside the configuration")
    func dataSourceRole() throws {
        let example = rule.examples[0]
        let findings = try RuleTestSupport.findings(rule, terraform: example.terraform, policy: example.policy)
        #expect(findings.map(\.span) == ["main.tf:4:38-4:46"])
        #expect(
            findings.first?.message
                == "cannot verify that genesyscloud_oauth_client.poller can call "
                + "POST /api/v2/analytics/queues/observations/query (policy.hcl:2:12): the client's roles include "
                + "data.genesyscloud_auth_role.admin: data.genesyscloud_auth_role.admin (\"Master Admin\") is a data "
                + "source: the role exists in the org but its permissions are not in the configuration; the call is "
                + "neither confirmed nor reported as failing")
        #expect(findings.first?.severity == .note)
        #expect(findings.first?.address == "genesyscloud_oauth_client.poller")
    }

    @Test("a grant type, scopes and role ids unknown before apply, each where it is written")
    func unknownArguments() throws {
        let findings = try RuleTestSupport.findings(
            rule,
            terraform: """
                variable "grant" {
                  type = string
                }
                variable "extra_scope" {
                  type = string
                }
                variable "role_id" {
                  type = string
                }
                resource "genesyscloud_oauth_client" "app" {
                  name                  = "App"
                  authorized_grant_type = var.grant
                  scopes                = ["users:readonly", var.extra_scope]
                }
                resource "genesyscloud_oauth_client" "job" {
                  name                  = "Job"
                  authorized_grant_type = "CLIENT-CREDENTIALS"
                  roles {
                    role_id = var.role_id
                  }
                }
                resource "genesyscloud_oauth_client" "web" {
                  name                  = "Web"
                  authorized_grant_type = "CODE"
                  scopes                = ["users:readonly"]
                  roles {
                    role_id = var.role_id
                  }
                }
                """
        ).sortedForReport()
        #expect(findings.map(\.span) == ["main.tf:12:27-12:36", "main.tf:13:46-13:61", "main.tf:19:15-19:26"])
        #expect(
            findings.map(\.message) == [
                "the authorized_grant_type of genesyscloud_oauth_client.app is not known before terraform apply (no "
                    + "value was given for the required variable \"grant\"): whether its scopes or its roles limit its "
                    + "tokens cannot be checked",
                "a scope of genesyscloud_oauth_client.app is not known before terraform apply (no value was given for "
                    + "the required variable \"extra_scope\"): calls that need a scope cannot be checked against it",
                "the role_id of a roles block of genesyscloud_oauth_client.job is not known before terraform apply "
                    + "(no value was given for the required variable \"role_id\"): the permissions of that role "
                    + "cannot be checked",
            ])
    }

    @Test("the linter still files input diagnostics that are not errors under unresolved-value")
    func linterMapping() throws {
        let (context, directory) = try RuleTestSupport.context(
            terraform: """
                variable "scopes" {
                  type = list(string)
                }
                module "roles" {
                  source = "example/roles/genesyscloud"
                }
                resource "genesyscloud_oauth_client" "app" {
                  name                  = "App"
                  authorized_grant_type = "CODE"
                  scopes                = var.scopes
                }
                """)
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = Linter.run(context, config: ScopeCheckConfig(), rules: [rule])
        let notes = result.findings.filter { $0.rule == "unresolved-value" }
        #expect(notes.count == 2)
        #expect(notes.contains { $0.message.hasPrefix("Module not installed") })
        #expect(
            notes.contains {
                $0.message.hasPrefix(
                    "a scope of genesyscloud_oauth_client.app is not known before terraform apply (no value was given for the required variable \"scopes\")"
                )
            })
        #expect(result.rules.filter { $0.id == "unresolved-value" }.count == 1)
    }
}
