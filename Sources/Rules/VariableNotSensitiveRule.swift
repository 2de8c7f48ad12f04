import Core
import Graph
import Terraform

/// `variable-not-sensitive`: a variable that carries a secret without `sensitive = true`.
public struct VariableNotSensitiveRule: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "variable-not-sensitive",
        summary: "A variable carries a secret but is not marked sensitive.",
        defaultSeverity: .warning,
        explanation: """
            A variable of the root module whose name says secret, password or token, or whose value goes where a \
            secret goes (a credential's clientSecret, the provider's oauthclient_secret), without \
            sensitive = true: terraform plan and apply print its value, and so do CI logs. Mark \
            it sensitive (Terraform 0.14 or later) and Terraform redacts it everywhere. A child \
            module's variable is not reported: given a sensitive value, it is sensitive too.
            """,
        securitySeverity: 5.0)

    public let examples: [RuleExample] = [
        .triggering(
            """
            variable "oauthclient_secret" {
              type = string
            }

            provider "genesyscloud" {
              oauthclient_secret = var.oauthclient_secret
            }
            """),
        .passing(
            """
            variable "oauthclient_secret" {
              type      = string
              sensitive = true
            }

            provider "genesyscloud" {
              oauthclient_secret = var.oauthclient_secret
            }
            """),
    ]

    public func check(_ graph: RequirementGraph) -> [Finding] {
        graph.unmarkedSecretVariables.map { unmarked in
            let name = unmarked.variable.name
            return finding(
                "var.\(name) carries a secret but is not marked sensitive: terraform plan and apply print its value, in CI logs too",
                at: unmarked.variable.nameRange, fix: "add sensitive = true to variable \"\(name)\"")
        }
    }
}
