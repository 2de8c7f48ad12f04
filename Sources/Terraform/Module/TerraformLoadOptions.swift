import Foundation

/// How to load a configuration: the variable values given on the command line and the
/// environment `TF_VAR_*` values are read from.
public struct TerraformLoadOptions: Sendable {
    /// One `--var-file` or `--var` argument.
    public enum VariableArgument: Hashable, Sendable {
        /// `--var-file PATH`: a `.tfvars` or `.tfvars.json` file, opened as given (relative
        /// paths start from the process's working directory).
        case file(String)
        /// `--var NAME=VALUE`.
        case assignment(name: String, value: String)
    }

    /// The `--var-file` and `--var` arguments in command-line order; later ones win.
    public var variableArguments: [VariableArgument]
    /// The environment `TF_VAR_<name>` values are taken from.
    public var environment: [String: String]
    /// The provider schema used to tell nested blocks from attributes in JSON syntax files and
    /// to describe resource attributes that are not configured.
    public var provider: ProviderSchema

    /// Options with variable arguments in command-line order.
    public init(
        variableArguments: [VariableArgument] = [],
        environment: [String: String] = ProcessInfo.processInfo.environment, provider: ProviderSchema = .genesysCloud
    ) {
        self.variableArguments = variableArguments
        self.environment = environment
        self.provider = provider
    }

    /// Options with all `varFiles` applied first, then the `variables` assignments in order.
    public init(
        varFiles: [String], variables: [(name: String, value: String)] = [],
        environment: [String: String] = ProcessInfo.processInfo.environment, provider: ProviderSchema = .genesysCloud
    ) {
        self.init(
            variableArguments: varFiles.map(VariableArgument.file)
                + variables.map { VariableArgument.assignment(name: $0.name, value: $0.value) },
            environment: environment, provider: provider)
    }

    /// The `--var-file` paths, in order.
    public var varFiles: [String] {
        variableArguments.compactMap {
            if case .file(let path) = $0 { return path }
            return nil
        }
    }

    /// The `--var` assignments, in order.
    public var variables: [(name: String, value: String)] {
        variableArguments.compactMap {
            if case .assignment(let name, let value) = $0 { return (name, value) }
            return nil
        }
    }
}
