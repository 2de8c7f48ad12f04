import Core
import Syntax

/// Reading the values overlays allow: literal strings, bools and lists of strings. Anything else
/// (references, function calls, interpolation, numbers) is an error at the value's range, except
/// the parser's placeholder for an expression it could not read, already reported as a syntax error.
enum OverlayLiteral {
    /// The literal string of `attribute`, or nil with an error.
    static func string(_ attribute: Attribute, diagnostics: inout [Diagnostic]) -> String? {
        if let text = attribute.expression.staticString { return text }
        diagnostics.append(contentsOf: invalid(attribute, expected: "a literal string", at: attribute.expression))
        return nil
    }

    /// The literal bool of `attribute`, or nil with an error.
    static func bool(_ attribute: Attribute, diagnostics: inout [Diagnostic]) -> Bool? {
        if case .literal(.bool(let flag)) = attribute.expression.kind { return flag }
        diagnostics.append(contentsOf: invalid(attribute, expected: "true or false", at: attribute.expression))
        return nil
    }

    /// The literal list of strings of `attribute`, each with its range, or nil with an error for
    /// the value or for each element that is not a literal string.
    static func strings(_ attribute: Attribute, diagnostics: inout [Diagnostic]) -> [OverlayString]? {
        guard case .tuple(let elements) = attribute.expression.kind else {
            diagnostics.append(
                contentsOf: invalid(attribute, expected: "a list of literal strings", at: attribute.expression))
            return nil
        }
        var strings: [OverlayString] = []
        var valid = true
        for element in elements {
            if let text = element.staticString {
                strings.append(OverlayString(text, range: element.range))
            } else {
                diagnostics.append(
                    contentsOf: invalid(attribute, expected: "a literal string in the list", at: element))
                valid = false
            }
        }
        return valid ? strings : nil
    }

    /// The error for a value that is not what `attribute` takes; none for a parser placeholder.
    private static func invalid(_ attribute: Attribute, expected: String, at expression: Expression) -> [Diagnostic] {
        if case .literal(.unknown) = expression.kind { return [] }
        return [
            .error(
                "Invalid value for \"\(attribute.name)\"",
                detail:
                    "Expected \(expected), found \(describe(expression)). Overlay values must be written out literally.",
                at: expression.range)
        ]
    }

    /// What an expression is, for messages: `a number`, `a reference`, `a call to upper()`, ...
    static func describe(_ expression: Expression) -> String {
        switch expression.kind {
        case .literal(let value):
            switch value {
            case .null: "null"
            case .bool: "a bool"
            case .number: "a number"
            case .string: "a string"
            case .list: "a list"
            case .object: "an object"
            case .unknown: "an unknown value"
            }
        case .template(let parts):
            parts.allSatisfy { if case .literal = $0 { true } else { false } }
                ? "a string" : "a string with interpolation"
        case .variable, .getAttribute, .index, .splat, .splatItem: "a reference"
        case .tuple: "a list"
        case .object: "an object"
        case .functionCall(let name, _, _): "a call to \(name)()"
        case .conditional: "a conditional expression"
        case .unary, .binary: "an operation"
        case .forExpression: "a for expression"
        case .parenthesized: "a parenthesized expression"
        }
    }
}
