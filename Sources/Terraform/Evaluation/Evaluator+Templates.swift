import Core
import Syntax

extension Evaluator {
    /// A template's string; a template that is exactly one interpolation yields that value as is.
    mutating func evaluateTemplate(_ parts: [TemplatePart], range: SourceRange) -> Value {
        if parts.count == 1, case .interpolation(let expression) = parts[0] {
            return evaluate(expression)
        }
        var unknown: Unknown?
        var failed = false
        let text = render(parts, unknown: &unknown, failed: &failed)
        if let unknown { return .unknown(unknown) }
        if failed { return .unknown(Unknown(reason: "the template could not be evaluated", range: range)) }
        return .string(text)
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
        switch value {
        case .unknown(let value):
            unknown = unknown ?? value
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
