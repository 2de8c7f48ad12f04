import Core
import Syntax

/// Builds the `ResourceInstance` of one plan entry so that the rules read it exactly as they
/// read an instance evaluated from HCL: configured arguments as attributes, nested blocks as
/// `EvaluatedBlock`s, references to other resources as unknowns that say which object they
/// point at. With the HCL instance of the same address, every range (and the expressions, for
/// element ranges) comes from the source; without it, everything points at the instance's
/// `"address"` in the plan file.
struct PlanInstanceBuilder: Sendable {
    let schema: ProviderSchema
    let configuration: PlanConfigModule
    let resolver: PlanReferenceResolver
    /// The planned `id` of every instance, by address.
    let ids: [String: Value]
    /// Instance addresses by known `id`, for ids whose configuration reference is not known.
    let addressesByID: [String: String]

    init(schema: ProviderSchema, configuration: PlanConfigModule, entries: [PlanInstanceEntry]) {
        self.schema = schema
        self.configuration = configuration
        resolver = PlanReferenceResolver(configuration: configuration, addresses: entries.map(\.address))
        var ids: [String: Value] = [:]
        var addressesByID: [String: String] = [:]
        var repeated = Set<String>()
        for entry in entries {
            let id = PlanValueReader.value(
                entry.values?["id"], unknown: entry.unknown?["id"], path: entry.address.address + ".id",
                range: entry.addressRange)
            ids[entry.address.address] = id
            guard case .string(let text) = id else { continue }
            if addressesByID.updateValue(entry.address.address, forKey: text) != nil { repeated.insert(text) }
        }
        for text in repeated { addressesByID[text] = nil }
        self.ids = ids
        self.addressesByID = addressesByID
    }

    /// The deepest nesting of blocks read (the provider's deepest is four: permission policy
    /// conditions, terms, operands); deeper blocks are left out with a warning.
    static let maximumBlockDepth = 16

    /// The instance for `entry`, located in `hcl` when given, and the problems met building it.
    func instance(_ entry: PlanInstanceEntry, hcl: ResourceInstance?) -> (ResourceInstance, [Diagnostic]) {
        let address = entry.address
        let fallback = hcl?.labelRange ?? entry.addressRange
        let sources = BodySources(
            values: entry.values, unknown: entry.unknown, sensitive: entry.sensitive,
            expressions: configuration.module(at: address.module.names)?.resources[address.localAddress],
            hclAttributes: hcl?.attributes, hclBlocks: hcl?.blocks,
            schema: schema.schema(for: address.mode, type: address.type), path: address.address, fallback: fallback,
            depth: 0)
        var diagnostics: [Diagnostic] = []
        let (attributes, blocks) = body(sources, module: address.module, key: address.key, diagnostics: &diagnostics)
        let range = entry.addressRange
        let block =
            hcl?.block
            ?? Block(
                type: address.mode == .data ? "data" : "resource", typeRange: range,
                labels: [BlockLabel(value: address.type, range: range), BlockLabel(value: address.name, range: range)],
                body: Body(range: range), range: range)
        let instance = ResourceInstance(
            address: address.address, resourceAddress: address.resourceAddress, mode: address.mode, type: address.type,
            name: address.name, modulePath: address.module.address, moduleNames: address.module.names,
            instanceKey: address.key, expansionUnknown: nil, file: hcl?.file ?? range.file, range: hcl?.range ?? range,
            typeRange: hcl?.typeRange ?? range, labelRange: fallback, attributes: attributes, blocks: blocks,
            block: block, isWritten: hcl != nil)
        return (instance, diagnostics)
    }

    /// What is known about one body (a resource or a nested block) from each source.
    private struct BodySources {
        var values: JSONNode?
        var unknown: JSONNode?
        var sensitive: JSONNode?
        /// The configuration's block-expressions object.
        var expressions: JSONNode?
        var hclAttributes: [String: EvaluatedAttribute]?
        var hclBlocks: [EvaluatedBlock]?
        var schema: BlockSchema?
        /// Names the body in unknown reasons: `genesyscloud_oauth_client.x.roles`.
        var path: String
        /// Where to point when the HCL has no better range.
        var fallback: SourceRange
        /// How many blocks this body is nested in.
        var depth: Int
    }

