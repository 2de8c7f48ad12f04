import Core
import Syntax
import Terraform

/// A root module variable that carries a secret without `sensitive = true`: named for a secret,
/// or read where one goes. Terraform prints its value in plan and apply output.
public struct UnmarkedSecretVariable: Sendable {
    public var variable: VariableDeclaration
}

/// An output without `sensitive = true` whose value reads a secret.
public struct UnmarkedSecretOutput: Sendable {
    /// `module.a.` for an output of a child module, empty for the root's.
    public var modulePrefix: String
    public var output: OutputDeclaration
    /// The first secret it reads, as written (`genesyscloud_oauth_client.a.client_secret`).
    public var reads: String
    /// Whether Terraform knows a value it reads is sensitive (the provider marks the attribute,
    /// the variable or the module output is sensitive): then `terraform plan` stops with "Output
    /// refers to sensitive values"; otherwise the secret is printed.
    public var knownToTerraform: Bool
}

extension RequirementGraph {
    /// The root modules' variables that carry a secret and are not marked sensitive, each
    /// declaration once. A child module's variable given a sensitive value is sensitive too, so
    /// only the root module's, set from files and the environment, are printed for sure.
    public var unmarkedSecretVariables: [UnmarkedSecretVariable] {
        var seen = Set<SourceRange>()
        return modules.flatMap { analyzed -> [UnmarkedSecretVariable] in
            let secret = analyzed.secrets.variables[[]] ?? []
            return (analyzed.configuration.module(path: []))?.variables.compactMap { variable in
                guard secret.contains(variable.name), !variable.sensitive, seen.insert(variable.nameRange).inserted
                else { return nil }
                return UnmarkedSecretVariable(variable: variable)
            } ?? []
        }
    }

    /// The outputs of every module that read a secret and are not marked sensitive, each
    /// declaration once.
    public var unmarkedSecretOutputs: [UnmarkedSecretOutput] {
        var seen = Set<SourceRange>()
        return modules.flatMap { analyzed in
            let configuration = analyzed.configuration
            return configuration.modules.flatMap { module -> [UnmarkedSecretOutput] in
                guard module.outputs.contains(where: { !$0.sensitive }) else { return [] }
                let reader = SecretReads(
                    module: module, configuration: configuration,
                    secretVariables: analyzed.secrets.variables[module.path] ?? [], schema: schema)
                return module.outputs.compactMap { output in
                    guard !output.sensitive, let value = output.value, seen.insert(output.nameRange).inserted else {
                        return nil
                    }
                    let reads = value.expression.references.compactMap(reader.secret)
                    guard let first = reads.first else { return nil }
                    return UnmarkedSecretOutput(
                        modulePrefix: module.isRoot ? "" : "\(module.address).", output: output, reads: first.text,
                        knownToTerraform: reads.contains(where: \.knownToTerraform))
                }
            }
        }
    }
}

/// Which references of one module read a secret.
private struct SecretReads {
    let module: TerraformModule
    let configuration: TerraformConfiguration
    let secretVariables: Set<String>
    let schema: ProviderSchema

    /// The secret `reference` reads: the reference as written, and whether Terraform knows it.
    func secret(_ reference: ExpressionReference) -> (text: String, knownToTerraform: Bool)? {
        let text = ([reference.root] + reference.attributes).joined(separator: ".")
        switch reference.root {
        case "var":
            guard let name = reference.attributes.first else { return nil }
            if module.variable(name)?.sensitive == true { return (text, true) }
            return secretVariables.contains(name) ? (text, false) : nil
        case "module":
            guard reference.attributes.count >= 2, let call = module.moduleCall(reference.attributes[0]),
                let child = configuration.module(path: module.path + [call.name]),
                child.outputs.contains(where: { $0.name == reference.attributes[1] && $0.sensitive })
            else { return nil }
            return (text, true)
        case "data":
            guard reference.attributes.count >= 2 else { return nil }
            return resourceSecret(
                schema.dataSource(reference.attributes[0]), attributes: Array(reference.attributes.dropFirst(2)),
                text: text)
        default:
            return resourceSecret(
                schema.resource(reference.root), attributes: Array(reference.attributes.dropFirst()), text: text)
        }
    }

    /// A resource's sensitive attribute, or the whole resource when it has one.
    private func resourceSecret(_ schema: BlockSchema?, attributes: [String], text: String) -> (
        text: String, knownToTerraform: Bool
    )? {
        guard let schema else { return nil }
        guard let name = attributes.first else {
            return schema.attributes.contains(where: \.sensitive) ? (text, true) : nil
        }
        return schema.attribute(name)?.sensitive == true ? (text, true) : nil
    }
}
