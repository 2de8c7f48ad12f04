import Syntax

/// List and map functions: concat, distinct, flatten, merge, lookup, element, coalesce,
/// coalescelist, compact, length, contains, keys, values, index, one, sort, reverse, slice,
/// chunklist, range, zipmap, sum, alltrue, anytrue.
enum CollectionFunctions {
    static let all: [String: TerraformFunction] = [
        "concat": TerraformFunction(minimum: 1, maximum: nil, keepsUnknownElements: true) {
            arguments throws(FunctionError) in
            var result: [Value] = []
            for index in 0..<arguments.count { result += try arguments.list(index) }
            return .list(result)
        },
        "distinct": TerraformFunction(arguments: 1) { arguments throws(FunctionError) in
            var seen = Set<Value>()
            return .list(try arguments.list(0).filter { seen.insert($0).inserted })
        },
        "flatten": TerraformFunction(arguments: 1, keepsUnknownElements: true) { arguments throws(FunctionError) in
            .list(flatten(try arguments.list(0)))
        },
        "merge": TerraformFunction(minimum: 0, maximum: nil, keepsUnknownElements: true) {
            arguments throws(FunctionError) in
            var result: [String: Value] = [:]
            for index in 0..<arguments.count where arguments[index] != .null {
                if case .unknown = arguments[index] { return arguments[index] }
                result.merge(try arguments.object(index)) { _, later in later }
            }
            return .object(result)
        },
        "lookup": TerraformFunction(minimum: 2, maximum: 3, keepsUnknownElements: true) {
            arguments throws(FunctionError) in
            let fields = try arguments.object(0)
            let key = try arguments.string(1)
            if let value = fields[key] { return value }
            guard arguments.count == 3 else {
                throw FunctionError("the map has no key \"\(key)\" and no default was given", argument: 1)
            }
            return arguments[2]
        },
        "element": TerraformFunction(arguments: 2, keepsUnknownElements: true) { arguments throws(FunctionError) in
            let items = try arguments.list(0)
            let index = try arguments.integer(1)
            guard !items.isEmpty else { throw FunctionError("cannot use element() with an empty list", argument: 0) }
            guard index >= 0 else { throw FunctionError("the index must not be negative", argument: 1) }
            return items[index % items.count]
        },
        "coalesce": TerraformFunction(minimum: 1, maximum: nil, keepsUnknownElements: true) {
            arguments throws(FunctionError) in
            for value in arguments.values {
                if case .unknown = value { return value }
                if value == .null || value == .string("") { continue }
                return value
            }
            throw FunctionError("no non-null, non-empty-string arguments")
        },
        "coalescelist": TerraformFunction(minimum: 1, maximum: nil, keepsUnknownElements: true) {
            arguments throws(FunctionError) in
            for index in 0..<arguments.count {
                if case .unknown = arguments[index] { return arguments[index] }
                if !(try arguments.list(index)).isEmpty { return arguments[index] }
            }
            throw FunctionError("no non-empty list arguments")
        },
        "compact": TerraformFunction(arguments: 1, keepsUnknownElements: true) { arguments throws(FunctionError) in
            .list(try arguments.list(0).filter { $0 != .null && $0 != .string("") })
        },
        "length": TerraformFunction(arguments: 1, keepsUnknownElements: true) { arguments throws(FunctionError) in
            switch arguments[0] {
            case .list(let items): return .number(Double(items.count))
            case .object(let fields): return .number(Double(fields.count))
            case .string(let text): return .number(Double(text.count))
            default: throw arguments.wrongKind(0, "a collection or a string")
            }
        },
        "contains": TerraformFunction(arguments: 2) { arguments throws(FunctionError) in
            .bool(try arguments.list(0).contains(arguments[1]))
        },
        "keys": TerraformFunction(arguments: 1, keepsUnknownElements: true) { arguments throws(FunctionError) in
            .list(try arguments.object(0).keys.sorted().map(Value.string))
        },
        "values": TerraformFunction(arguments: 1, keepsUnknownElements: true) { arguments throws(FunctionError) in
            let fields = try arguments.object(0)
            return .list(fields.keys.sorted().compactMap { fields[$0] })
        },
        "index": TerraformFunction(arguments: 2) { arguments throws(FunctionError) in
            guard let position = try arguments.list(0).firstIndex(of: arguments[1]) else {
                throw FunctionError("\(arguments[1].shortDescription) is not in the list", argument: 1)
            }
            return .number(Double(position))
        },
        "one": TerraformFunction(arguments: 1, keepsUnknownElements: true) { arguments throws(FunctionError) in
            let items = try arguments.list(0)
            guard items.count <= 1 else {
                throw FunctionError("a list of zero or one element is required, not \(items.count)", argument: 0)
            }
            return items.first ?? .null
        },
        "sort": TerraformFunction(arguments: 1) { arguments throws(FunctionError) in
            .list(try arguments.stringList(0).sorted().map(Value.string))
        },
        "reverse": TerraformFunction(arguments: 1, keepsUnknownElements: true) { arguments throws(FunctionError) in
            .list(try arguments.list(0).reversed())
        },
        "slice": TerraformFunction(arguments: 3, keepsUnknownElements: true) { arguments throws(FunctionError) in
            let items = try arguments.list(0)
            let start = try arguments.integer(1)
            let end = try arguments.integer(2)
            guard start >= 0, start <= items.count else {
                throw FunctionError("start index \(start) is out of range for \(items.count) elements", argument: 1)
            }
            guard end >= start, end <= items.count else {
                throw FunctionError("end index \(end) must be between \(start) and \(items.count)", argument: 2)
            }
            return .list(Array(items[start..<end]))
        },
        "chunklist": TerraformFunction(arguments: 2, keepsUnknownElements: true) { arguments throws(FunctionError) in
            let items = try arguments.list(0)
            let size = try arguments.integer(1)
            guard size >= 0 else { throw FunctionError("the chunk size must not be negative", argument: 1) }
            guard size > 0 else { return .list([.list(items)]) }
            return .list(
                stride(from: 0, to: items.count, by: size).map { .list(Array(items[$0..<min($0 + size, items.count)])) }
            )
        },
        "range": TerraformFunction(minimum: 1, maximum: 3) { arguments throws(FunctionError) in
            try range(arguments)
        },
        "zipmap": TerraformFunction(arguments: 2, keepsUnknownElements: true) { arguments throws(FunctionError) in
            if let unknown = arguments[0].firstUnknown { return .unknown(unknown) }
            let keys = try arguments.stringList(0)
            let values = try arguments.list(1)
            guard keys.count == values.count else {
                throw FunctionError(
                    "\(keys.count) keys but \(values.count) values: the lists must have the same length")
            }
            return .object(Dictionary(zip(keys, values)) { _, later in later })
        },
        "sum": TerraformFunction(arguments: 1) { arguments throws(FunctionError) in
            let items = try arguments.list(0)
            guard !items.isEmpty else { throw FunctionError("cannot sum an empty list", argument: 0) }
            var total = 0.0
            for item in items {
                guard case .number(let number) = item else {
                    throw FunctionError("every element must be a number, not \(item.typeName)", argument: 0)
                }
                total += number
            }
            return .number(total)
        },
        "alltrue": TerraformFunction(arguments: 1) { arguments throws(FunctionError) in
            .bool(try boolElements(arguments).allSatisfy { $0 })
        },
        "anytrue": TerraformFunction(arguments: 1) { arguments throws(FunctionError) in
            .bool(try boolElements(arguments).contains(true))
        },
    ]

