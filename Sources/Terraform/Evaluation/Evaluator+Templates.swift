import Core
import Syntax

extension Evaluator {
    /// A template's string; a template that is exactly one interpolation yields that value as is.
    mutating func evaluateTemplate(_ parts: [TemplatePart], range: SourceRange) -> Value {
        if parts.count == 1, case .interpolation(let expression) = parts[0] {
            return evaluate(expression)
        }
        if parts.allSatisfy(\.isTextOrInterpolation) { return evaluatePieces(parts, range: range) }
        var unknown: Unknown?
        var failed = false
        let text = render(parts, unknown: &unknown, failed: &failed)
        if let unknown { return .unknown(unknown) }
        if failed { return .unknown(Unknown(reason: "the template could not be evaluated", range: range)) }
        return .string(text)
    }

    /// A template of text and interpolations only: its string, or an unknown that keeps the
    /// known text and marks where the unknown values go (`Unknown.template`).
    private mutating func evaluatePieces(_ parts: [TemplatePart], range: SourceRange) -> Value {
        var text = ""
        // The pieces are kept from the first unknown value on: most templates have none.
        var pieces: [TemplatePiece]?
        var unknown: Unknown?
        var failed = false
        for part in parts {
            guard !tooLong(text, failed: &failed, at: part) else { break }
            switch part {
            case .literal(let literal, _):
                text += literal
                pieces?.append(.text(literal))
            case .interpolation(let expression):
                let value = evaluate(expression)
                if case .unknown(let inner) = value {
                    if unknown == nil {
                        unknown = inner
                        pieces = text.isEmpty ? [] : [.text(text)]
                    }
                    pieces?.append(.unknown(inner.reason))
                } else {
                    let rendered = string(of: value, at: expression, failed: &failed)
                    text += rendered
                    pieces?.append(.text(rendered))
                }
            case .conditional, .loop: continue
            }
        }
        if var unknown {
            unknown.template = Self.merged(pieces ?? [])
            return .unknown(unknown)
        }
        if failed { return .unknown(Unknown(reason: "the template could not be evaluated", range: range)) }
        return .string(text)
    }

    /// Adjacent text pieces joined.
    private static func merged(_ pieces: [TemplatePiece]) -> [TemplatePiece] {
        var merged: [TemplatePiece] = []
        for piece in pieces {
            if case .text(let next) = piece, case .text(let previous)? = merged.last {
                merged[merged.count - 1] = .text(previous + next)
            } else {
                merged.append(piece)
            }
        }
        return merged
    }

    private mutating func render(_ parts: [TemplatePart], unknown: inout Unknown?, failed: inout Bool) -> String {
        var text = ""
        for part in parts {
            guard !tooLong(text, failed: &failed, at: part) else { return "" }
            switch part {
            case .literal(let literal, _):
                text += literal
            case .interpolation(let expression):
                text += interpolate(expression, unknown: &unknown, failed: &failed)
            case .conditional(let condition, let then, let otherwise, _):
                let test = evaluate(condition)
                switch test {
                case .unknown(let value): unknown = unknown ?? value
                case .bool(let flag): text += render(flag ? then : otherwise, unknown: &unknown, failed: &failed)
                default:
                    failed = true
                    diagnostics.append(
                        .error(
                            "Incorrect condition type",
                            detail: "the condition of an if directive must be a bool, not \(test.typeName)",
                            at: condition.range))
                }
            case .loop(let keyVariable, let valueVariable, let collection, let body, _):
                text += renderLoop(
                    keyVariable: keyVariable, valueVariable: valueVariable, collection: collection, body: body,
                    unknown: &unknown, failed: &failed)
            }
        }
        return text
    }

    private mutating func interpolate(_ expression: Expression, unknown: inout Unknown?, failed: inout Bool) -> String {
        let value = evaluate(expression)
        if case .unknown(let value) = value {
            unknown = unknown ?? value
            return ""
        }
        return string(of: value, at: expression, failed: &failed)
    }

    /// The text a known interpolated value adds; null, lists and objects are errors.
    private mutating func string(of value: Value, at expression: Expression, failed: inout Bool) -> String {
        switch value {
        case .unknown:
            return ""
        case .null:
            failed = true
            diagnostics.append(
                .error(
                    "Invalid template interpolation value",
                    detail: "the expression result is null; a string template cannot include null",
                    at: expression.range))
            return ""
        case .list, .object:
            failed = true
            diagnostics.append(
                .error(
                    "Invalid template interpolation value",
                    detail:
                        "a string template cannot include a \(value.typeName); use jsonencode() or join() to make a string",
                    at: expression.range))
            return ""
        default:
            return value.stringValue ?? ""
        }
    }

    private mutating func renderLoop(
        keyVariable: String?, valueVariable: String, collection: Expression, body: [TemplatePart],
        unknown: inout Unknown?, failed: inout Bool
    ) -> String {
        let value = evaluate(collection)
        let pairs: [(Value, Value)]
        switch value {
        case .unknown(let value):
            unknown = unknown ?? value
            return ""
        case .list(let items): pairs = items.enumerated().map { (.number(Double($0.offset)), $0.element) }
        case .object(let fields): pairs = fields.keys.sorted().map { (.string($0), fields[$0] ?? .null) }
        default:
            failed = true
            diagnostics.append(
                .error(
                    "Invalid for directive", detail: "a for directive needs a list or a map, not \(value.typeName)",
                    at: collection.range))
            return ""
        }
        let saved = context
        defer { context = saved }
        var text = ""
        for (key, element) in pairs {
            context = saved.binding(valueVariable, to: element)
            if let keyVariable { context.variables[keyVariable] = key }
            text += render(body, unknown: &unknown, failed: &failed)
            guard !tooLong(text, failed: &failed, at: body.first) else { return "" }
        }
        return text
    }

    /// Whether the text rendered so far passes the budget's text limit; reports it when it does.
    private mutating func tooLong(_ text: String, failed: inout Bool, at part: TemplatePart?) -> Bool {
        guard text.utf8.count > EvaluationBudget.maximumTextBytes else { return false }
        if !failed {
            failed = true
            diagnostics.append(
                .error(
                    "Value too large",
                    detail:
                        "the template renders more than \(EvaluationBudget.maximumTextBytes >> 20) MB of text; scopecheck stops there to bound its memory (see docs/hardening.md)",
                    at: part?.sourceRange))
        }
        return true
    }
}

extension TemplatePart {
    /// Whether the part is literal text or an interpolation (not a directive).
    fileprivate var isTextOrInterpolation: Bool {
        switch self {
        case .literal, .interpolation: true
        case .conditional, .loop: false
        }
    }

    /// Where the part is written.
    fileprivate var sourceRange: SourceRange {
        switch self {
        case .literal(_, let range): range
        case .interpolation(let expression): expression.range
        case .conditional(_, _, _, let range): range
        case .loop(_, _, _, _, let range): range
        }
    }
}
