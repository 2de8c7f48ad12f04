import Syntax

/// Follows the `references` of the plan's configuration to the resource instance a value comes
/// from, so that `role_id = genesyscloud_auth_role.x.id`, known only after apply, still says
/// which role it is — as the HCL analysis does. References pass through module outputs and
/// module variables; `local.*` values are not in the plan's configuration and end the search.
struct PlanReferenceResolver: Sendable {
    /// Where a reference leads: an instance address and the attribute read from it.
    struct Target: Equatable, Sendable {
        var address: String
        var attribute: String?
    }

    let configuration: PlanConfigModule
    /// The instance keys of every resource, by resource address (`module.a.type.name`).
    let instanceKeys: [String: [InstanceKey]]
    /// The instance keys of every module call, by call address (`module.a["x"].module.b`
    /// without the key).
    let moduleKeys: [String: [InstanceKey]]

    /// The longest chain of module outputs and variables followed.
    static let maximumHops = 32

    init(configuration: PlanConfigModule, addresses: [ResourceAddress]) {
        self.configuration = configuration
        var instanceKeys: [String: [InstanceKey]] = [:]
        var moduleKeys: [String: Set<InstanceKey>] = [:]
        for address in addresses {
            instanceKeys[address.resourceAddress, default: []].append(address.key)
            var path = ModuleInstancePath.root
            for call in address.module.calls {
                moduleKeys[path.prefix + "module.\(call.name)", default: []].insert(call.key)
                path = path.child(call.name, key: call.key)
            }
        }
        self.instanceKeys = instanceKeys
        self.moduleKeys = moduleKeys.mapValues { $0.sorted() }
    }

    /// The instance the expression `expression` (`{"references": [...]}`) of an object in
    /// `module` refers to; `ownKey` is the instance key of the object holding the expression
    /// (for `count.index` and `each.key`).
    func target(of expression: JSONNode?, in module: ModuleInstancePath, ownKey: InstanceKey) -> Target? {
        target(of: expression, in: module, ownKey: ownKey, hops: 0)
    }

    private func target(of expression: JSONNode?, in module: ModuleInstancePath, ownKey: InstanceKey, hops: Int)
        -> Target?
    {
        guard hops < Self.maximumHops, let references = expression?["references"]?.arrayValue?.compactMap(\.stringValue)
        else { return nil }
        let hint: InstanceKey? =
            switch ownKey {
            case .int where references.contains("count.index"): ownKey
            case .string where references.contains("each.key"): ownKey
            default: nil
            }
        for reference in references {
            guard case .success(let steps) = AddressSyntax.steps(reference), case .name(let root)? = steps.first else {
                continue
            }
            let found: Target?
            switch root {
            case "count", "each", "local", "path", "self", "terraform": found = nil
            case "var": found = variable(steps, in: module, hops: hops)
            case "module": found = output(steps, in: module, hint: hint, hops: hops)
            case "data": found = resource(Array(steps.dropFirst()), mode: .data, in: module, hint: hint)
            default: found = resource(steps, mode: .managed, in: module, hint: hint)
            }
            if let found { return found }
        }
        return nil
    }

    /// `type.name[key].attribute` in `module`.
    private func resource(_ steps: [AddressStep], mode: ResourceMode, in module: ModuleInstancePath, hint: InstanceKey?)
        -> Target?
    {
        guard steps.count >= 2, case .name(let type) = steps[0], case .name(let name) = steps[1] else { return nil }
        let base = module.prefix + (mode == .data ? "data." : "") + "\(type).\(name)"
        guard let keys = instanceKeys[base] else { return nil }
        var rest = steps.dropFirst(2)
        let key: InstanceKey
        if case .key(let explicit)? = rest.first {
            key = explicit
            rest = rest.dropFirst()
        } else if keys == [.none] {
            key = .none
        } else if let hint {
            key = hint
        } else {
            return nil
        }
        guard keys.contains(key) else { return nil }
        var attribute: String?
        if case .name(let name)? = rest.first { attribute = name }
        return Target(address: base + key.description, attribute: attribute)
    }

    /// `module.name[key].output`: the output's expression in the child module instance.
    private func output(_ steps: [AddressStep], in module: ModuleInstancePath, hint: InstanceKey?, hops: Int)
        -> Target?
    {
        guard steps.count >= 2, case .name(let call) = steps[1] else { return nil }
        var rest = steps.dropFirst(2)
        let keys = moduleKeys[module.prefix + "module.\(call)"] ?? []
        let key: InstanceKey
        if case .key(let explicit)? = rest.first {
            key = explicit
            rest = rest.dropFirst()
        } else if keys == [.none] || keys.isEmpty {
            key = .none
        } else if let hint {
            key = hint
        } else {
            return nil
        }
        guard case .name(let outputName)? = rest.first,
            let expression = configuration.module(at: module.names + [call])?.outputs[outputName]
        else { return nil }
        return target(of: expression, in: module.child(call, key: key), ownKey: .none, hops: hops + 1)
    }

    /// `var.name` in a child module: the argument its module block passes.
    private func variable(_ steps: [AddressStep], in module: ModuleInstancePath, hops: Int) -> Target? {
        guard steps.count >= 2, case .name(let name) = steps[1], let parent = module.parent,
            let call = module.calls.last,
            let argument = configuration.module(at: parent.names)?.calls[call.name]?.expressions?[name]
        else { return nil }
        return target(of: argument, in: parent, ownKey: call.key, hops: hops + 1)
    }
}
