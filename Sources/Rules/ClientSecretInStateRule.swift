import Core
import Graph
import Terraform

/// `client-secret-in-state`: `expose_client_secret = true` on an OAuth client.
public struct ClientSecretInStateRule: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "client-secret-in-state",
        summary: "An OAuth client's secret is stored in the Terraform state.",
        defaultSeverity: .warning,
        explanation: """
            expose_client_secret = true makes the provider write the client's secret into \
            client_secret, and so into the Terraform state, in plain text for anyone who can read \
            the state: a shared backend, a CI artifact, a laptop's terraform.tfstate. A \
            data-actions integration does not need it: set integration_credential_name and the \
            provider creates the credential itself; reference integration_credential_id.
            """,
        securitySeverity: 7.0)

    public let examples: [RuleExample] = [
        .triggering(
            """
            resource "genesyscloud_oauth_client" "actions" {
              name                  = "Data actions"
              authorized_grant_type = "CLIENT-CREDENTIALS"
              expose_client_secret  = true
            }
            """),
        .passing(
            """
            resource "genesyscloud_oauth_client" "actions" {
              name                        = "Data actions"
              authorized_grant_type       = "CLIENT-CREDENTIALS"
              integration_credential_name = "Data actions credential"
            }
            """),
    ]

    public func check(_ graph: RequirementGraph) -> [Finding] {
        var seen = Set<SourceRange>()
        return graph.modules.flatMap(\.clients).compactMap { client -> Finding? in
            let instance = client.instance
            guard let expose = instance.attribute("expose_client_secret"), expose.value == .bool(true),
                seen.insert(expose.range).inserted
            else { return nil }
            return finding(
                "expose_client_secret = true stores the secret of \(instance.resourceAddress) in the Terraform state, in plain text for anyone who can read the state",
                at: expose.range, address: instance.resourceAddress,
                fix:
                    "remove expose_client_secret; for a data-actions integration set integration_credential_name and use integration_credential_id"
            )
        }
    }
}
