import Core
import Syntax

extension ModuleInstanceScope {
    /// Evaluates every argument and nested block of `body` with `bindings`; `dynamic` blocks are
    /// expanded into the blocks they generate.
    func evaluateBody(
        _ body: Body, bindings: [String: Value], excludedAttributes: Set<String> = [], excludedBlocks: Set<String> = []
    ) -> InstanceResult {
        var attributes: [String: EvaluatedAttribute] = [:]
        for attribute in body.attributes where !excludedAttributes.contains(attribute.name) {
            guard attributes[attribute.name] == nil else { continue }
            attributes[attribute.name] = EvaluatedAttribute(
                name: attribute.name, value: evaluate(attribute.expression, bindings: bindings),
                range: attribute.expression.range, nameRange: attribute.nameRange, expression: attribute.expression,
                sensitive: sensitiveNames.isSensitive(attribute.expression))
        }
        var blocks: [EvaluatedBlock] = []
        for block in body.blocks where !excludedBlocks.contains(block.type) {
            if block.type == "dynamic" {
                blocks += expandDynamic(block, bindings: bindings)
                continue
            }
            let nested = evaluateBody(block.body, bindings: bindings)
            blocks.append(
                EvaluatedBlock(
                    type: block.type, labels: block.labels.map(\.value), attributes: nested.attributes,
                    blocks: nested.blocks, range: block.range, typeRange: block.typeRange, block: block))
        }
        return InstanceResult(attributes: attributes, blocks: blocks)
    }

    /// `dynamic "type" { for_each = ..., iterator = name, labels = [...], content { ... } }`: one
    /// block of `type` per element when the collection is known, a single block marked unknown
    /// otherwise.
    private func expandDynamic(_ block: Block, bindings: [String: Value]) -> [EvaluatedBlock] {
        guard block.labels.count == 1, let typeLabel = block.labels.first else {
            report(
                "Invalid dynamic block", "a dynamic block needs exactly one label: the type of the blocks it generates",
                block.typeRange)
            return []
        }
        let body = block.body
        guard let forEach = body.attribute("for_each") else {
            report("Missing required argument", "a dynamic block needs a for_each argument", block.range)
            return []
        }
        let contents = body.blocks(ofType: "content")
        guard contents.count == 1, let content = contents.first else {
            report(
                contents.isEmpty ? "Missing content block" : "Duplicate content block",
                "a dynamic block needs exactly one content block", contents.dropFirst().first?.typeRange ?? block.range)
            return []
        }
        var iterator = typeLabel.value
        if let iteratorAttribute = body.attribute("iterator") {
            guard case .variable(let name) = iteratorAttribute.expression.kind else {
                report(
                    "Invalid dynamic iterator name", "the iterator must be a plain name",
                    iteratorAttribute.expression.range)
                return []
            }
            iterator = name
        }
        let collection = evaluate(forEach.expression, bindings: bindings)
        let pairs: [(key: Value, value: Value)]
        switch collection {
        case .unknown(let unknown):
            let value = Value.unknown(unknown)
            return [
                generatedBlock(
                    typeLabel, block, content, bindings: bindings, iterator: iterator, key: value, value: value,
                    expansion: .unknown(unknown))
            ]
        case .list(let items): pairs = items.enumerated().map { (.number(Double($0.offset)), $0.element) }
        case .object(let fields): pairs = fields.keys.sorted().map { (.string($0), fields[$0] ?? .null) }
        default:
            report(
                "Invalid dynamic for_each value", "for_each must be a list, set or map, not \(collection.typeName)",
                forEach.expression.range)
            return []
        }
        return pairs.map { pair in
            generatedBlock(
                typeLabel, block, content, bindings: bindings, iterator: iterator, key: pair.key, value: pair.value,
                expansion: .element(key: pair.key))
        }
    }

    private func generatedBlock(
        _ typeLabel: BlockLabel, _ block: Block, _ content: Block, bindings: [String: Value], iterator: String,
        key: Value, value: Value, expansion: DynamicExpansion
    ) -> EvaluatedBlock {
        var inner = bindings
        inner[iterator] = .object(["key": key, "value": value])
        var labels: [String] = []
        if let labelsAttribute = block.body.attribute("labels") {
            let labelValues = evaluate(labelsAttribute.expression, bindings: inner)
            labels = labelValues.listValue?.compactMap(\.stringValue) ?? []
        }
        let nested = evaluateBody(content.body, bindings: inner)
        return EvaluatedBlock(
            type: typeLabel.value, labels: labels, attributes: nested.attributes, blocks: nested.blocks,
            range: block.range,
            typeRange: typeLabel.range, block: block, dynamicExpansion: expansion)
    }

    private func report(_ summary: String, _ detail: String, _ range: SourceRange) {
        evaluation.report([.error(summary, detail: detail, at: range)])
    }
}
