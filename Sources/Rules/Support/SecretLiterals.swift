import Core
import Graph
import Terraform

extension RequirementGraph {
    /// The secret literals of every analysed configuration, each place in the source once (a
    /// module analysed both on its own and from a caller is read twice).
    var secretLiterals: [SecretLiteral] {
        var seen = Set<SourceRange>()
        return modules.flatMap(\.secrets.literals).filter { seen.insert($0.range).inserted }
    }
}

/// How to keep a secret out of the configuration, for the fixes of the credential rules.
enum SafeSecretPattern {
    /// The change for a secret written at `literal`.
    static func fix(for literal: SecretLiteral) -> String {
        if let variable = literal.rootVariable {
            let place = literal.isInVariablesFile ? "it from this variables file" : "the default"
            return "remove \(place), mark variable \"\(variable)\" sensitive = true and set TF_VAR_\(variable) in "
                + "the environment (or read it from a secrets manager data source); then rotate it: it is in the history"
        }
        return "declare a variable with sensitive = true and no default, use var.NAME here and set TF_VAR_NAME "
            + "in the environment (or read it from a secrets manager data source such as "
            + "aws_secretsmanager_secret_version); then rotate it: it is in the history"
    }
}
