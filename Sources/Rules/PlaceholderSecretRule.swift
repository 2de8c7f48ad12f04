import Core
import Graph
import Terraform

/// `placeholder-secret`: a placeholder as the value of a secret root variable.
public struct PlaceholderSecretRule: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "placeholder-secret",
        summary: "A secret variable is set to a placeholder: fill it from the environment.",
        defaultSeverity: .note,
        explanation: """
            A .tfvars file Terraform reads (terraform.tfvars, *.auto.tfvars), or the variable's \
            default, sets a secret root variable to a \
            placeholder ("<client secret>", "changeme", ""). Not a leak, but Terraform sends the \
            placeholder (a .tfvars value wins over TF_VAR_name) and the call fails with 401, and \
            the next person replaces it with the real secret in the same file and commits it. Leave the value out and set it \
            from the environment (TF_VAR_name) or a secrets manager. Which strings are \
            placeholders is decided by their shape: see docs/credentials.md. A file Terraform reads \
            only with -var-file (example.tfvars) holds examples to copy: its placeholders are not \
            reported.
            """,
        securitySeverity: 2.0)

    public let examples: [RuleExample] = [
        .triggering(
            """
            variable "client_secret" {
              type      = string
              sensitive = true
              default   = "<client secret>"
            }

            provider "genesyscloud" {
              oauthclient_id     = "5e1c6d39-0a6f-4b6e-9d38-2f8f3c1f4a11"
              oauthclient_secret = var.client_secret
            }
            """),
        .passing(
            """
            variable "client_secret" {
              type      = string
              sensitive = true
            }

            provider "genesyscloud" {
              oauthclient_id     = "5e1c6d39-0a6f-4b6e-9d38-2f8f3c1f4a11"
              oauthclient_secret = var.client_secret
            }
            """),
    ]

    public func check(_ graph: RequirementGraph) -> [Finding] {
        graph.secretLiterals.compactMap { literal in
            // A placeholder in a file Terraform reads only when told to is an example to copy.
            guard literal.shape == .placeholder, let variable = literal.rootVariable,
                literal.isInLoadedVariablesFile || !literal.isInVariablesFile
            else { return nil }
            let message =
                literal.isInVariablesFile
                ? "The secret variable \"\(variable)\" is set to a placeholder in this variables file, which wins over TF_VAR_\(variable): Terraform sends the placeholder (401 at run time) until someone writes the real secret here, where it is committed"
                : "The secret variable \"\(variable)\" has a placeholder as its default: a run that sets it no other way sends the placeholder and fails with 401"
            let remove = literal.isInVariablesFile ? "\(variable) from this variables file" : "the default"
            return finding(
                message,
                at: literal.range, fix: "remove \(remove) and set TF_VAR_\(variable) in the environment")
        }
    }
}
