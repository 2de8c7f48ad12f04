import Core
import Syntax

/// Evaluates HCL expressions statically, the way Terraform would during planning, with
/// everything that cannot be known before apply made an explicit `Value.unknown` that says why
/// and where. Unknowns propagate through operators, templates and functions; problems become
/// diagnostics and the faulty part's value becomes unknown, never a guess.
public struct Evaluator {
    public var context: EvaluationContext
    /// The problems met so far.
    public internal(set) var diagnostics: [Diagnostic] = []
    /// How many evaluations are in progress, to refuse expressions nested too deeply for the
    /// stack (a chain of thousands of `+` is one level per operator).
    private var depth = 0
    private var reportedDepth = false

    /// The deepest nesting of operations evaluated.
    public static let maximumDepth = 256

    public init(context: EvaluationContext) {
        self.context = context
    }

    /// Evaluates `expression` in `context` and returns the value with the problems met.
    public static func evaluate(_ expression: Expression, context: EvaluationContext) -> (Value, [Diagnostic]) {
        var evaluator = Evaluator(context: context)
        let value = evaluator.evaluate(expression)
        return (value, evaluator.diagnostics)
    }

    /// Evaluates `expression`, appending problems to `diagnostics`.
    public mutating func evaluate(_ expression: Expression) -> Value {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else {
            let detail = "more than \(Self.maximumDepth) nested operations; split the expression into local values"
            if reportedDepth { return .unknown(Unknown(reason: detail, range: expression.range)) }
            reportedDepth = true
            return fail("Expression too deeply nested", detail, expression.range)
        }
        guard context.budget.spend() else { return budgetExhausted(expression.range) }
        switch expression.kind {
        case .literal(let value):
            return value
        case .template(let parts):
            return limited(evaluateTemplate(parts, range: expression.range), expression.range)
        case .variable, .getAttribute, .index:
            return evaluateTraversal(expression)
        case .splat(let source, let each):
            return evaluateSplat(source: source, each: each, range: expression.range)
        case .splatItem:
            guard let item = context.splatItem else {
                return fail("Invalid splat", "a splat item is only valid inside a splat expression", expression.range)
            }
            return item
        case .tuple(let elements):
            return limited(.list(elements.map { evaluate($0) }), expression.range)
        case .object(let items):
            return limited(evaluateObject(items, range: expression.range), expression.range)
        case .functionCall(let name, let arguments, let expandFinal):
            let value = evaluateFunctionCall(
                name: name, arguments: arguments, expandFinal: expandFinal, range: expression.range)
            return limited(value, expression.range)
        case .conditional(let condition, let whenTrue, let whenFalse):
            return evaluateConditional(condition, whenTrue, whenFalse)
        case .unary(let op, let operand):
            return evaluateUnary(op, operand, range: expression.range)
        case .binary(let op, let left, let right):
            return evaluateBinary(op, left, right, range: expression.range)
        case .forExpression(let forExpression):
            return limited(evaluateFor(forExpression, range: expression.range), expression.range)
        case .parenthesized(let inner):
            return evaluate(inner)
        }
    }

    // MARK: Objects and conditionals

    private mutating func evaluateObject(_ items: [ObjectItem], range: SourceRange) -> Value {
        var fields: [String: Value] = [:]
        var unknownKey: Unknown?
        for item in items {
            let keyValue = objectKeyValue(item.key)
            let value = evaluate(item.value)
            switch keyValue {
            case .unknown(let unknown):
                unknownKey = unknownKey ?? unknown
            case .null:
                diagnostics.append(
                    .error("Invalid object key", detail: "an object key cannot be null", at: item.key.range))
            default:
                guard let key = keyValue.stringValue else {
                    diagnostics.append(
                        .error(
                            "Invalid object key", detail: "an object key must be a string, not \(keyValue.typeName)",
                            at: item.key.range))
                    continue
                }
                fields[key] = value
            }
        }
        if let unknownKey { return .unknown(unknownKey) }
        return .object(fields)
    }

    /// An object key: a bare name is the name itself (`{ name = 1 }`), anything else is evaluated.
    private mutating func objectKeyValue(_ key: Expression) -> Value {
        if case .variable(let name) = key.kind { return .string(name) }
        return evaluate(key)
    }

    private mutating func evaluateConditional(_ condition: Expression, _ whenTrue: Expression, _ whenFalse: Expression)
        -> Value
    {
        let test = evaluate(condition)
        switch test {
        case .unknown(let unknown): return .unknown(unknown)
        case .bool(let flag): return evaluate(flag ? whenTrue : whenFalse)
        case .string("true"): return evaluate(whenTrue)
        case .string("false"): return evaluate(whenFalse)
        default:
            return fail(
                "Incorrect condition type",
                "the condition must be a bool, not \(test.typeName)", condition.range)
        }
    }

    // MARK: Limits

    /// `value`, or an error and an unknown when it is larger than the budget allows.
    mutating func limited(_ value: Value, _ range: SourceRange) -> Value {
        guard let excess = context.budget.excess(of: value) else { return value }
        return fail(
            "Value too large",
            "the value has \(excess); scopecheck stops there to bound its memory (see docs/hardening.md)", range)
    }

    /// The error (reported once per configuration) and the unknown of an exhausted budget.
    mutating func budgetExhausted(_ range: SourceRange) -> Value {
        let detail =
            "evaluating this configuration took more than \(context.budget.steps) steps (nested for expressions, "
            + "large collections or many instances); values computed from here on are unknown"
        guard !context.budget.reportedExhaustion else {
            return .unknown(Unknown(reason: "evaluation limit reached", range: range))
        }
        context.budget.reportedExhaustion = true
        return fail("Evaluation limit reached", detail, range)
    }

    // MARK: Helpers

    /// Records an error and returns an unknown carrying the same explanation.
    mutating func fail(_ summary: String, _ detail: String, _ range: SourceRange) -> Value {
        diagnostics.append(.error(summary, detail: detail, at: range))
        return .unknown(Unknown(reason: "\(summary): \(detail)", range: range))
    }

    mutating func append(_ more: [Diagnostic]) {
        diagnostics += more
    }

    /// A fresh evaluator for a sub-evaluation (`try`, `can`, templates) that counts its nesting
    /// from this one's.
    func nested(context: EvaluationContext) -> Evaluator {
        var evaluator = Evaluator(context: context)
        evaluator.context.budget = self.context.budget
        evaluator.depth = depth
        return evaluator
    }

    /// Evaluates `expression` in a copy of the context changed by `change`, keeping diagnostics.
    mutating func evaluate(_ expression: Expression, with change: (inout EvaluationContext) -> Void) -> Value {
        let saved = context
        change(&context)
        defer { context = saved }
        return evaluate(expression)
    }
}
