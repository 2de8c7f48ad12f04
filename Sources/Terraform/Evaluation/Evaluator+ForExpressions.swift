import Core
import Syntax

extension Evaluator {
    /// `[for k, v in collection : value if condition]` and the object form with optional grouping.
    mutating func evaluateFor(_ expression: ForExpression, range: SourceRange) -> Value {
        let collection = evaluate(expression.collection)
        let pairs: [(key: Value, value: Value)]
        switch collection {
        case .unknown: return collection
        case .null:
            return fail(
                "Iteration over null value", "a for expression cannot iterate over null", expression.collection.range)
        case .list(let items): pairs = items.enumerated().map { (.number(Double($0.offset)), $0.element) }
        case .object(let fields): pairs = fields.keys.sorted().map { (.string($0), fields[$0] ?? .null) }
        default:
            return fail(
                "Iteration over non-iterable value",
                "a for expression needs a list, set, map or object, not \(collection.typeName)",
                expression.collection.range)
        }
        let saved = context
        defer { context = saved }
        var elements: [Value] = []
        var fields: [String: Value] = [:]
        var groups: [String: [Value]] = [:]
        for pair in pairs {
            context = saved.binding(expression.valueVariable, to: pair.value)
            if let keyVariable = expression.keyVariable { context.variables[keyVariable] = pair.key }
            if let condition = expression.condition {
                let test = evaluate(condition)
                if case .unknown = test { return test }
                guard let keep = boolOperand(test) else {
                    return fail(
                        "Invalid for expression condition", "the condition must be a bool, not \(test.typeName)",
                        condition.range)
                }
                if !keep { continue }
            }
            guard let keyExpression = expression.keyExpression else {
                elements.append(evaluate(expression.valueExpression))
                continue
            }
            let key = evaluate(keyExpression)
            if case .unknown = key { return key }
            guard key != .null, let name = key.stringValue else {
                return fail(
                    "Invalid object key", "the key of a for expression must be a string, not \(key.typeName)",
                    keyExpression.range)
            }
            let value = evaluate(expression.valueExpression)
            if expression.grouping {
                groups[name, default: []].append(value)
            } else if fields[name] != nil {
                return fail(
                    "Duplicate object key",
                    "two elements produced the key \"\(name)\"; add ... after the value expression to group them",
                    keyExpression.range)
            } else {
                fields[name] = value
            }
        }
        if expression.keyExpression == nil { return .list(elements) }
        if expression.grouping { return .object(groups.mapValues(Value.list)) }
        return .object(fields)
    }
}
