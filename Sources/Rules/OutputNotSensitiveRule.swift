import Core
import Graph
import Terraform

/// `output-not-sensitive`: an output that reads a secret without `sensitive = true`.
public struct OutputNotSensitiveRule: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "output-not-sensitive",
        summary:
            "An output reads a client secret, a credential's fields or a secret variable but is not marked sensitive.",
        defaultSeverity: .warning,
        explanation: """
            An output without sensitive = true whose value reads a secret: an OAuth client's \
            client_secret (or the whole client), a credential's fields, a sensitive output of a \
            module, or a variable that carries a secret. When Terraform knows the value is \
            sensitive (the provider marks the attribute, or the variable is sensitive), terraform \
            plan stops with "Output refers to sensitive values"; when it does not, terraform apply \
            and terraform output print the secret, in CI logs too. Add sensitive = true, or do \
            not output the secret at all.
            """,
        securitySeverity: 6.0)

    public let examples: [RuleExample] = [
        .triggering(
            """
            resource "genesyscloud_oauth_client" "actions" {
              name                  = "Data actions"
              authorized_grant_type = "CLIENT-CREDENTIALS"
            }

            output "actions_secret" {
              value = genesyscloud_oauth_client.actions.client_secret
            }
            """),
        .passing(
            """
            resource "genesyscloud_oauth_client" "actions" {
              name                  = "Data actions"
              authorized_grant_type = "CLIENT-CREDENTIALS"
            }

            output "actions_secret" {
              value     = genesyscloud_oauth_client.actions.client_secret
              sensitive = true
            }
            """),
    ]

    public func check(_ graph: RequirementGraph) -> [Finding] {
        graph.unmarkedSecretOutputs.map { unmarked in
            let consequence =
                unmarked.knownToTerraform
                ? "terraform plan stops with \"Output refers to sensitive values\""
                : "terraform apply and terraform output print it, in CI logs too"
            let name = unmarked.output.name
            return finding(
                "\(unmarked.modulePrefix)output.\(name) reads \(unmarked.reads), a secret, but is not marked sensitive: \(consequence)",
                at: unmarked.output.nameRange, fix: "add sensitive = true to output \"\(name)\"")
        }
    }
}
