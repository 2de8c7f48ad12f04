import Core

/// Reads HCL's JSON syntax (`.tf.json`, `.tfvars.json`) into the same `HCLFile` model the
/// native parser produces, with every node's range taken from the JSON source.
///
/// Rules (HCL JSON specification): a body is a JSON object; a property named in the body schema
/// is a block whose labels are the keys of as many nested objects, and whose body may be an object
/// or an array of objects (one block each); every other property is an attribute. Strings are
/// templates (`${...}` interpolations); properties named `//` in bodies are comments.
public enum JSONSyntaxParser {
    /// Parses a configuration file whose root body follows `schema`.
    public static func parseFile(bytes: [UInt8], path: String, schema: JSONBodySchema) -> HCLFile {
        let document = JSONDocument.parse(bytes: bytes, path: path)
        guard let root = document.root else {
            return HCLFile(
                source: SourceFile(path: path, bytes: bytes), body: Body(range: .wholeFile(path)),
                diagnostics: document.diagnostics)
        }
        var reader = JSONSyntaxReader(path: path, templates: true)
        let body = reader.body(root, schema: schema, context: "the root of the file")
        return HCLFile(source: SourceFile(path: path, bytes: bytes), body: body, diagnostics: reader.diagnostics)
    }

    /// Parses a file of attributes only, as `.tfvars.json`: Terraform reads variable values
    /// without an evaluation context, so strings are literal text, never templates.
    public static func parseAttributesFile(bytes: [UInt8], path: String) -> HCLFile {
        let document = JSONDocument.parse(bytes: bytes, path: path)
        guard let root = document.root else {
            return HCLFile(
                source: SourceFile(path: path, bytes: bytes), body: Body(range: .wholeFile(path)),
                diagnostics: document.diagnostics)
        }
        var reader = JSONSyntaxReader(path: path, templates: false)
        let body = reader.body(root, schema: .attributesOnly, context: "the root of the file")
        return HCLFile(source: SourceFile(path: path, bytes: bytes), body: body, diagnostics: reader.diagnostics)
    }
}

/// The conversion of one document, collecting diagnostics.
struct JSONSyntaxReader {
    let path: String
    /// Whether strings are templates (configuration) or literal text (variable files).
    let templates: Bool
    var diagnostics: [Diagnostic] = []

    // MARK: Bodies and blocks

    mutating func body(_ node: JSONNode, schema: JSONBodySchema, context: String) -> Body {
        guard let members = node.objectMembers else {
            diagnostics.append(
                .error(
                    "Incorrect JSON value type",
                    detail: "\(context) must be a JSON object of arguments and blocks, not \(article(node.kindName))",
                    at: node.range))
            return Body(range: node.range)
        }
        var result = Body(range: node.range)
        var seenAttributes: [String: SourceRange] = [:]
        for member in members where member.key != "//" {
            if let blockSchema = schema.blocks[member.key] {
                let typeRange = member.keyRange
                result.blocks += blocks(
                    type: member.key, typeRange: typeRange, labels: [], node: member.value, schema: blockSchema)
                continue
            }
            if let previous = seenAttributes[member.key] {
                diagnostics.append(
                    .error(
                        "Duplicate argument",
                        detail: "the argument \"\(member.key)\" was already set at \(previous.description)",
                        at: member.keyRange))
                continue
            }
            seenAttributes[member.key] = member.keyRange
            let isExpression = schema.expressionAttributes.contains(member.key)
            let expression = isExpression ? expressionSource(member.value) : expression(member.value)
            result.attributes.append(
                Attribute(
                    name: member.key, nameRange: member.keyRange, expression: expression,
                    range: member.keyRange.union(member.value.range)))
        }
        return result
    }

