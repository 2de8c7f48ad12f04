import Core
import Syntax

/// The evaluated arguments and nested blocks of one resource instance.
struct InstanceResult {
    var attributes: [String: EvaluatedAttribute]
    var blocks: [EvaluatedBlock]
}

/// An instance's evaluated body, or the cycle that kept it from being evaluated.
enum InstanceOutcome {
    case evaluated(InstanceResult)
    case cycle(Unknown)
}

extension ModuleInstanceScope {
    // MARK: References to resources and data sources

    /// `data.type.name...`.
    func resolveData(_ reference: Reference) -> ResolvedReference {
        guard case .attribute(let type, _)? = reference.steps.first else {
            return failure(
                "Invalid reference", "data must be followed by a data source type and name, as in data.type.name",
                reference.rootRange)
        }
        return resolveResource(reference, mode: .data, typeName: type, stepOffset: 1)
    }

    /// `type.name`, `type.name.attribute`, `type.name[key].attribute`, where the steps of the
    /// resource name start at `stepOffset`. Configured arguments are evaluated; everything else
    /// is an unknown that names the instance and attribute it belongs to.
    func resolveResource(_ reference: Reference, mode: ResourceMode, typeName: String, stepOffset: Int)
        -> ResolvedReference
    {
        let steps = Array(reference.steps.dropFirst(stepOffset))
        guard case .attribute(let name, let nameRange)? = steps.first else {
            return failure(
                "Invalid reference",
                "a reference to a resource type must be followed by the resource name, as in \(typeName).name",
                reference.range(through: stepOffset), consumed: stepOffset)
        }
        let localAddress = mode == .data ? "data.\(typeName).\(name)" : "\(typeName).\(name)"
        let fullAddress = prefix + localAddress
        guard let resource = index.resources[localAddress] else {
            let kind = mode == .data ? "data source" : "resource"
            let detail =
                "no \(kind) \"\(typeName)\" \"\(name)\" is declared in \(module.isRoot ? "the root module" : address)"
            var resolved = opaque(
                steps.dropFirst(), address: fullAddress, reason: "Reference to undeclared \(kind): \(detail)",
                range: nameRange, consumed: stepOffset + 1)
            resolved.diagnostics.append(.warning("Reference to undeclared \(kind)", detail: detail, at: nameRange))
            return resolved
        }
        let expansion = resourceExpansion(resource)
        let rest = steps.dropFirst()
        let consumed = stepOffset + 1
        switch (expansion.kind, rest.first) {
        case (.single, _):
            return member(resource, expansion.instances[0], rest, consumed: consumed)
        case (.unknown(let unknown), .index?), (.unknown(let unknown), .attribute?):
            return opaque(
                rest, address: fullAddress, reason: "the instances of \(fullAddress) are not known: \(unknown.reason)",
                range: nameRange, consumed: consumed)
        case (.unknown(let unknown), nil):
            return ResolvedReference(
                value: .unknown(Unknown(reason: unknown.reason, range: nameRange, refersTo: fullAddress)),
                consumedSteps: consumed)
        case (_, .index(let keyValue, let keyRange)?):
            if case .unknown = keyValue {
                return opaque(
                    rest, address: fullAddress, reason: "the instance key of \(fullAddress) is not known",
                    range: keyRange, consumed: consumed)
            }
            guard let key = instanceKey(keyValue, expansion: expansion), let instance = expansion.instance(key) else {
                return failure(
                    "Invalid index", "\(fullAddress) has no instance \(keyValue.shortDescription)", keyRange,
                    consumed: consumed + 1)
            }
            return member(resource, instance, rest.dropFirst(), consumed: consumed + 1)
        default:
            return ResolvedReference(value: collectionValue(resource, expansion), consumedSteps: consumed)
        }
    }