    private func body(
        _ sources: BodySources, module: ModuleInstancePath, key: InstanceKey, diagnostics: inout [Diagnostic]
    ) -> (attributes: [String: EvaluatedAttribute], blocks: [EvaluatedBlock]) {
        let blockNames = blockNames(sources)
        var attributes: [String: EvaluatedAttribute] = [:]
        for name in attributeNames(sources, excluding: blockNames) {
            attributes[name] = attribute(name, sources, module: module, key: key)
        }
        guard sources.depth < Self.maximumBlockDepth else {
            if blockNames.contains(where: { sources.values?[$0] != nil || sources.unknown?[$0] != nil }) {
                diagnostics.append(
                    .warning(
                        "Blocks nested too deep",
                        detail: "blocks below \(sources.path) (more than \(Self.maximumBlockDepth) deep) are not read",
                        at: sources.fallback))
            }
            return (attributes, [])
        }
        var blocks: [EvaluatedBlock] = []
        for name in blockNames {
            blocks += self.blocks(name, sources, module: module, key: key, diagnostics: &diagnostics)
        }
        return (attributes, blocks)
    }

    /// Nested block types: the schema's, the configuration's (arrays of block expressions) and
    /// the HCL's, HCL source order first.
    private func blockNames(_ sources: BodySources) -> [String] {
        var names: [String] = []
        for block in sources.hclBlocks ?? [] where !names.contains(block.type) { names.append(block.type) }
        var others = Set(sources.schema?.blocks.map(\.name) ?? [])
        for member in sources.expressions?.objectMembers ?? [] where member.value.arrayValue != nil {
            others.insert(member.key)
        }
        return names + others.subtracting(names).sorted()
    }

    /// The configured arguments: the HCL's; else the configuration's; else every non-null value
    /// but `id` and the schema's computed attributes.
    private func attributeNames(_ sources: BodySources, excluding blocks: [String]) -> [String] {
        if let hcl = sources.hclAttributes { return hcl.keys.sorted() }
        if let members = sources.expressions?.objectMembers {
            return members.map(\.key).filter { !blocks.contains($0) }.sorted()
        }
        let computed = Set(sources.schema?.attributes.filter { $0.presence == .computed }.map(\.name) ?? [])
        var names = Set<String>()
        for member in sources.values?.objectMembers ?? [] where !member.value.isNull { names.insert(member.key) }
        for member in sources.unknown?.objectMembers ?? [] where PlanValueReader.containsTrue(member.value) {
            names.insert(member.key)
        }
        return names.subtracting(blocks).subtracting(computed).subtracting(["id"]).sorted()
    }

    private func attribute(_ name: String, _ sources: BodySources, module: ModuleInstancePath, key: InstanceKey)
        -> EvaluatedAttribute
    {
        let hcl = sources.hclAttributes?[name]
        let range = hcl?.range ?? sources.fallback
        let planned = PlanValueReader.value(
            sources.values?[name], unknown: sources.unknown?[name], path: "\(sources.path).\(name)", range: range)
        var value = resolved(
            planned, name: name, expression: sources.expressions?[name], range: range, module: module, key: key)
        var expression = hcl?.expression ?? Expression(.literal(value), range: range)
        if let hcl, case .list(let items) = value, case .tuple = hcl.expression.kind {
            if case .list(let order) = hcl.value, let aligned = PlanMatching.align(items, to: order) {
                value = .list(aligned)
            } else {
                expression = Expression(.literal(value), range: range)
            }
        }
        return EvaluatedAttribute(
            name: name, value: value, range: range, nameRange: hcl?.nameRange ?? range, expression: expression,
            sensitive: PlanValueReader.containsTrue(sources.sensitive?[name]) || hcl?.sensitive == true)
    }

