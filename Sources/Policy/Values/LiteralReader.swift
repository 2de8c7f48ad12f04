import Core
import Syntax

/// Reads the static values of policy and config files from their syntax: strings (templates
/// without interpolation), numbers, bools and lists of strings. Anything else (a reference, a
/// function call, an interpolation, an operator) is reported as "<subject> values must be
/// literals"; a literal of the wrong type is reported with the expected type. Problems collect
/// in `diagnostics` and the value read is nil (or, for lists, the good entries only).
public struct LiteralReader: Sendable {
    /// Who the values belong to in messages: `Policy` or `Config`.
    public let subject: String
    public private(set) var diagnostics: [Diagnostic] = []

    public init(subject: String) {
        self.subject = subject
    }

    /// The attribute's value if it is a string.
    public mutating func string(_ attribute: Attribute) -> Located<String>? {
        guard let literal = read(attribute.expression) else { return nil }
        guard case .string(let text) = literal.kind else {
            reportType(of: attribute, expected: "a string", found: literal)
            return nil
        }
        return Located(text, at: literal.range)
    }

    /// The attribute's value if it is a bool.
    public mutating func bool(_ attribute: Attribute) -> Located<Bool>? {
        guard let literal = read(attribute.expression) else { return nil }
        guard case .bool(let flag) = literal.kind else {
            reportType(of: attribute, expected: "a bool (true or false)", found: literal)
            return nil
        }
        return Located(flag, at: literal.range)
    }

    /// The attribute's value if it is a number.
    public mutating func number(_ attribute: Attribute) -> Located<Double>? {
        guard let literal = read(attribute.expression) else { return nil }
        guard case .number(let number) = literal.kind else {
            reportType(of: attribute, expected: "a number", found: literal)
            return nil
        }
        return Located(number, at: literal.range)
    }

    /// The attribute's value if it is a whole number.
    public mutating func integer(_ attribute: Attribute) -> Located<Int>? {
        guard let number = number(attribute) else { return nil }
        guard number.value.rounded() == number.value, abs(number.value) < 1e15 else {
            diagnostics.append(
                .error(
                    "\"\(attribute.name)\" must be a whole number, not \(Value.format(number.value))", at: number.range)
            )
            return nil
        }
        return Located(Int(number.value), at: number.range)
    }

    /// The attribute's strings if it is a list (or tuple) of strings; entries of another kind are
    /// reported and left out.
    public mutating func stringList(_ attribute: Attribute) -> [Located<String>]? {
        guard let literal = read(attribute.expression) else { return nil }
        guard case .list(let elements) = literal.kind else {
            reportType(of: attribute, expected: "a list of strings", found: literal)
            return nil
        }
        return strings(in: elements, of: attribute)
    }

    /// The attribute's strings if it is one string or a list of strings.
    public mutating func stringOrList(_ attribute: Attribute) -> [Located<String>]? {
        guard let literal = read(attribute.expression) else { return nil }
        switch literal.kind {
        case .string(let text): return [Located(text, at: literal.range)]
        case .list(let elements): return strings(in: elements, of: attribute)
        default:
            reportType(of: attribute, expected: "a string or a list of strings", found: literal)
            return nil
        }
    }

    private mutating func strings(in elements: [Expression], of attribute: Attribute) -> [Located<String>] {
        elements.compactMap { element in
            guard let literal = read(element) else { return nil }
            guard case .string(let text) = literal.kind else {
                diagnostics.append(
                    .error(
                        "Each entry of \"\(attribute.name)\" must be a string, not \(literal.kind.typeName)",
                        at: literal.range))
                return nil
            }
            return Located(text, at: literal.range)
        }
    }

    /// A literal read from syntax: its kind and the range of the whole expression.
    private struct Literal {
        enum Kind {
            case string(String)
            case number(Double)
            case bool(Bool)
            case null
            /// Elements are read only when the caller expects a list.
            case list([Expression])
            case object

            var typeName: String {
                switch self {
                case .string: "a string"
                case .number: "a number"
                case .bool: "a bool"
                case .null: "null"
                case .list: "a list"
                case .object: "an object"
                }
            }
        }

        var kind: Kind
        var range: SourceRange
    }

    /// The literal `expression` stands for, or nil (reported) when it is not a literal.
    private mutating func read(_ expression: Expression) -> Literal? {
        var inner = expression
        while case .parenthesized(let wrapped) = inner.kind { inner = wrapped }
        switch inner.kind {
        case .literal(.bool(let flag)): return Literal(kind: .bool(flag), range: expression.range)
        case .literal(.number(let number)): return Literal(kind: .number(number), range: expression.range)
        case .literal(.string(let text)): return Literal(kind: .string(text), range: expression.range)
        case .literal(.null): return Literal(kind: .null, range: expression.range)
        case .unary(.negate, let operand):
            if case .literal(.number(let number)) = operand.kind {
                return Literal(kind: .number(-number), range: expression.range)
            }
        case .template(let parts):
            if let text = Self.text(of: parts) { return Literal(kind: .string(text), range: expression.range) }
        case .tuple(let elements): return Literal(kind: .list(elements), range: expression.range)
        case .object: return Literal(kind: .object, range: expression.range)
        default: break
        }
        diagnostics.append(
            .error(
                "\(subject) values must be literals",
                detail: "This is \(Self.describe(inner)), which is only known to Terraform; write the value itself.",
                at: expression.range))
        return nil
    }

    /// The text of a template made of literal parts only.
    private static func text(of parts: [TemplatePart]) -> String? {
        var text = ""
        for part in parts {
            guard case .literal(let piece, _) = part else { return nil }
            text += piece
        }
        return text
    }

    /// What kind of non-literal expression this is, for the message.
    private static func describe(_ expression: Expression) -> String {
        switch expression.kind {
        case .variable, .getAttribute, .index, .splat, .splatItem: "a reference"
        case .functionCall(let name, _, _): "a call of the function \(name)"
        case .template: "a string with interpolations or directives"
        case .forExpression: "a for expression"
        default: "an expression"
        }
    }

    private mutating func reportType(of attribute: Attribute, expected: String, found literal: Literal) {
        diagnostics.append(
            .error("\"\(attribute.name)\" must be \(expected), not \(literal.kind.typeName)", at: literal.range))
    }
}