    /// An unknown for a resource whose instances cannot be looked at: consumes an instance key
    /// and an attribute name when present, and records them in the unknown.
    private func opaque(
        _ rest: ArraySlice<TraversalStep>, address: String, reason: String, range: SourceRange, consumed: Int
    ) -> ResolvedReference {
        var steps = rest
        var refersTo = address
        var used = consumed
        if case .index(let key, _)? = steps.first {
            if let instance = instanceKey(key, expansion: nil) { refersTo += instance.description }
            steps = steps.dropFirst()
            used += 1
        }
        var attribute: String?
        if case .attribute(let name, _)? = steps.first {
            attribute = name
            used += 1
        }
        return ResolvedReference(
            value: .unknown(Unknown(reason: reason, range: range, refersTo: refersTo, attribute: attribute)),
            consumedSteps: used)
    }

    /// An attribute of `instance` when the next step names one, the whole instance otherwise.
    private func member(
        _ resource: ResourceDeclaration, _ instance: ExpandedInstance, _ rest: ArraySlice<TraversalStep>, consumed: Int
    ) -> ResolvedReference {
        guard case .attribute(let name, let range)? = rest.first else {
            return ResolvedReference(value: instanceObject(resource, instance), consumedSteps: consumed)
        }
        return ResolvedReference(
            value: attributeValue(resource, instance, name, range: range), consumedSteps: consumed + 1)
    }

    /// The instance key a value selects: a whole number for `count`, a string for `for_each`
    /// (either when the expansion is not given).
    private func instanceKey(_ value: Value, expansion: Expansion?) -> InstanceKey? {
        let wantsNumber: Bool? =
            switch expansion?.kind {
            case .count?: true
            case .forEach?: false
            default: nil
            }
        switch value {
        case .number(let number) where wantsNumber != false && number.rounded() == number && abs(number) < 1e15:
            return .int(Int(number))
        case .string(let text) where wantsNumber == true:
            guard let number = Value.parseNumber(text), number.rounded() == number, abs(number) < 1e15 else {
                return nil
            }
            return .int(Int(number))
        case .string(let text):
            return .string(text)
        case .number(let number) where wantsNumber == false:
            return .string(Value.format(number))
        default:
            return nil
        }
    }

    // MARK: Values of instances

    /// The value of argument `name` of an instance: its configured value, its nested blocks as
    /// a list of objects, the schema's default, or an unknown that points at the instance.
    func attributeValue(
        _ resource: ResourceDeclaration, _ instance: ExpandedInstance, _ name: String, range: SourceRange
    )
        -> Value
    {
        let instanceAddress = prefix + resource.address + instance.key.description
        let unknown = { (reason: String) in
            Value.unknown(Unknown(reason: reason, range: range, refersTo: instanceAddress, attribute: name))
        }
        if name == "id" {
            return unknown(
                resource.mode == .data
                    ? "\(instanceAddress).id is read from the provider when the data source is read"
                    : "\(instanceAddress).id is assigned by the provider when the resource is created")
        }
        let result: InstanceResult
        switch instanceResult(resource, instance) {
        case .evaluated(let evaluated): result = evaluated
        case .cycle(let cycle): return unknown(cycle.reason)
        }
        if let attribute = result.attributes[name] { return attribute.value }
        let schema = evaluation.provider.schema(for: resource.mode, type: resource.type)
        let blocks = result.blocks.filter { $0.type == name }
        if !blocks.isEmpty || schema?.block(name) != nil { return .list(blocks.map(blockObject)) }
        if let defaultValue = schema?.attribute(name)?.defaultValue { return defaultValue }
        if schema?.attribute(name)?.presence == .computed {
            return unknown("\(instanceAddress).\(name) is computed by the provider")
        }
        if resource.mode == .data {
            return unknown("\(instanceAddress).\(name) is read from the provider when the data source is read")
        }
        return unknown("\(instanceAddress).\(name) is not set in the configuration, so the provider decides its value")
    }

