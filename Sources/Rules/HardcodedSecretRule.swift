import Core
import Graph
import Terraform

/// `hardcoded-secret`: a secret written out in the configuration.
public struct HardcodedSecretRule: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "hardcoded-secret",
        summary: "A client secret, password or token is written in the configuration.",
        defaultSeverity: .error,
        explanation: """
            A string written in a .tf, .tf.json or .tfvars file, as a variable's default or as a \
            module input, that reaches a place a secret goes: a credential's secret fields \
            (clientSecret, password, apiToken...), the provider's oauthclient_secret, a user's \
            password, directory_client_secret, a module input or variable whose name says secret, \
            password or token; values are followed through locals, variables and module calls to \
            where they are written. A string with the form of a Genesys Cloud client secret is \
            reported wherever it is. Anyone who can read the repository, or its history, holds \
            the secret. Placeholders (empty, prose, <...>, xxx, changeme, your-client-secret) are \
            not secrets and are not reported. The value is never printed.
            """,
        securitySeverity: 9.0)

    public let examples: [RuleExample] = [
        .triggering(
            """
            resource "genesyscloud_integration_credential" "api" {
              name                 = "Public API credential"
              credential_type_name = "pureCloudOAuthClient"
              fields = {
                clientId     = "5e1c6d39-0a6f-4b6e-9d38-2f8f3c1f4a11"
                clientSecret = "Zq3v-7hT0pLw9xYb2Nc5Rd8Kf1Gm4Js6Ue0Ai3Oo7Py"
              }
            }
            """),
        .passing(
            """
            variable "client_secret" {
              type      = string
              sensitive = true
            }

            resource "genesyscloud_integration_credential" "api" {
              name                 = "Public API credential"
              credential_type_name = "pureCloudOAuthClient"
              fields = {
                clientId     = "5e1c6d39-0a6f-4b6e-9d38-2f8f3c1f4a11"
                clientSecret = var.client_secret
              }
            }
            """),
    ]

    public func check(_ graph: RequirementGraph) -> [Finding] {
        graph.secretLiterals.compactMap { literal in
            let what: String
            switch literal.shape {
            case .placeholder: return nil
            case .genesysClientSecret: what = "A string with the form of a Genesys Cloud client secret"
            case .secret: what = "A secret"
            }
            // A variable's value is named by the variable, the same whether the resources that
            // read it are in the configuration or only in a plan.
            let reaches =
                literal.rootVariable.map { " as the value of variable \"\($0)\"" }
                ?? literal.slot.map { " and reaches \($0)" } ?? ""
            let via = literal.via.isEmpty ? "" : " (via \(literal.via.joined(separator: ", ")))"
            return finding(
                "\(what) is written here in plain text\(reaches)\(via): anyone who can read the repository or its history holds it",
                at: literal.range, fix: SafeSecretPattern.fix(for: literal))
        }
    }
}
