import Core
import Syntax

extension Evaluator {
    mutating func evaluateUnary(_ op: UnaryOperator, _ operand: Expression, range: SourceRange) -> Value {
        let value = evaluate(operand)
        if case .unknown = value { return value }
        switch op {
        case .not:
            guard let flag = boolOperand(value) else {
                return fail("Invalid operand", "a bool is required for \"!\", not \(value.typeName)", operand.range)
            }
            return .bool(!flag)
        case .negate:
            guard let number = numberOperand(value) else {
                return fail("Invalid operand", "a number is required for \"-\", not \(value.typeName)", operand.range)
            }
            return .number(-number)
        }
    }

    mutating func evaluateBinary(_ op: BinaryOperator, _ left: Expression, _ right: Expression, range: SourceRange)
        -> Value
    {
        let lhs = evaluate(left)
        let rhs = evaluate(right)
        switch op {
        case .equal, .notEqual:
            if let unknown = lhs.firstUnknown ?? rhs.firstUnknown { return .unknown(unknown) }
            return .bool((lhs == rhs) == (op == .equal))
        case .and, .or:
            return logic(op, lhs, rhs, left: left, right: right)
        case .add, .subtract, .multiply, .divide, .modulo, .less, .lessOrEqual, .greater, .greaterOrEqual:
            return arithmetic(op, lhs, rhs, left: left, right: right, range: range)
        }
    }

    private mutating func logic(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value, left: Expression, right: Expression)
        -> Value
    {
        let a = boolOperand(lhs)
        let b = boolOperand(rhs)
        if case .unknown = lhs {
        } else if a == nil {
            return fail("Invalid operand", "a bool is required for \"\(op.rawValue)\", not \(lhs.typeName)", left.range)
        }
        if case .unknown = rhs {
        } else if b == nil {
            return fail(
                "Invalid operand", "a bool is required for \"\(op.rawValue)\", not \(rhs.typeName)", right.range)
        }
        let decisive = op == .or
        if a == decisive || b == decisive { return .bool(decisive) }
        if case .unknown = lhs { return lhs }
        if case .unknown = rhs { return rhs }
        return .bool(!decisive)
    }

    private mutating func arithmetic(
        _ op: BinaryOperator, _ lhs: Value, _ rhs: Value, left: Expression, right: Expression, range: SourceRange
    ) -> Value {
        let a = numberOperand(lhs)
        let b = numberOperand(rhs)
        if case .unknown = lhs {
        } else if a == nil {
            return fail(
                "Invalid operand", "a number is required for \"\(op.rawValue)\", not \(lhs.typeName)", left.range)
        }
        if case .unknown = rhs {
        } else if b == nil {
            return fail(
                "Invalid operand", "a number is required for \"\(op.rawValue)\", not \(rhs.typeName)", right.range)
        }
        guard let a, let b else { return lhs.firstUnknown.map(Value.unknown) ?? rhs }
        switch op {
        case .add: return .number(a + b)
        case .subtract: return .number(a - b)
        case .multiply: return .number(a * b)
        case .divide:
            guard b != 0 else { return fail("Division by zero", "the right operand of \"/\" is zero", range) }
            return .number(a / b)
        case .modulo:
            guard b != 0 else { return fail("Division by zero", "the right operand of \"%\" is zero", range) }
            return .number(a.truncatingRemainder(dividingBy: b))
        case .less: return .bool(a < b)
        case .lessOrEqual: return .bool(a <= b)
        case .greater: return .bool(a > b)
        case .greaterOrEqual: return .bool(a >= b)
        default: return .null
        }
    }

    /// A number, or a string holding one (Terraform converts it).
    func numberOperand(_ value: Value) -> Double? {
        switch value {
        case .number(let number): number
        case .string(let text): Value.parseNumber(text)
        default: nil
        }
    }

    /// A bool, or the string `"true"` / `"false"`.
    func boolOperand(_ value: Value) -> Bool? {
        switch value {
        case .bool(let flag): flag
        case .string("true"): true
        case .string("false"): false
        default: nil
        }
    }
}