    /// An instance as an object: configured arguments, nested blocks as lists of objects, the
    /// schema's other attributes (defaults, or unknowns) and `id`.
    func instanceObject(_ resource: ResourceDeclaration, _ instance: ExpandedInstance) -> Value {
        let instanceAddress = prefix + resource.address + instance.key.description
        guard case .evaluated(let result) = instanceResult(resource, instance) else {
            return .unknown(
                Unknown(
                    reason: "\(instanceAddress) is part of a reference cycle", range: resource.block.range,
                    refersTo: instanceAddress))
        }
        var fields = result.attributes.mapValues(\.value)
        for block in result.blocks {
            fields[block.type, default: .list([])] = .list((fields[block.type]?.listValue ?? []) + [blockObject(block)])
        }
        let schema = evaluation.provider.schema(for: resource.mode, type: resource.type)
        let range = resource.block.range
        for attribute in schema?.attributes ?? [] where fields[attribute.name] == nil {
            fields[attribute.name] = attributeValue(resource, instance, attribute.name, range: range)
        }
        for block in schema?.blocks ?? [] where fields[block.name] == nil { fields[block.name] = .list([]) }
        fields["id"] = attributeValue(resource, instance, "id", range: range)
        return .object(fields)
    }

    /// A resource with `count` as a list of instance objects, with `for_each` as an object of them.
    private func collectionValue(_ resource: ResourceDeclaration, _ expansion: Expansion) -> Value {
        if case .forEach = expansion.kind {
            var fields: [String: Value] = [:]
            for instance in expansion.instances {
                if case .string(let key) = instance.key { fields[key] = instanceObject(resource, instance) }
            }
            return .object(fields)
        }
        return .list(expansion.instances.map { instanceObject(resource, $0) })
    }

    /// A nested block as an object of its arguments and its own nested blocks (lists).
    func blockObject(_ block: EvaluatedBlock) -> Value {
        var fields = block.attributes.mapValues(\.value)
        for nested in block.blocks {
            fields[nested.type] = .list((fields[nested.type]?.listValue ?? []) + [blockObject(nested)])
        }
        return .object(fields)
    }

    // MARK: Expansion and evaluation, cached

    func resourceExpansion(_ resource: ResourceDeclaration) -> Expansion {
        if let cached = expansions[resource.address] { return cached }
        let expansion = evaluation.guarded(
            prefix + resource.address, range: resource.nameRange, onCycle: Expansion.unknown
        ) {
            self.expansion(count: resource.count, forEach: resource.forEach, address: prefix + resource.address)
        }
        expansions[resource.address] = expansion
        return expansion
    }

    /// The evaluated body of an instance, or the unknown of the cycle it is part of.
    func instanceResult(_ resource: ResourceDeclaration, _ instance: ExpandedInstance) -> InstanceOutcome {
        let key = prefix + resource.address + instance.key.description
        if let cached = instanceResults[key] { return .evaluated(cached) }
        return evaluation.guarded(key, range: resource.nameRange, onCycle: InstanceOutcome.cycle) {
            let result = evaluateBody(
                resource.block.body, bindings: instance.bindings,
                excludedAttributes: ["count", "for_each", "depends_on", "provider"],
                excludedBlocks: ["lifecycle", "provisioner", "connection"])
            instanceResults[key] = result
            return .evaluated(result)
        }
    }

    // MARK: Listing

    /// Every instance of every resource and data source of this module instance.
    func resourceInstances() -> [ResourceInstance] {
        var result: [ResourceInstance] = []
        for resource in module.resources {
            let expansion = resourceExpansion(resource)
            for instance in expansion.instances {
                _ = evaluation.budget.spend(EvaluationBudget.instanceCost)
                var evaluated = InstanceResult(attributes: [:], blocks: [])
                if case .evaluated(let result) = instanceResult(resource, instance) { evaluated = result }
                result.append(
                    ResourceInstance(
                        address: prefix + resource.address + instance.key.description,
                        resourceAddress: prefix + resource.address, mode: resource.mode, type: resource.type,
                        name: resource.name, modulePath: address, moduleNames: module.path, instanceKey: instance.key,
                        expansionUnknown: expansion.unknown ?? expansionUnknown, file: resource.block.range.file,
                        range: resource.block.range, typeRange: resource.typeRange, labelRange: resource.nameRange,
                        attributes: evaluated.attributes, blocks: evaluated.blocks, block: resource.block))
            }
        }
        return result
    }
}
