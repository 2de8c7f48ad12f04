import Core
import Syntax

/// One instance of a module during evaluation: it resolves the references of the module's
/// expressions (`var`, `local`, `module`, `data`, resources, `path`, `terraform`) lazily, caches
/// every value it computes and reports cycles through the shared `ConfigurationEvaluation`.
final class ModuleInstanceScope: ReferenceResolver {
    /// Where a child module instance's variables come from.
    struct Inputs {
        unowned let parent: ModuleInstanceScope
        let call: ModuleCall
        /// The `count` / `each` of the module call instance.
        let bindings: [String: Value]
    }

    unowned let evaluation: ConfigurationEvaluation
    let module: TerraformModule
    /// `module.a["x"]`; empty for the root module.
    let address: String
    /// `path.module`: the module directory relative to the root module's.
    let relativeDirectory: String
    /// Set when this instance stands for an unknown number of module instances.
    let expansionUnknown: Unknown?
    let inputs: Inputs?
    /// Names of variables and local values whose values are sensitive.
    let sensitiveNames: SensitiveNames
    /// The module's declarations by name.
    let index: ModuleIndex

    var variableValues: [String: Value] = [:]
    var localValues: [String: Value] = [:]
    var outputValues: [String: Value] = [:]
    var expansions: [String: Expansion] = [:]
    var instanceResults: [String: InstanceResult] = [:]
    var childCalls: [String: ChildModuleInstances] = [:]

    init(
        evaluation: ConfigurationEvaluation, module: TerraformModule, address: String, relativeDirectory: String,
        expansionUnknown: Unknown?, inputs: Inputs?
    ) {
        self.evaluation = evaluation
        self.module = module
        self.address = address
        self.relativeDirectory = relativeDirectory
        self.expansionUnknown = expansionUnknown
        self.inputs = inputs
        let sensitiveInputs = inputs.map { inputs in
            Set(
                inputs.call.inputs.filter { inputs.parent.sensitiveNames.isSensitive($0.expression) }.map(\.name))
        }
        self.sensitiveNames = SensitiveNames(
            module: module, sensitiveInputs: sensitiveInputs ?? [],
            childModule: { [path = module.path] call in evaluation.module(path: path + [call.name]) })
        self.index = ModuleIndex(module)
    }

    /// `module.a.` (with the trailing dot) or empty for the root module: the prefix of the
    /// addresses of everything declared in this module instance.
    var prefix: String { address.isEmpty ? "" : address + "." }

    /// Evaluates an expression of this module with extra names bound (`each`, `count`, a dynamic
    /// block's iterator); problems go to the shared diagnostics.
    func evaluate(_ expression: Expression, bindings: [String: Value]) -> Value {
        var context = EvaluationContext(variables: bindings, resolver: self, baseDirectory: evaluation.rootDirectory)
        context.budget = evaluation.budget
        let (value, diagnostics) = Evaluator.evaluate(expression, context: context)
        evaluation.report(diagnostics)
        return value
    }

    // MARK: Resolving references

    func resolve(_ reference: Reference) -> ResolvedReference {
        switch reference.root {
        case "var": return resolveNamed(reference, kind: "variable") { variableValue($0, range: $1) }
        case "local": return resolveNamed(reference, kind: "local value") { localValue($0, range: $1) }
        case "module": return resolveModule(reference)
        case "data": return resolveData(reference)
        case "path": return resolvePath(reference)
        case "terraform": return resolveTerraform(reference)
        case "count", "each":
            let detail =
                reference.root == "count"
                ? "count.index is only valid in a block that sets count"
                : "each.key and each.value are only valid in a block that sets for_each"
            return failure("Reference to \"\(reference.root)\" outside its block", detail, reference.rootRange)
        case "self":
            return ResolvedReference(
                value: .unknown(
                    Unknown(reason: "self is only known in provisioners and connections", range: reference.rootRange)),
                consumedSteps: reference.steps.count)
        default:
            return resolveResource(reference, mode: .managed, typeName: reference.root, stepOffset: 0)
        }
    }

    /// `var.name` / `local.name`: `value` gives the value of a declared name, nil when undeclared.
    private func resolveNamed(
        _ reference: Reference, kind: String, value: (String, SourceRange) -> Value?
    ) -> ResolvedReference {
        guard case .attribute(let name, let range)? = reference.steps.first else {
            return failure(
                "Invalid reference",
                "\(reference.root) must be followed by the name of a \(kind), as in \(reference.root).name",
                reference.rootRange)
        }
        guard let found = value(name, range) else {
            let message = "Reference to undeclared \(kind)"
            let detail = "no \(kind) named \"\(name)\" is declared in \(module.isRoot ? "the root module" : address)"
            return ResolvedReference(
                value: .unknown(Unknown(reason: "\(message): \(detail)", range: range)), consumedSteps: 1,
                diagnostics: [.warning(message, detail: detail, at: range)])
        }
        return ResolvedReference(value: found, consumedSteps: 1)
    }

