import Foundation
import Testing

@testable import Core
@testable import Graph
@testable import Terraform

/// Data actions are calls of their integration's OAuth client: the chain from the action to the
/// client, followed through every way a configuration writes it.
@Suite struct DataActionCallSourceTests {
    typealias Fixture = DataActionFixture

    @Test func anActionIsACallOfTheClientBehindItsIntegrationsCredential() throws {
        let directory = try Fixture.write([
            "main.tf": Fixture.integration
                + Fixture.action("user", url: #""/api/v2/users/$${input.userId}""#)
                + Fixture.action("members", url: #""/api/v2/routing/queues/$${input.queueId}/members?joined=true""#)
        ])
        let graph = try Fixture.graph(in: directory)
        #expect(
            Fixture.calls(graph, in: directory) == [
                // In address order, each at its template.
                "genesyscloud_oauth_client.actions: GET /api/v2/routing/queues/{queueId}/members at main.tf:57:28",
                "genesyscloud_oauth_client.actions: GET /api/v2/users/{userId} at main.tf:45:28",
            ])
        let client = try #require(graph.clients.first)
        #expect(
            client.calls.map(\.text) == ["GET /api/v2/routing/queues/{queueId}/members", "GET /api/v2/users/{userId}"])
        #expect(
            client.calls.map(\.call.provenance.subject) == [
                "genesyscloud_integration_action.members", "genesyscloud_integration_action.user",
            ])
        #expect(client.calls.allSatisfy { $0.call.provenance.integration == "genesyscloud_integration.actions" })
        #expect(
            client.calls.map { $0.governing.first?.operation.operationId } == ["getRoutingQueueMembers", "getUser"])
        #expect(graph.externalClients.isEmpty)
    }

    @Test func theClientsOwnIntegrationCredentialLeadsToIt() throws {
        let main = Fixture.integration.replacingOccurrences(
            of: "pureCloudOAuthClient = genesyscloud_integration_credential.actions.id",
            with: "pureCloudOAuthClient = genesyscloud_oauth_client.actions.integration_credential_id")
        let directory = try Fixture.write([
            "main.tf": main + Fixture.action("skills", url: #""/api/v2/routing/skills""#)
        ])
        let graph = try Fixture.graph(in: directory)
        #expect(graph.clients.first?.calls.map(\.text) == ["GET /api/v2/routing/skills"])
    }

    @Test func aCredentialLookedUpByTheNameAClientGivesItLeadsToThatClient() throws {
        let main = Fixture.integration.replacingOccurrences(
            of: "pureCloudOAuthClient = genesyscloud_integration_credential.actions.id",
            with: "pureCloudOAuthClient = data.genesyscloud_integration_credential.actions.id"
        ).replacingOccurrences(
            of: #"authorized_grant_type = "CLIENT-CREDENTIALS""#,
            with:
                #"authorized_grant_type = "CLIENT-CREDENTIALS"\#n  integration_credential_name = "Actions credential""#)
        let lookup = """
            data "genesyscloud_integration_credential" "actions" {
              name = "Actions credential"
            }

            """
        let directory = try Fixture.write([
            "main.tf": main + lookup + Fixture.action("skills", url: #""/api/v2/routing/skills""#)
        ])
        let graph = try Fixture.graph(in: directory)
        #expect(graph.clients.first?.calls.map(\.text) == ["GET /api/v2/routing/skills"])
        // Another name: the credential is defined elsewhere, and so is its client.
        let other = try Fixture.write([
            "main.tf": main + lookup.replacingOccurrences(of: "Actions credential", with: "Shared credential")
                + Fixture.action("skills", url: #""/api/v2/routing/skills""#)
        ])
        let external = try #require(try Fixture.graph(in: other).externalClients.first)
        #expect(
            external.integration.why
                == #"its credential data.genesyscloud_integration_credential.actions is looked up by name ("Shared credential"); no client of this configuration creates it"#
        )
    }

    @Test func aPureCloudOAuthClientCredentialMakesAnyIntegrationAGenesysOne() throws {
        // No integration_type (a module input): the credential slot still says who calls.
        let main = Fixture.integration.replacingOccurrences(
            of: #"integration_type = "purecloud-data-actions""#, with: "integration_type = var.type")
        let directory = try Fixture.write([
            "main.tf": main + #"variable "type" { type = string }"# + "\n"
                + Fixture.action("skills", url: #""/api/v2/routing/skills""#)
        ])
        let graph = try Fixture.graph(in: directory)
        #expect(graph.clients.first?.calls.map(\.text) == ["GET /api/v2/routing/skills"])
    }

    @Test func actionsInLocalModulesAndTheirIntegrationFromAModuleOutput() throws {
        let directory = try Fixture.write([
            "main.tf": """
            module "integration" {
              source = "./integration"
            }

            module "skills" {
              source         = "./action"
              integration_id = module.integration.integration_id
              path           = "/api/v2/routing/skills"
            }

            """,
            "integration/main.tf": Fixture.integration + """
                output "integration_id" {
                  value = genesyscloud_integration.actions.id
                }
                """,
            "action/main.tf": """
            variable "integration_id" { type = string }
            variable "path" { type = string }

            """ + Fixture.action("action", url: "var.path", integrationId: "var.integration_id"),
        ])
        let graph = try Fixture.graph(in: directory)
        #expect(
            Fixture.calls(graph, in: directory) == [
                "module.integration.genesyscloud_oauth_client.actions: GET /api/v2/routing/skills at main.tf:8:20"
            ])
        let call = try #require(graph.calls.first)
        // Found where the path is written, through the module call.
        #expect(call.call.provenance.via == ["module.skills"])
        #expect(call.call.provenance.subject == "module.skills.genesyscloud_integration_action.action")
    }

    @Test func forEachActionsAreOneCallPerInstance() throws {
        let directory = try Fixture.write([
            "main.tf": Fixture.integration + """
                locals {
                  paths = {
                    user   = "/api/v2/users/$${input.userId}"
                    skills = "/api/v2/routing/skills"
                  }
                }

                """ + Fixture.action("each", url: "each.value", extra: "for_each = local.paths")
        ])
        let graph = try Fixture.graph(in: directory)
        #expect(
            graph.calls.map { "\($0.call.provenance.subject ?? "") \($0.text)" } == [
                #"genesyscloud_integration_action.each["skills"] GET /api/v2/routing/skills"#,
                #"genesyscloud_integration_action.each["user"] GET /api/v2/users/{userId}"#,
            ])
        // Each is where its path is written: the map item of its key.
        #expect(graph.calls.map(\.range.start.line) == [39, 38])
    }

    @Test func theChainInJSONSyntax() throws {
        let json = #"""
            {
              "resource": {
                "genesyscloud_oauth_client": {
                  "actions": {"name": "Data actions", "authorized_grant_type": "CLIENT-CREDENTIALS"}
                },
                "genesyscloud_integration_credential": {
                  "actions": {
                    "name": "Data actions", "credential_type_name": "pureCloudOAuthClient",
                    "fields": {"clientId": "${genesyscloud_oauth_client.actions.client_id}", "clientSecret": "x"}
                  }
                },
                "genesyscloud_integration": {
                  "actions": {
                    "integration_type": "purecloud-data-actions",
                    "config": {"name": "Data actions",
                      "credentials": {"pureCloudOAuthClient": "${genesyscloud_integration_credential.actions.id}"}}
                  }
                },
                "genesyscloud_integration_action": {
                  "user": {
                    "name": "User", "category": "Tests",
                    "integration_id": "${genesyscloud_integration.actions.id}",
                    "config_request": {"request_type": "GET", "request_url_template": "/api/v2/users/$${input.userId}"}
                  }
                }
              }
            }
            """#
        let directory = try Fixture.write(["main.tf.json": json])
        let graph = try Fixture.graph(in: directory)
        #expect(
            Fixture.calls(graph, in: directory) == [
                "genesyscloud_oauth_client.actions: GET /api/v2/users/{userId} at main.tf.json:23:75"
            ])
    }

    @Test func theChainInAPlan() throws {
        let plan = #"""
            {
              "format_version": "1.2",
              "resource_changes": [
                {"address": "genesyscloud_oauth_client.actions", "mode": "managed",
                 "type": "genesyscloud_oauth_client", "name": "actions",
                 "change": {"actions": ["create"],
                   "after": {"name": "Data actions", "authorized_grant_type": "CLIENT-CREDENTIALS"},
                   "after_unknown": {"client_id": true, "id": true}}},
                {"address": "genesyscloud_integration_credential.actions", "mode": "managed",
                 "type": "genesyscloud_integration_credential", "name": "actions",
                 "change": {"actions": ["create"],
                   "after": {"name": "Data actions", "credential_type_name": "pureCloudOAuthClient"},
                   "after_unknown": {"fields": true, "id": true}}},
                {"address": "genesyscloud_integration.actions", "mode": "managed",
                 "type": "genesyscloud_integration", "name": "actions",
                 "change": {"actions": ["create"],
                   "after": {"integration_type": "purecloud-data-actions", "config": [{"name": "Data actions"}]},
                   "after_unknown": {"config": [{"credentials": true}], "id": true}}},
                {"address": "genesyscloud_integration_action.user", "mode": "managed",
                 "type": "genesyscloud_integration_action", "name": "user",
                 "change": {"actions": ["create"],
                   "after": {"name": "User", "category": "Tests",
                     "config_request": [{"request_type": "GET", "request_url_template": "/api/v2/users/${input.userId}"}]},
                   "after_unknown": {"integration_id": true, "id": true}}}
              ],
              "configuration": {"root_module": {"resources": [
                {"address": "genesyscloud_integration_credential.actions", "expressions": {
                  "fields": {"references": ["genesyscloud_oauth_client.actions.client_id", "genesyscloud_oauth_client.actions"]}}},
                {"address": "genesyscloud_integration.actions", "expressions": {
                  "config": [{"credentials": {"references": ["genesyscloud_integration_credential.actions.id",
                    "genesyscloud_integration_credential.actions"]}}]}},
                {"address": "genesyscloud_integration_action.user", "expressions": {
                  "integration_id": {"references": ["genesyscloud_integration.actions.id", "genesyscloud_integration.actions"]}}}
              ]}}
            }
            """#
        let directory = try Fixture.write(["plan.json": plan])
        let graph = try Fixture.graph(in: directory, paths: [], plan: "plan.json")
        // The credential's fields and the integration's credentials are unknown as a whole in a
        // plan: the action is still a Genesys call, of the integration's client.
        #expect(graph.calls.map(\.text) == ["GET /api/v2/users/{userId}"])
        #expect(graph.calls.first?.call.provenance.integration == "genesyscloud_integration.actions")
        #expect(graph.calls.first.map { Fixture.relative($0.range.file, to: directory) } == "plan.json")
    }

    @Test func actionsOfOtherServicesAreNotGenesysCalls() throws {
        let directory = try Fixture.write([
            "main.tf": #"""
            resource "genesyscloud_integration" "zendesk" {
              integration_type = "zendesk-data-actions"
              config { name = "Zendesk" }
            }
            resource "genesyscloud_integration" "web" {
              integration_type = "custom-rest-actions"
              config { name = "Web services" }
            }
            resource "genesyscloud_integration" "lambda" {
              integration_type = "aws-lambda-data-actions"
              config { name = "Lambda" }
            }
            resource "genesyscloud_integration" "salesforce" {
              integration_type = "salesforce-datadip"
              config { name = "Salesforce" }
            }
            variable "lambda_arn" {
              type    = string
              default = "arn:aws:lambda:us-east-1:123456789012:function:lookup"
            }

            """#
                + Fixture.action(
                    "tickets", url: #""/api/v2/tickets.json""#, integrationId: "genesyscloud_integration.zendesk.id")
                + Fixture.action(
                    "health", url: #""https://www.example.com/health/check/services/$${input.service}""#,
                    integrationId: "genesyscloud_integration.web.id")
                + Fixture.action(
                    "users", url: #""https://api.example.com/api/v2/users/$${input.id}""#,
                    integrationId: "genesyscloud_integration.web.id")
                + Fixture.action("lookup", url: "var.lambda_arn", integrationId: "genesyscloud_integration.lambda.id")
                + Fixture.action(
                    "case", url: #""/services/data/v54.0/sobjects/Case/""#,
                    integrationId: "genesyscloud_integration.salesforce.id")
        ])
        let graph = try Fixture.graph(in: directory)
        #expect(graph.calls.isEmpty)
        #expect(graph.externalClients.isEmpty)
        // Bound to a spec, a web service's host is checked like the platform API.
        let bound = try Fixture.graph(in: directory, hostSpecs: ["www.example.com": "spec.json"])
        #expect(bound.calls.map(\.text) == ["GET https://www.example.com/health/check/services/{service}"])
    }

    @Test func anUnknownIntegrationsRelativeAPIPathIsACallOnlyWhenTheSpecKnowsIt() throws {
        let directory = try Fixture.write([
            "main.tf": """
            variable "integration_id" { type = string }

            """
                + Fixture.action("skills", url: #""/api/v2/routing/skills""#, integrationId: "var.integration_id")
                // Zendesk's ticket list is a /api/v2/ path too: no Genesys spec has it.
                + Fixture.action("tickets", url: #""/api/v2/tickets.json""#, integrationId: "var.integration_id")
                + Fixture.action(
                    "incident", url: #""https://$${input.Domain}.service-now.com/api/now/table/incident""#,
                    integrationId: "var.integration_id")
        ])
        let graph = try Fixture.graph(in: directory)
        #expect(
            Fixture.calls(graph, in: directory) == [
                "the OAuth client of the integration var.integration_id: GET /api/v2/routing/skills at main.tf:11:28"
            ])
        let external = try #require(graph.externalClients.first)
        #expect(graph.externalClients.count == 1)
        #expect(external.integration.label == "var.integration_id")
        #expect(external.calls.map(\.text) == ["GET /api/v2/routing/skills"])
        #expect(external.grant == nil)
    }

    @Test func aGenesysIntegrationsUnknownEndpointStaysACall() throws {
        let directory = try Fixture.write([
            "main.tf": Fixture.integration + Fixture.action("typo", url: #""/api/v2/routing/skill""#)
        ])
        let graph = try Fixture.graph(in: directory)
        let call = try #require(graph.calls.first)
        #expect(call.text == "GET /api/v2/routing/skill")
        #expect(call.governing.isEmpty)
    }

    @Test func aSegmentsCaseGivesTwoReadingsWhenTheyDiffer() throws {
        let directory = try Fixture.write([
            "main.tf": Fixture.integration
                + Fixture.action("presence", url: #""/api/v2/users/$${input.USER_ID}/presences/PURECLOUD""#)
        ])
        let graph = try Fixture.graph(in: directory)
        let call = try #require(graph.calls.first)
        #expect(call.governing.map(\.operation.operationId) == ["getUserPresence", "getUserPresencesPurecloud"])
        #expect(
            call.governing.map(\.reading) == [
                nil, "if the platform matches /api/v2/users/{USER_ID}/presences/PURECLOUD ignoring case",
            ])
    }

    @Test func theRequestOfAFunctionOrAnUnknownMethodIsNoCall() throws {
        let directory = try Fixture.write([
            "main.tf": Fixture.integration + #"variable "method" { type = string }"# + "\n"
                + Fixture.action(
                    "function", url: #""/api/v2/routing/skills""#, extra: "function_config { handler = \"x\" }")
                + Fixture.action("unknown", method: "${var.method}", url: #""/api/v2/routing/skills""#)
        ])
        let graph = try Fixture.graph(in: directory)
        #expect(graph.calls.isEmpty)
    }
}
