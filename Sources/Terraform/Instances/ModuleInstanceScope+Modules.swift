import Core
import Syntax

/// The instances of one module call.
enum ChildModuleInstances {
    /// A loaded local module, expanded.
    case loaded(Expansion, [(key: InstanceKey, scope: ModuleInstanceScope)])
    /// A remote source that `terraform init` has not installed.
    case remote(String)
    /// A local source that could not be loaded (unreadable directory, source loop).
    case unavailable
}

extension ModuleInstanceScope {
    /// The instances of `call`, created (and the call's arguments checked) on first use.
    func childInstances(_ call: ModuleCall) -> ChildModuleInstances {
        if let cached = childCalls[call.name] { return cached }
        let result: ChildModuleInstances
        if let child = evaluation.module(path: module.path + [call.name]) {
            checkArguments(call, against: child)
            result = instantiate(call, child)
        } else if case .remote(let source) = call.source {
            result = .remote(source)
        } else {
            result = .unavailable
        }
        childCalls[call.name] = result
        return result
    }

    private func instantiate(_ call: ModuleCall, _ child: TerraformModule) -> ChildModuleInstances {
        let callAddress = prefix + "module." + call.name
        let expansion = evaluation.guarded(callAddress, range: call.nameRange, onCycle: Expansion.unknown) {
            self.expansion(count: call.count, forEach: call.forEach, address: callAddress)
        }
        _ = evaluation.budget.spend(EvaluationBudget.instanceCost * expansion.instances.count)
        let scopes = expansion.instances.map { instance in
            (
                key: instance.key,
                scope: ModuleInstanceScope(
                    evaluation: evaluation, module: child, address: callAddress + instance.key.description,
                    relativeDirectory: childDirectory(call, child),
                    expansionUnknown: expansion.unknown ?? expansionUnknown,
                    inputs: Inputs(parent: self, call: call, bindings: instance.bindings))
            )
        }
        return .loaded(expansion, scopes)
    }

    /// `path.module` of the child: a local source joined to this module's, or where `terraform
    /// init` installed a remote one (relative to the root module).
    private func childDirectory(_ call: ModuleCall, _ child: TerraformModule) -> String {
        guard case .remote = call.source else { return ModulePaths.join(relativeDirectory, call.sourceText) }
        let root = evaluation.rootDirectory.hasSuffix("/") ? evaluation.rootDirectory : evaluation.rootDirectory + "/"
        return child.directory.hasPrefix(root) ? String(child.directory.dropFirst(root.count)) : child.directory
    }

    /// Every argument must be a variable of the child; every variable without default must be set.
    private func checkArguments(_ call: ModuleCall, against child: TerraformModule) {
        var diagnostics: [Diagnostic] = []
        for input in call.inputs where child.variable(input.name) == nil {
            diagnostics.append(
                .error(
                    "Unsupported argument",
                    detail: "module.\(call.name) (\(call.sourceText)) declares no variable named \"\(input.name)\"",
                    at: input.nameRange))
        }
        let given = Set(call.inputs.map(\.name))
        for variable in child.variables where variable.defaultValue == nil && !given.contains(variable.name) {
            diagnostics.append(
                .error(
                    "Missing required argument",
                    detail:
                        "module.\(call.name) needs a value for its variable \"\(variable.name)\", which has no default",
                    at: call.nameRange))
        }
        evaluation.report(diagnostics)
    }

    /// Every module instance scope below this one, depth first in call order.
    func descendantScopes() -> [ModuleInstanceScope] {
        module.moduleCalls.flatMap { call -> [ModuleInstanceScope] in
            guard case .loaded(_, let scopes) = childInstances(call) else { return [] }
            return scopes.flatMap { [$0.scope] + $0.scope.descendantScopes() }
        }
    }

    // MARK: References

