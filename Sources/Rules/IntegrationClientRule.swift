import Core
import Graph

/// `integration-client`: the OAuth client an integration's data actions run with is not in the
/// configuration; one note per integration says what that client's roles must grant.
public struct IntegrationClientRule: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "integration-client",
        summary: "An integration's data actions run with an OAuth client that is not in the configuration.",
        defaultSeverity: .note,
        explanation: """
            A Genesys Cloud data action runs with the OAuth client of its integration's \
            pureCloudOAuthClient credential (client credentials): its roles must grant what every \
            action of the integration calls, or the action fails with 403 when a flow runs it. When \
            the client id comes from a variable, a literal or a remote module, scopecheck cannot see \
            the client's roles, so this note lists the endpoints the actions call and the smallest \
            set of permissions the client's roles must grant. Give those to the client's role, or \
            declare what the client holds in a policy (integration "ADDRESS" { client_roles = [...] \
            } or client_permissions = [...]) so that lint checks the actions like any other calls.
            """)

    public let examples: [RuleExample] = [
        .triggering(
            """
            variable "client_id" {
              type = string
            }
            resource "genesyscloud_integration_credential" "oauth" {
              name                 = "Data actions client"
              credential_type_name = "pureCloudOAuthClient"
              fields = {
                clientId     = var.client_id
                clientSecret = "from-the-environment"
              }
            }
            resource "genesyscloud_integration" "actions" {
              integration_type = "purecloud-data-actions"
              config {
                credentials = {
                  pureCloudOAuthClient = genesyscloud_integration_credential.oauth.id
                }
              }
            }
            resource "genesyscloud_integration_action" "queue" {
              name            = "Get queue"
              category        = "Queues"
              integration_id  = genesyscloud_integration.actions.id
              contract_input  = "{}"
              contract_output = "{}"
              config_request {
                request_type         = "GET"
                request_url_template = "/api/v2/routing/queues/$${input.queueId}"
              }
            }
            """),
        .passing(
            """
            variable "client_id" {
              type = string
            }
            resource "genesyscloud_integration_credential" "oauth" {
              name                 = "Data actions client"
              credential_type_name = "pureCloudOAuthClient"
              fields = {
                clientId     = var.client_id
                clientSecret = "from-the-environment"
              }
            }
            resource "genesyscloud_integration" "actions" {
              integration_type = "purecloud-data-actions"
              config {
                credentials = {
                  pureCloudOAuthClient = genesyscloud_integration_credential.oauth.id
                }
              }
            }
            resource "genesyscloud_integration_action" "queue" {
              name            = "Get queue"
              category        = "Queues"
              integration_id  = genesyscloud_integration.actions.id
              contract_input  = "{}"
              contract_output = "{}"
              config_request {
                request_type         = "GET"
                request_url_template = "/api/v2/routing/queues/$${input.queueId}"
              }
            }
            """,
            policy: """
                integration "genesyscloud_integration.actions" {
                  client_permissions = ["routing:queue:view"]
                }
                """),
    ]

    public func check(_ graph: RequirementGraph) -> [Finding] {
        graph.externalClients.compactMap { client in
            guard client.grant == nil, !client.calls.isEmpty else { return nil }
            let known = client.calls.filter { !$0.governing.isEmpty }
            let requirements = known.flatMap { $0.governing.map(\.requirement) }
            let cover = PermissionCover.minimum(requirements)
            let calls = client.calls.map { call -> String in
                let what = call.governing.first?.operation.reference ?? call.text
                let unknown = call.governing.isEmpty ? " (not an operation of the API spec in force)" : ""
                return "\(what) (\(call.call.provenance.description))\(unknown)"
            }
            let needs =
                cover.permissions.isEmpty
                ? "its roles need no permission for these calls"
                : "its roles must grant \(cover.permissions.joined(separator: ", "))"
            return finding(
                "\(client.label) is not in this configuration (\(client.integration.why)); its data actions call "
                    + "\(calls.joined(separator: "; ")): \(needs)",
                at: client.integration.range, address: client.integration.label,
                fix: cover.permissions.isEmpty
                    ? nil
                    : "declare what the client holds in a policy: integration \"\(client.integration.key)\" { "
                        + "client_permissions = [\(cover.permissions.map { "\"\($0)\"" }.joined(separator: ", "))] }")
        }
    }
}
