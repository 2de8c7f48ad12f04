import Core
import Syntax

extension Evaluator {
    /// Evaluates a name followed by attribute and index steps. Names bound in the context are
    /// read directly; other names go to the resolver with every step, and the steps it does not
    /// consume are applied to its value.
    mutating func evaluateTraversal(_ expression: Expression) -> Value {
        var chain: [Expression] = []
        var node = expression
        loop: while true {
            switch node.kind {
            case .getAttribute(let source, _), .index(let source, _):
                chain.append(node)
                node = source
            default:
                break loop
            }
        }
        chain.reverse()
        guard case .variable(let root) = node.kind else {
            return apply(chain[...], to: evaluate(node))
        }
        if let bound = context.variables[root] {
            return apply(chain[...], to: bound)
        }
        var steps: [TraversalStep] = []
        for step in chain {
            switch step.kind {
            case .getAttribute(_, let name): steps.append(.attribute(name, step.range))
            case .index(_, let key): steps.append(.index(evaluate(key), step.range))
            default: break
            }
        }
        guard let resolver = context.resolver else {
            return fail(
                "Variables not allowed", "\"\(root)\" cannot be referenced here: only constant values are allowed",
                node.range)
        }
        let resolved = resolver.resolve(Reference(root: root, rootRange: node.range, steps: steps))
        append(resolved.diagnostics)
        var value = resolved.value
        for step in steps.dropFirst(resolved.consumedSteps) {
            switch step {
            case .attribute(let name, let range): value = attribute(name, of: value, range: range)
            case .index(let key, let range): value = element(key, of: value, range: range)
            }
        }
        return value
    }

    /// Applies syntactic steps to an already known value.
    private mutating func apply(_ chain: ArraySlice<Expression>, to start: Value) -> Value {
        var value = start
        for step in chain {
            switch step.kind {
            case .getAttribute(_, let name): value = attribute(name, of: value, range: step.range)
            case .index(_, let key): value = element(evaluate(key), of: value, range: step.range)
            default: break
            }
        }
        return value
    }

    /// `value.name`.
    mutating func attribute(_ name: String, of value: Value, range: SourceRange) -> Value {
        switch value {
        case .unknown(var unknown):
            if unknown.refersTo != nil, unknown.attribute == nil { unknown.attribute = name }
            return .unknown(unknown)
        case .null:
            return fail(
                "Attempt to get attribute from null value", "this value is null, so it has no attribute \"\(name)\"",
                range)
        case .object(let fields):
            if let field = fields[name] { return field }
            return fail("Unsupported attribute", "this object does not have an attribute named \"\(name)\"", range)
        case .list:
            return fail(
                "Unsupported attribute",
                "can't access attribute \"\(name)\" on a list; use an index ([0]) for one element or a splat ([*].\(name)) for all",
                range)
        default:
            return fail("Unsupported attribute", "can't access attributes on a \(value.typeName) value", range)
        }
    }

    /// `value[key]`.
    mutating func element(_ key: Value, of value: Value, range: SourceRange) -> Value {
        if case .unknown = value { return value }
        if case .unknown = key { return key }
        switch value {
        case .null:
            return fail("Attempt to index null value", "this value is null, so it has no elements", range)
        case .list(let items):
            let number: Double?
            switch key {
            case .number(let value): number = value
            case .string(let text): number = Value.parseNumber(text)
            default: number = nil
            }
            guard let number, number.rounded() == number else {
                return fail(
                    "Invalid index", "a whole number is required to index a list, not \(key.shortDescription)", range)
            }
            guard number >= 0, number < Double(items.count) else {
                return fail(
                    "Invalid index",
                    "index \(Value.format(number)) is out of range for a list of \(items.count) element\(items.count == 1 ? "" : "s")",
                    range)
            }
            return items[Int(number)]
        case .object(let fields):
            let name: String?
            switch key {
            case .string(let text): name = text
            case .number(let number): name = Value.format(number)
            default: name = nil
            }
            guard let name else {
                return fail("Invalid index", "a string is required to index an object, not \(key.typeName)", range)
            }
            if let field = fields[name] { return field }
            return fail("Invalid index", "the key \"\(name)\" does not identify an element of this object", range)
        default:
            return fail("Invalid index", "a \(value.typeName) value has no elements", range)
        }
    }

    /// `source[*].each`: each element of a list, an empty list for null, a one-element list for
    /// any other value.
    mutating func evaluateSplat(source: Expression, each: Expression, range: SourceRange) -> Value {
        let value = evaluate(source)
        let items: [Value]
        switch value {
        case .unknown(var unknown):
            if unknown.refersTo != nil, unknown.attribute == nil, case .getAttribute(let inner, let name) = each.kind,
                case .splatItem = inner.kind
            {
                unknown.attribute = name
            }
            return .unknown(unknown)
        case .null: items = []
        case .list(let elements): items = elements
        default: items = [value]
        }
        return .list(items.map { item in evaluate(each) { $0.splatItem = item } })
    }
}
