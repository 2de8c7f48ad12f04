import Foundation
import Testing

@testable import Core
@testable import Graph
@testable import Rules

/// The rules on the calls of data actions: what the client behind an integration needs, where
/// the finding goes, and what a policy adds or takes away.
@Suite struct DataActionRuleTests {
    typealias Fixture = DataActionFixture

    /// The integration with a client whose role grants `routing:skill:view` only, and two
    /// actions: the skills list (granted) and a user lookup (not granted).
    static let twoActions =
        Fixture.integration
        + Fixture.action("skills", url: #""/api/v2/routing/skills""#)
        + Fixture.action("user", url: #""/api/v2/users/$${input.userId}""#)

    @Test func aPermissionTheRoleLacksIsReportedAtTheActionsTemplate() throws {
        let findings = try Fixture.findings(MissingPermissionRule(), ["main.tf": Self.twoActions])
        #expect(
            findings == [
                "main.tf:57:28 GET /api/v2/users/{userId} (data action genesyscloud_integration_action.user at main.tf:57:28) checks ANY of: directory:user:view; the roles of genesyscloud_oauth_client.actions (genesyscloud_auth_role.actions) do not grant any of them: the call fails with 403 missing.any.permissions"
            ])
    }

    @Test func theFindingNamesTheRoleToExtendAndHowAsRelatedLocationAndFix() throws {
        let directory = try Fixture.write(["main.tf": Self.twoActions])
        let finding = try #require(MissingPermissionRule().check(try Fixture.graph(in: directory)).first)
        #expect(
            finding.fix
                == #"add to genesyscloud_auth_role.actions: permission_policies { domain = "directory" entity_name = "user" action_set = ["view"] }"#
        )
        #expect(
            finding.related.map { Fixture.relative("\($0.range.description) \($0.message)", to: directory) } == [
                "main.tf:1:35 the role to extend: genesyscloud_auth_role.actions"
            ])
    }

    @Test func throughALocalModuleTheFindingIsWhereTheCallerWritesThePath() throws {
        let findings = try Fixture.findings(
            MissingPermissionRule(),
            [
                "main.tf": Fixture.integration + """
                    module "user" {
                      source         = "./action"
                      integration_id = genesyscloud_integration.actions.id
                      path           = "/api/v2/users/$${input.userId}"
                    }
                    """,
                "action/main.tf": """
                variable "integration_id" { type = string }
                variable "path" { type = string }

                """ + Fixture.action("action", url: "var.path", integrationId: "var.integration_id"),
            ])
        #expect(
            findings == [
                "main.tf:39:20 GET /api/v2/users/{userId} (data action module.user.genesyscloud_integration_action.action at main.tf:39:20 via module.user) checks ANY of: directory:user:view; the roles of genesyscloud_oauth_client.actions (genesyscloud_auth_role.actions) do not grant any of them: the call fails with 403 missing.any.permissions"
            ])
    }

    @Test func whenTheTwoReadingsOfASegmentsCaseDifferBothAreChecked() throws {
        let findings = try Fixture.findings(
            MissingPermissionRule(),
            [
                "main.tf": Fixture.integration
                    + Fixture.action("presence", url: #""/api/v2/users/$${input.USER_ID}/presences/PURECLOUD""#)
            ])
        #expect(findings.count == 2)
        #expect(findings[0].contains("GET /api/v2/users/{userId}/presences/purecloud"))
        #expect(
            findings[0].contains(
                "presence:userPresence:view [if the platform matches /api/v2/users/{USER_ID}/presences/PURECLOUD ignoring case]"
            ))
        #expect(findings[1].contains("GET /api/v2/users/{userId}/presences/{sourceId}"))
        #expect(findings[1].contains("checks ANY of: presence:sourcePresence:view;"))
    }

    /// The blueprint shape: the credential's client id is a variable.
    static let externalClient = """
        variable "client_id" { type = string }

        resource "genesyscloud_integration_credential" "actions" {
          name                 = "Data actions"
          credential_type_name = "pureCloudOAuthClient"
          fields = {
            clientId     = var.client_id
            clientSecret = "set-elsewhere"
          }
        }

        resource "genesyscloud_integration" "actions" {
          integration_type = "purecloud-data-actions"
          config {
            name        = "Data actions"
            credentials = { pureCloudOAuthClient = genesyscloud_integration_credential.actions.id }
          }
        }

        """
        + Fixture.action("skills", url: #""/api/v2/routing/skills""#)
        + Fixture.action("members", url: #""/api/v2/routing/queues/$${input.queueId}/members""#)
        + Fixture.action("typo", url: #""/api/v2/routing/skils""#)

    @Test func aClientOutsideTheConfigurationGetsOneNoteWithWhatItNeeds() throws {
        let findings = try Fixture.findings(
            IntegrationClientRule(), ["main.tf": Self.externalClient, "terraform.tfvars": #"client_id = "abc-123""#])
        #expect(
            findings == [
                // At the client id's value, where a user sets the client.
                #"terraform.tfvars:1:13 the OAuth client of the integration genesyscloud_integration.actions is not in this configuration (the clientId of genesyscloud_integration_credential.actions is a literal id: the client is not in this configuration); its data actions call GET /api/v2/routing/queues/{queueId}/members (data action genesyscloud_integration_action.members at main.tf:40:28); GET /api/v2/routing/skills (data action genesyscloud_integration_action.skills at main.tf:28:28); GET /api/v2/routing/skils (data action genesyscloud_integration_action.typo at main.tf:52:28) (not an operation of the API spec in force): its roles must grant routing:queue:view, routing:skill:view"#
            ])
    }

    @Test func aPolicyIntegrationBlockChecksTheExternalClientLikeAnyOther() throws {
        let files = ["main.tf": Self.externalClient]
        let granted = """
            integration "genesyscloud_integration.actions" {
              client_permissions = ["routing:skill:view", "routing:queue:view"]
            }
            """
        #expect(try Fixture.findings(IntegrationClientRule(), files, policy: granted) == [])
        #expect(try Fixture.findings(MissingPermissionRule(), files, policy: granted) == [])
        let short = """
            integration "genesyscloud_integration.actions" {
              client_permissions = ["routing:skill:*"]
            }
            """
        #expect(
            try Fixture.findings(MissingPermissionRule(), files, policy: short) == [
                "main.tf:40:28 GET /api/v2/routing/queues/{queueId}/members (data action genesyscloud_integration_action.members at main.tf:40:28) checks ANY of: routing:queue:view, routing:queueMember:manage; the roles and permissions the policy gives the OAuth client of the integration genesyscloud_integration.actions (client_permissions (policy.hcl:1:13)) do not grant any of them: the call fails with 403 missing.any.permissions"
            ])
    }

    @Test func clientRolesNameRolesOfTheConfiguration() throws {
        let files = [
            "main.tf": Self.externalClient + """
                resource "genesyscloud_auth_role" "external" {
                  name = "External"
                  permission_policies {
                    domain      = "routing"
                    entity_name = "*"
                    action_set  = ["view"]
                  }
                }
                """
        ]
        let policy = """
            integration "genesyscloud_integration.actions" {
              client_roles = ["genesyscloud_auth_role.external"]
            }
            """
        #expect(try Fixture.findings(MissingPermissionRule(), files, policy: policy) == [])
        #expect(try Fixture.findings(IntegrationClientRule(), files, policy: policy) == [])
    }

    @Test func anIntegrationBlockThatSelectsNothingIsReported() throws {
        let typo = """
            integration "genesyscloud_integration.action" {
              client_permissions = ["routing:skill:view"]
            }
            """
        #expect(
            try Fixture.findings(UnknownClientRule(), ["main.tf": Self.externalClient], policy: typo) == [
                #"policy.hcl:1:13 no integration of the analysed modules whose data actions run with a client outside the configuration is genesyscloud_integration.action: this block checks nothing; did you mean "genesyscloud_integration.actions"?"#
            ])
        let inConfiguration = typo.replacingOccurrences(of: ".action\"", with: ".actions\"")
        #expect(
            try Fixture.findings(UnknownClientRule(), ["main.tf": Self.twoActions], policy: inConfiguration) == [
                "policy.hcl:1:13 the OAuth client of genesyscloud_integration.actions is genesyscloud_oauth_client.actions, in this configuration: its roles are checked, and this block is not used"
            ])
    }

    @Test func derivedCallsOffLeavesOnlyTheDeclaredCalls() throws {
        let policy = """
            client "genesyscloud_oauth_client.actions" {
              calls         = ["GET /api/v2/routing/skills"]
              derived_calls = false
            }
            """
        #expect(try Fixture.findings(MissingPermissionRule(), ["main.tf": Self.twoActions], policy: policy) == [])
        let on = policy.replacingOccurrences(of: "derived_calls = false", with: "derived_calls = true")
        #expect(try Fixture.findings(MissingPermissionRule(), ["main.tf": Self.twoActions], policy: on).count == 1)
    }

    @Test func anEndpointNoSpecKnowsIsReportedAtTheTemplateWithTheClosestOperations() throws {
        let findings = try Fixture.findings(
            UnknownEndpointRule(),
            ["main.tf": Fixture.integration + Fixture.action("typo", url: #""/api/v2/routing/skils""#)])
        #expect(findings.count == 1)
        #expect(findings.first?.hasPrefix("main.tf:45:28 ") == true)
        #expect(findings.first?.contains("GET /api/v2/routing/skills") == true, "\(findings)")
    }

    @Test func aSpeculativeCallNoSpecKnowsIsNotReported() throws {
        let files = [
            "main.tf": #"variable "integration_id" { type = string }"# + "\n"
                + Fixture.action("tickets", url: #""/api/v2/tickets.json""#, integrationId: "var.integration_id")
        ]
        #expect(try Fixture.findings(UnknownEndpointRule(), files) == [])
        #expect(try Fixture.findings(IntegrationClientRule(), files) == [])
    }

    @Test func aRoleBeyondTheActionsOfAClientThatMakesNoOtherCallsIsNarrowed() throws {
        let wide = Self.twoActions.replacingOccurrences(
            of: """
                    entity_name = "skill"
                    action_set  = ["view"]
                """,
            with: """
                    entity_name = "*"
                    action_set  = ["*"]
                  }
                  permission_policies {
                    domain      = "directory"
                    entity_name = "user"
                    action_set  = ["view"]
                """)
        // The policy says the client makes no calls besides its data actions.
        let complete = #"client "genesyscloud_oauth_client.actions" { calls = [] }"#
        let findings = try Fixture.findings(ExcessPermissionRule(), ["main.tf": wide], policy: complete)
        #expect(findings.count == 1)
        #expect(
            findings.first?.hasPrefix(
                "main.tf:3:3 permission_policies routing:*:* of genesyscloud_auth_role.actions grants ") == true)
        #expect(findings.first?.hasSuffix("narrow it to what the calls check (routing:skill:view)") == true)
        // Without the policy the calls are not known to be complete.
        #expect(try Fixture.findings(ExcessPermissionRule(), ["main.tf": wide]) == [])
    }

    @Test func aRequestNotKnownBeforeApplyIsSaidOnce() throws {
        let files = [
            "main.tf": Fixture.integration + #"variable "path" { type = string }"# + "\n"
                + Fixture.action("unknown", url: "var.path")
        ]
        let notes = try Fixture.findings(UnresolvedValueRule(), files)
        #expect(
            notes == [
                #"main.tf:46:28 the request_url_template of genesyscloud_integration_action.unknown is not known before terraform apply (no value was given for the required variable "path"): the call it makes cannot be checked"#
            ], "\(notes)")
        #expect(try Fixture.findings(MissingPermissionRule(), files) == [])
    }

    @Test func anotherServicesURLOnAGenesysIntegrationIsAnUnknownEndpoint() throws {
        let files = [
            "main.tf": Fixture.integration
                + Fixture.action("health", url: #""https://www.example.com/health/check/services/$${input.service}""#)
        ]
        let findings = try Fixture.findings(UnknownEndpointRule(), files)
        #expect(findings.count == 1)
        #expect(
            findings.first?.hasPrefix(
                #"main.tf:45:28 "GET https://www.example.com/health/check/services/{service}" is not an operation of the API spec in force"#
            ) == true, "\(findings)")
    }

    @Test func anIntegrationOutsideTheConfigurationIsNamedByTheReferenceAPolicyCanUse() throws {
        let files = [
            "main.tf": #"variable "integration_id" { type = string }"# + "\n"
                + Fixture.action("skills", url: #""/api/v2/routing/skills""#, integrationId: "var.integration_id")
        ]
        let notes = try Fixture.findings(IntegrationClientRule(), files)
        #expect(notes.count == 1)
        #expect(
            notes.first?.hasPrefix("main.tf:5:20 the OAuth client of the integration var.integration_id is not") == true
        )
        let policy = #"integration "var.integration_id" { client_permissions = ["routing:queue:view"] }"#
        #expect(try Fixture.findings(IntegrationClientRule(), files, policy: policy) == [])
        let missing = try Fixture.findings(MissingPermissionRule(), files, policy: policy)
        #expect(missing.count == 1)
        #expect(missing.first?.contains("checks ANY of: routing:skill:view") == true)
    }
}