    /// The blocks of `type` described by `node`, which holds the labels still missing as nested
    /// object keys, then the body; an array at any level repeats that level.
    private mutating func blocks(
        type: String, typeRange: SourceRange, labels: [BlockLabel], node: JSONNode, schema: JSONBlockSchema
    ) -> [Block] {
        if let elements = node.arrayValue {
            return elements.flatMap {
                blocks(type: type, typeRange: typeRange, labels: labels, node: $0, schema: schema)
            }
        }
        if labels.count == schema.labelCount {
            let blockBody = body(
                node, schema: schema.body(labels.map(\.value)), context: "the body of a \(type) block")
            return [
                Block(
                    type: type, typeRange: typeRange, labels: labels, body: blockBody,
                    range: typeRange.union(node.range))
            ]
        }
        guard let members = node.objectMembers else {
            let missing = schema.labelCount - labels.count
            diagnostics.append(
                .error(
                    "Incorrect JSON value type",
                    detail:
                        "a \(type) block needs \(schema.labelCount) label\(schema.labelCount == 1 ? "" : "s"): a JSON object whose keys are the \(missing == schema.labelCount ? "" : "remaining ")labels is required here, not \(article(node.kindName))",
                    at: node.range))
            return []
        }
        return members.filter { $0.key != "//" }.flatMap { member in
            blocks(
                type: type, typeRange: typeRange,
                labels: labels + [BlockLabel(value: member.key, range: member.keyRange)],
                node: member.value, schema: schema)
        }
    }

    // MARK: Expressions

    /// A JSON value as an expression: strings are templates (or literal text), arrays tuples,
    /// objects object constructors whose keys are templates too.
    mutating func expression(_ node: JSONNode) -> Expression {
        switch node.kind {
        case .null: return Expression(.literal(.null), range: node.range)
        case .bool(let flag): return Expression(.literal(.bool(flag)), range: node.range)
        case .number(let number, _): return Expression(.literal(.number(number)), range: node.range)
        case .string(let text): return template(text, node: node)
        case .array(let elements): return Expression(.tuple(elements.map { expression($0) }), range: node.range)
        case .object(let members):
            let items = members.map { member in
                ObjectItem(key: keyTemplate(member), value: expression(member.value))
            }
            return Expression(.object(items), range: node.range)
        }
    }

    /// A JSON value whose strings are whole expressions (`"type": "list(string)"`).
    private mutating func expressionSource(_ node: JSONNode) -> Expression {
        switch node.kind {
        case .string(let text):
            let (parsed, problems) = HCLParser.parseExpression(text, path: path, start: contentStart(node.range))
            diagnostics += Self.clamped(problems, to: node.range)
            return parsed
        case .array(let elements):
            return Expression(.tuple(elements.map { expressionSource($0) }), range: node.range)
        default:
            return expression(node)
        }
    }

    private mutating func template(_ text: String, node: JSONNode) -> Expression {
        let start = contentStart(node.range)
        guard templates, text.contains("${") || text.contains("%{") else {
            let contentRange = SourceRange(file: path, start: start, end: contentEnd(node.range))
            return Expression(.template([.literal(text, contentRange)]), range: node.range)
        }
        let (parsed, problems) = HCLParser.parseTemplate(text, path: path, start: start)
        diagnostics += Self.clamped(problems, to: node.range)
        return Expression(parsed.kind, range: node.range)
    }

    private mutating func keyTemplate(_ member: JSONMember) -> Expression {
        template(member.key, node: JSONNode(.string(member.key), range: member.keyRange))
    }

    /// `problems` with their ranges kept inside the JSON string they come from. Positions inside
    /// a string are counted over its decoded text, which escapes and replaced invalid bytes make
    /// longer or shorter than the source, so they are approximate and must not leave the string.
    static func clamped(_ problems: [Diagnostic], to range: SourceRange) -> [Diagnostic] {
        func clamp(_ position: SourcePosition) -> SourcePosition {
            if position.byte < range.start.byte { return range.start }
            if position.byte > range.end.byte { return range.end }
            return position
        }
        return problems.map { problem in
            var problem = problem
            if let own = problem.range {
                problem.range = SourceRange(file: own.file, start: clamp(own.start), end: clamp(own.end))
            }
            return problem
        }
    }

    /// The position just inside the opening quote of a string node.
    private func contentStart(_ range: SourceRange) -> SourcePosition {
        SourcePosition(line: range.start.line, column: range.start.column + 1, byte: range.start.byte + 1)
    }

    /// The position of the closing quote of a string node.
    private func contentEnd(_ range: SourceRange) -> SourcePosition {
        SourcePosition(line: range.end.line, column: max(1, range.end.column - 1), byte: max(0, range.end.byte - 1))
    }

    private func article(_ kindName: String) -> String {
        kindName == "array" || kindName == "object" ? "an \(kindName)" : "a \(kindName)"
    }
}
