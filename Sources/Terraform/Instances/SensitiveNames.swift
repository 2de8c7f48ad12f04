import Syntax

/// The variables of a module declared `sensitive = true` or given a sensitive value by the
/// calling module, the outputs of its child modules declared sensitive, and the local values
/// computed from any of them, so that arguments reading them can be flagged for redaction (as
/// Terraform carries sensitivity along with a value).
struct SensitiveNames {
    let variables: Set<String>
    let locals: Set<String>
    /// Module call name → the names of the sensitive outputs of the module it calls.
    let moduleOutputs: [String: Set<String>]

    /// `sensitiveInputs` names the variables whose argument in the module call reads a
    /// sensitive value; `childModule` finds the module a call of this module loads.
    init(
        module: TerraformModule, sensitiveInputs: Set<String> = [],
        childModule: (ModuleCall) -> TerraformModule? = { _ in nil }
    ) {
        let variables = Set(module.variables.filter(\.sensitive).map(\.name)).union(sensitiveInputs)
        var moduleOutputs: [String: Set<String>] = [:]
        for call in module.moduleCalls {
            let outputs = Set(childModule(call)?.outputs.filter(\.sensitive).map(\.name) ?? [])
            if !outputs.isEmpty { moduleOutputs[call.name] = outputs }
        }
        var locals: Set<String> = []
        var changed = true
        while changed {
            changed = false
            for local in module.locals where !locals.contains(local.name) {
                if Self.reads(local.attribute.expression, variables, locals, moduleOutputs) {
                    locals.insert(local.name)
                    changed = true
                }
            }
        }
        self.variables = variables
        self.locals = locals
        self.moduleOutputs = moduleOutputs
    }

    /// Whether `expression` reads a sensitive variable, local value or module output.
    func isSensitive(_ expression: Expression) -> Bool {
        Self.reads(expression, variables, locals, moduleOutputs)
    }

    private static func reads(
        _ expression: Expression, _ variables: Set<String>, _ locals: Set<String>,
        _ moduleOutputs: [String: Set<String>]
    ) -> Bool {
        guard !variables.isEmpty || !locals.isEmpty || !moduleOutputs.isEmpty else { return false }
        return expression.references.contains { reference in
            guard let name = reference.attributes.first else { return false }
            switch reference.root {
            case "var": return variables.contains(name)
            case "local": return locals.contains(name)
            case "module":
                guard let outputs = moduleOutputs[name] else { return false }
                // `module.x` as a whole, or `module.x[key]`, carries every output.
                guard reference.attributes.count > 1 else { return true }
                return outputs.contains(reference.attributes[1])
            default: return false
            }
        }
    }
}
