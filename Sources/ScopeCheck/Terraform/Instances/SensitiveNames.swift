/// The variables of a module declared `sensitive = true` and the local values computed from
/// them, so that arguments reading them can be flagged for redaction.
struct SensitiveNames {
    let variables: Set<String>
    let locals: Set<String>

    init(module: TerraformModule) {
        let variables = Set(module.variables.filter(\.sensitive).map(\.name))
        var locals: Set<String> = []
        var changed = true
        while changed {
            changed = false
            for local in module.locals where !locals.contains(local.name) {
                if Self.reads(local.attribute.expression, variables: variables, locals: locals) {
                    locals.insert(local.name)
                    changed = true
                }
            }
        }
        self.variables = variables
        self.locals = locals
    }

    /// Whether `expression` reads a sensitive variable or local value.
    func isSensitive(_ expression: Expression) -> Bool {
        Self.reads(expression, variables: variables, locals: locals)
    }

    private static func reads(_ expression: Expression, variables: Set<String>, locals: Set<String>) -> Bool {
        guard !variables.isEmpty || !locals.isEmpty else { return false }
        return expression.references.contains { reference in
            guard let name = reference.attributes.first else { return false }
            return (reference.root == "var" && variables.contains(name))
                || (reference.root == "local" && locals.contains(name))
        }
    }
}