    private func resolvePath(_ reference: Reference) -> ResolvedReference {
        guard case .attribute(let name, let range)? = reference.steps.first else {
            return failure("Invalid reference", "path must be followed by module, root or cwd", reference.rootRange)
        }
        switch name {
        case "module": return ResolvedReference(value: .string(relativeDirectory), consumedSteps: 1)
        case "root": return ResolvedReference(value: .string("."), consumedSteps: 1)
        case "cwd": return ResolvedReference(value: .string(evaluation.workingDirectory), consumedSteps: 1)
        default:
            return failure(
                "Invalid \"path\" attribute", "path has no attribute \"\(name)\"; use module, root or cwd", range)
        }
    }

    private func resolveTerraform(_ reference: Reference) -> ResolvedReference {
        guard case .attribute(let name, let range)? = reference.steps.first else {
            return failure(
                "Invalid reference", "terraform must be followed by an attribute, as in terraform.workspace",
                reference.rootRange)
        }
        if name == "workspace" { return ResolvedReference(value: .string("default"), consumedSteps: 1) }
        return ResolvedReference(
            value: .unknown(Unknown(reason: "terraform.\(name) is not known statically", range: range)),
            consumedSteps: 1)
    }

    func failure(_ summary: String, _ detail: String, _ range: SourceRange, consumed: Int = 1) -> ResolvedReference {
        ResolvedReference(
            value: .unknown(Unknown(reason: "\(summary): \(detail)", range: range)), consumedSteps: consumed,
            diagnostics: [.error(summary, detail: detail, at: range)])
    }

    // MARK: Variables, locals, outputs

    /// Evaluates every variable, local value and output once, as Terraform does, so that their
    /// problems are reported even when nothing refers to them.
    func evaluateDeclarations() {
        for variable in module.variables { _ = variableValue(variable.name, range: variable.nameRange) }
        for local in module.locals { _ = localValue(local.name, range: local.attribute.nameRange) }
        for output in module.outputs { _ = outputValue(output.name) }
    }

    /// The value of variable `name`, nil when it is not declared.
    func variableValue(_ name: String, range: SourceRange) -> Value? {
        guard let declaration = index.variables[name] else { return nil }
        guard let inputs else { return evaluation.rootVariables[name]?.value }
        if let cached = variableValues[name] { return cached }
        let value = evaluation.guarded(prefix + "var." + name, range: declaration.nameRange, onCycle: Value.unknown) {
            inputValue(declaration, inputs)
        }
        variableValues[name] = value
        return value
    }

    private func inputValue(_ declaration: VariableDeclaration, _ inputs: Inputs) -> Value {
        guard let input = inputs.call.inputs.first(where: { $0.name == declaration.name }) else {
            if let defaultValue = declaration.defaultValue { return defaultValue }
            return .unknown(
                Unknown(
                    reason: "module.\(inputs.call.name) does not set the required variable \"\(declaration.name)\"",
                    range: inputs.call.block.range))
        }
        let value = inputs.parent.evaluate(input.expression, bindings: inputs.bindings)
        guard let type = declaration.type else { return value }
        switch type.convert(value) {
        case .success(let converted):
            if converted == .null, !declaration.nullable, let defaultValue = declaration.defaultValue {
                return defaultValue
            }
            return converted
        case .failure(let error):
            evaluation.report([
                .error(
                    "Invalid value for input variable",
                    detail:
                        "the value for var.\(declaration.name) of \(address) does not fit its type \(type): \(error.message)",
                    at: input.expression.range)
            ])
            return .unknown(
                Unknown(
                    reason: "invalid value for var.\(declaration.name): \(error.message)", range: input.expression.range
                ))
        }
    }

    /// The value of local value `name`, nil when it is not declared.
    func localValue(_ name: String, range: SourceRange) -> Value? {
        guard let declaration = index.locals[name] else { return nil }
        if let cached = localValues[name] { return cached }
        let value = evaluation.guarded(
            prefix + "local." + name, range: declaration.attribute.nameRange, onCycle: Value.unknown
        ) {
            evaluate(declaration.attribute.expression, bindings: [:])
        }
        localValues[name] = value
        return value
    }

    /// The value of output `name`, nil when it is not declared.
    func outputValue(_ name: String) -> Value? {
        guard let declaration = index.outputs[name] else { return nil }
        if let cached = outputValues[name] { return cached }
        let value = evaluation.guarded(prefix + "output." + name, range: declaration.nameRange, onCycle: Value.unknown)
        {
            guard let attribute = declaration.value else {
                return Value.unknown(Unknown(reason: "output \"\(name)\" has no value", range: declaration.block.range))
            }
            return evaluate(attribute.expression, bindings: [:])
        }
        outputValues[name] = value
        return value
    }
}
