@testable import Syntax

/// Renders syntax trees as compact S-expressions so tests can assert whole structures exactly.
///
/// `name` variable, `*` splat item, `"text"` string, `1.5` number, `(. x name)` attribute,
/// `([] x key)` index, `(splat source each)`, `(tuple ...)`, `(object (key value) ...)`,
/// `(call name args... [...])`, `(? c t f)`, `(! x)`, `(neg x)`, `(+ a b)`, `(paren x)`,
/// `(for key? value collection [key =>] value [...] [if c])`,
/// `(template part...)` with parts `"text"`, `(${ x)`, `(%if c (then...) (else...))`,
/// `(%for key? value collection (body...))`.
enum SExpression {
    static func render(_ expression: Expression) -> String {
        switch expression.kind {
        case .literal(let value): return render(value)
        case .template(let parts): return "(template" + parts.map { " " + render($0) }.joined() + ")"
        case .variable(let name): return name
        case .getAttribute(let source, let name): return "(. \(render(source)) \(name))"
        case .index(let source, let key): return "([] \(render(source)) \(render(key)))"
        case .splat(let source, let each): return "(splat \(render(source)) \(render(each)))"
        case .splatItem: return "*"
        case .tuple(let items): return "(tuple" + items.map { " " + render($0) }.joined() + ")"
        case .object(let items):
            return "(object" + items.map { " (\(render($0.key)) \(render($0.value)))" }.joined() + ")"
        case .functionCall(let name, let arguments, let expandFinal):
            return "(call \(name)" + arguments.map { " " + render($0) }.joined() + (expandFinal ? " ...)" : ")")
        case .conditional(let condition, let whenTrue, let whenFalse):
            return "(? \(render(condition)) \(render(whenTrue)) \(render(whenFalse)))"
        case .unary(let op, let operand): return "(\(op == .not ? "!" : "neg") \(render(operand)))"
        case .binary(let op, let left, let right): return "(\(op.rawValue) \(render(left)) \(render(right)))"
        case .parenthesized(let inner): return "(paren \(render(inner)))"
        case .forExpression(let loop):
            var text = "(for"
            if let key = loop.keyVariable { text += " \(key)" }
            text += " \(loop.valueVariable) \(render(loop.collection))"
            if let key = loop.keyExpression { text += " \(render(key)) =>" }
            text += " \(render(loop.valueExpression))"
            if loop.grouping { text += " ..." }
            if let condition = loop.condition { text += " if \(render(condition))" }
            return text + ")"
        }
    }

    static func render(_ part: TemplatePart) -> String {
        switch part {
        case .literal(let text, _): return quote(text)
        case .interpolation(let expression): return "(${ \(render(expression)))"
        case .conditional(let condition, let then, let otherwise, _):
            return "(%if \(render(condition)) (then\(list(then))) (else\(list(otherwise))))"
        case .loop(let key, let value, let collection, let body, _):
            let names = key.map { "\($0) \(value)" } ?? value
            return "(%for \(names) \(render(collection)) (body\(list(body))))"
        }
    }

    static func render(_ value: Value) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .number(let number): Value.format(number)
        case .string(let text): quote(text)
        case .unknown: "invalid"
        case .list(let items): "[" + items.map(render).joined(separator: " ") + "]"
        case .object(let fields):
            "{" + fields.keys.sorted().map { "\($0)=\(render(fields[$0] ?? .null))" }.joined(separator: " ") + "}"
        }
    }

    private static func list(_ parts: [TemplatePart]) -> String {
        parts.map { " " + render($0) }.joined()
    }

    private static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