    /// `module.name`, `module.name.output`, `module.name[key].output`.
    func resolveModule(_ reference: Reference) -> ResolvedReference {
        guard case .attribute(let name, let nameRange)? = reference.steps.first else {
            return failure(
                "Invalid reference", "module must be followed by a module name, as in module.name.output",
                reference.rootRange)
        }
        let callAddress = prefix + "module." + name
        let rest = reference.steps.dropFirst()
        guard let call = index.moduleCalls[name] else {
            let detail =
                "no module call named \"\(name)\" is declared in \(module.isRoot ? "the root module" : address)"
            var resolved = opaque(
                rest, callAddress, reason: "Reference to undeclared module: \(detail)", range: nameRange)
            resolved.diagnostics.append(.warning("Reference to undeclared module", detail: detail, at: nameRange))
            return resolved
        }
        switch childInstances(call) {
        case .remote(let source):
            return opaque(
                rest, callAddress,
                reason: "module.\(name) comes from \"\(source)\", which terraform init has not installed",
                range: nameRange)
        case .unavailable:
            return opaque(rest, callAddress, reason: "module.\(name) could not be loaded", range: nameRange)
        case .loaded(let expansion, let scopes):
            switch (expansion.kind, rest.first) {
            case (.single, _):
                return output(of: scopes[0].scope, rest, consumed: 1)
            case (.unknown, .index?):
                return output(of: scopes[0].scope, rest.dropFirst(), consumed: 2)
            case (.unknown(let unknown), _):
                return opaque(
                    rest, callAddress, reason: "the instances of \(callAddress) are not known: \(unknown.reason)",
                    range: nameRange)
            case (_, .index(let key, let keyRange)?):
                if case .unknown = key {
                    return opaque(
                        rest, callAddress, reason: "the instance key of \(callAddress) is not known", range: keyRange)
                }
                guard let scope = scopes.first(where: { $0.key.value == normalizedKey(key, expansion) })?.scope else {
                    return failure(
                        "Invalid index", "\(callAddress) has no instance \(key.shortDescription)", keyRange, consumed: 2
                    )
                }
                return output(of: scope, rest.dropFirst(), consumed: 2)
            default:
                if case .forEach = expansion.kind {
                    var fields: [String: Value] = [:]
                    for (key, scope) in scopes {
                        if case .string(let text) = key { fields[text] = moduleObject(scope) }
                    }
                    return ResolvedReference(value: .object(fields), consumedSteps: 1)
                }
                return ResolvedReference(value: .list(scopes.map { moduleObject($0.scope) }), consumedSteps: 1)
            }
        }
    }

    private func normalizedKey(_ key: Value, _ expansion: Expansion) -> Value? {
        switch (expansion.kind, key) {
        case (.count, .string(let text)): Value.parseNumber(text).map(Value.number)
        case (.forEach, .number(let number)): .string(Value.format(number))
        default: key
        }
    }

    /// The output a step names, or the whole module instance as an object of its outputs.
    private func output(of scope: ModuleInstanceScope, _ rest: ArraySlice<TraversalStep>, consumed: Int)
        -> ResolvedReference
    {
        guard case .attribute(let name, let range)? = rest.first else {
            return ResolvedReference(value: moduleObject(scope), consumedSteps: consumed)
        }
        guard let value = scope.outputValue(name) else {
            return failure(
                "Unsupported attribute", "\(scope.address) has no output named \"\(name)\"", range,
                consumed: consumed + 1)
        }
        return ResolvedReference(value: value, consumedSteps: consumed + 1)
    }

    private func moduleObject(_ scope: ModuleInstanceScope) -> Value {
        var fields: [String: Value] = [:]
        for output in scope.module.outputs { fields[output.name] = scope.outputValue(output.name) }
        return .object(fields)
    }

    /// An unknown output of a module that cannot be looked into.
    private func opaque(_ rest: ArraySlice<TraversalStep>, _ callAddress: String, reason: String, range: SourceRange)
        -> ResolvedReference
    {
        var steps = rest
        var refersTo = callAddress
        var consumed = 1
        if case .index(let key, _)? = steps.first {
            switch key {
            case .number(let number) where number.rounded() == number && abs(number) < 1e15:
                refersTo += InstanceKey.int(Int(number)).description
            case .string(let text): refersTo += InstanceKey.string(text).description
            default: break
            }
            steps = steps.dropFirst()
            consumed += 1
        }
        var attribute: String?
        if case .attribute(let name, _)? = steps.first {
            attribute = name
            consumed += 1
        }
        return ResolvedReference(
            value: .unknown(Unknown(reason: reason, range: range, refersTo: refersTo, attribute: attribute)),
            consumedSteps: consumed)
    }
}