    private static func flatten(_ items: [Value]) -> [Value] {
        items.flatMap { item -> [Value] in
            if case .list(let inner) = item { return flatten(inner) }
            return [item]
        }
    }

    private static func boolElements(_ arguments: FunctionArguments) throws(FunctionError) -> [Bool] {
        var result: [Bool] = []
        for item in try arguments.list(0) {
            switch item {
            case .bool(let flag): result.append(flag)
            case .string("true"): result.append(true)
            case .string("false"): result.append(false)
            default: throw FunctionError("every element must be a bool, not \(item.typeName)", argument: 0)
            }
        }
        return result
    }

    /// `range(limit)`, `range(start, limit)`, `range(start, limit, step)`, at most 1024 numbers.
    private static func range(_ arguments: FunctionArguments) throws(FunctionError) -> Value {
        let start = arguments.count == 1 ? 0 : try arguments.number(0)
        let limit = try arguments.number(arguments.count == 1 ? 0 : 1)
        let step = arguments.count == 3 ? try arguments.number(2) : (limit >= start ? 1 : -1)
        guard step != 0 else { throw FunctionError("the step must not be zero", argument: 2) }
        guard (step > 0) == (limit >= start) || start == limit else {
            throw FunctionError(
                "the step must be \(step > 0 ? "negative" : "positive") when the start is \(step > 0 ? "greater" : "less") than the limit",
                argument: 2)
        }
        var result: [Value] = []
        var current = start
        while step > 0 ? current < limit : current > limit {
            guard result.count < 1024 else { throw FunctionError("more than 1024 numbers would be produced") }
            result.append(.number(current))
            current += step
        }
        return .list(result)
    }
}
