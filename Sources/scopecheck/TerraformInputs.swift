import Terraform

/// The Terraform-related options shared by commands that read configurations.
enum TerraformInputs {
    static let options = [
        OptionSpec("--var-file", value: "FILE", repeatable: true, help: "a .tfvars or .tfvars.json file"),
        OptionSpec("--var", value: "NAME=VALUE", repeatable: true, help: "set a root variable"),
    ]

    /// Load options with `--var-file` and `--var` in command-line order (later wins).
    static func loadOptions(_ arguments: ParsedArguments) throws -> TerraformLoadOptions {
        var variableArguments: [TerraformLoadOptions.VariableArgument] = []
        for option in arguments.sequence {
            switch option.name {
            case "--var-file": variableArguments.append(.file(option.value))
            case "--var":
                guard let equals = option.value.firstIndex(of: "="), equals != option.value.startIndex else {
                    throw UsageError("--var takes NAME=VALUE, got '\(option.value)'")
                }
                let name = String(option.value[..<equals])
                let value = String(option.value[option.value.index(after: equals)...])
                variableArguments.append(.assignment(name: name, value: value))
            default: continue
            }
        }
        return TerraformLoadOptions(variableArguments: variableArguments)
    }
}