    /// The blocks of type `name`, each paired with its configuration block and HCL block, in
    /// source order when the source is known.
    private func blocks(
        _ name: String, _ sources: BodySources, module: ModuleInstancePath, key: InstanceKey,
        diagnostics: inout [Diagnostic]
    ) -> [EvaluatedBlock] {
        let hclBlocks = (sources.hclBlocks ?? []).filter { $0.type == name }
        let fallback = hclBlocks.first?.range ?? sources.fallback
        let path = "\(sources.path).\(name)"
        let unknown = sources.unknown?[name]
        if unknown?.boolValue == true {
            let reason = Unknown(reason: "\(path) is known after apply", range: fallback)
            return [
                EvaluatedBlock(
                    type: name, labels: [], attributes: [:], blocks: [], range: fallback,
                    typeRange: hclBlocks.first?.typeRange ?? fallback,
                    block: hclBlocks.first?.block ?? Self.syntheticBlock(name, at: fallback),
                    dynamicExpansion: .unknown(reason))
            ]
        }
        let node = sources.values?[name]
        let elements: [JSONNode] =
            if let array = node?.arrayValue {
                array
            } else if let node, node.objectMembers != nil {
                [node]
            } else {
                []
            }
        let configBlocks = sources.expressions?[name]?.arrayValue ?? []
        let configPairs = PlanMatching.pair(Array(elements.indices), with: configBlocks) { index, config in
            constantsAgree(elements[index], config)
        }
        let known: [[String: Value]] = elements.indices.map { index in
            var fields: [String: Value] = [:]
            for member in elements[index].objectMembers ?? [] {
                let planned = PlanValueReader.value(
                    member.value, unknown: unknown?[index]?[member.key], path: "\(path).\(member.key)", range: fallback)
                let expression = configPairs[index].flatMap { configBlocks[$0][member.key] }
                fields[member.key] = resolved(
                    planned, name: member.key, expression: expression, range: fallback, module: module, key: key)
            }
            return fields
        }
        let hclPairs = PlanMatching.pair(known, with: hclBlocks) { fields, block in
            PlanMatching.consistent(fields, block.attributes.mapValues(\.value))
        }
        let childSchema = sources.schema?.block(name)?.body
        let built: [(order: [Int], block: EvaluatedBlock)] = elements.indices.map { index in
            let hcl = hclPairs[index].map { hclBlocks[$0] }
            let range = hcl?.range ?? fallback
            let child = BodySources(
                values: elements[index], unknown: unknown?[index], sensitive: sources.sensitive?[name]?[index],
                expressions: configPairs[index].map { configBlocks[$0] }, hclAttributes: hcl?.attributes,
                hclBlocks: hcl?.blocks, schema: childSchema, path: path, fallback: range, depth: sources.depth + 1)
            let (attributes, blocks) = body(child, module: module, key: key, diagnostics: &diagnostics)
            let block = EvaluatedBlock(
                type: name, labels: hcl?.labels ?? [], attributes: attributes, blocks: blocks, range: range,
                typeRange: hcl?.typeRange ?? range, block: hcl?.block ?? Self.syntheticBlock(name, at: range),
                dynamicExpansion: hcl?.dynamicExpansion)
            return ([hclPairs[index] ?? Int.max, configPairs[index] ?? Int.max, index], block)
        }
        return built.sorted { $0.order.lexicographicallyPrecedes($1.order) }.map(\.block)
    }

    /// Whether the constant values of a configuration block agree with a planned element.
    private func constantsAgree(_ element: JSONNode, _ config: JSONNode) -> Bool {
        (config.objectMembers ?? []).allSatisfy { member in
            guard let constant = member.value["constant_value"], let planned = element[member.key] else { return true }
            return planned.isNull || PlanMatching.consistent(planned.value, constant.value)
        }
    }

    /// `value` with what its configuration expression references: an unknown learns the object
    /// it comes from; a known id of another instance becomes a reference to that instance, as
    /// `x.id` is in the HCL analysis (ids are assigned by the provider).
    private func resolved(
        _ value: Value, name: String, expression: JSONNode?, range: SourceRange, module: ModuleInstancePath,
        key: InstanceKey
    ) -> Value {
        let target = resolver.target(of: expression, in: module, ownKey: key)
        switch value {
        case .unknown(var unknown) where unknown.refersTo == nil:
            guard let target else { return value }
            unknown.refersTo = target.address
            unknown.attribute = target.attribute
            unknown.reason += " (it is \(target.address)\(target.attribute.map { "." + $0 } ?? ""))"
            return .unknown(unknown)
        case .string(let text):
            let address: String?
            if let target {
                // `x[count.index].id` is written `["x", "count.index"]`: no attribute, so the id
                // must match; `x.id` may also be an id assigned only after apply.
                let planned = ids[target.address]
                let sameID =
                    planned == value || (target.attribute == "id" && (planned?.firstUnknown != nil || planned == nil))
                address = (target.attribute == "id" || target.attribute == nil) && sameID ? target.address : nil
            } else {
                address = name.hasSuffix("_id") ? addressesByID[text] : nil
            }
            guard let address else { return value }
            return .unknown(
                Unknown(
                    reason: "\(address).id is assigned by the provider (\"\(text)\" in the plan)", range: range,
                    refersTo: address, attribute: "id"))
        default:
            return value
        }
    }

    /// A stand-in for a block that has no source: an empty body at `range`.
    static func syntheticBlock(_ type: String, at range: SourceRange) -> Block {
        Block(type: type, typeRange: range, labels: [], body: Body(range: range), range: range)
    }
}
