import Syntax

/// A built-in function the evaluator can compute statically.
struct TerraformFunction: Sendable {
    /// The fewest arguments accepted.
    var minimumArguments: Int
    /// The most arguments accepted; nil for variadic functions.
    var maximumArguments: Int?
    /// Whether the function receives arguments that contain unknown parts (lists with unknown
    /// elements) and keeps those parts in its result. Otherwise a call with any unknown inside an
    /// argument yields that unknown without calling the function.
    var keepsUnknownElements: Bool
    var implementation: @Sendable (FunctionArguments) throws(FunctionError) -> Value

    init(
        arguments: Int, keepsUnknownElements: Bool = false,
        _ implementation: @escaping @Sendable (FunctionArguments) throws(FunctionError) -> Value
    ) {
        self.init(
            minimum: arguments, maximum: arguments, keepsUnknownElements: keepsUnknownElements, implementation)
    }

    init(
        minimum: Int, maximum: Int?, keepsUnknownElements: Bool = false,
        _ implementation: @escaping @Sendable (FunctionArguments) throws(FunctionError) -> Value
    ) {
        self.minimumArguments = minimum
        self.maximumArguments = maximum
        self.keepsUnknownElements = keepsUnknownElements
        self.implementation = implementation
    }
}

/// Why a function call failed; `argument` is the index of the argument at fault, when one is.
struct FunctionError: Error {
    var message: String
    var argument: Int?

    init(_ message: String, argument: Int? = nil) {
        self.message = message
        self.argument = argument
    }
}

/// The evaluated arguments of one call, with accessors that check their kinds.
struct FunctionArguments: Sendable {
    var name: String
    var values: [Value]
    /// The directory relative paths start from, when file access is allowed.
    var baseDirectory: String?

    var count: Int { values.count }

    subscript(index: Int) -> Value { values[index] }

    func string(_ index: Int) throws(FunctionError) -> String {
        let value = values[index]
        guard value != .null, let text = value.stringValue else { throw wrongKind(index, "a string") }
        return text
    }

    func number(_ index: Int) throws(FunctionError) -> Double {
        switch values[index] {
        case .number(let number): return number
        case .string(let text):
            if let number = Value.parseNumber(text) { return number }
        default: break
        }
        throw wrongKind(index, "a number")
    }

    func integer(_ index: Int) throws(FunctionError) -> Int {
        let number = try number(index)
        guard number.rounded() == number, abs(number) < 1e15 else {
            throw FunctionError("a whole number is required, not \(Value.format(number))", argument: index)
        }
        return Int(number)
    }

    func bool(_ index: Int) throws(FunctionError) -> Bool {
        switch values[index] {
        case .bool(let flag): return flag
        case .string("true"): return true
        case .string("false"): return false
        default: throw wrongKind(index, "a bool")
        }
    }

    func list(_ index: Int) throws(FunctionError) -> [Value] {
        guard let items = values[index].listValue else { throw wrongKind(index, "a list") }
        return items
    }

    func object(_ index: Int) throws(FunctionError) -> [String: Value] {
        guard let fields = values[index].objectValue else { throw wrongKind(index, "a map or object") }
        return fields
    }

    /// A list whose elements are strings (numbers and bools converted).
    func stringList(_ index: Int) throws(FunctionError) -> [String] {
        var result: [String] = []
        for item in try list(index) {
            guard item != .null, let text = item.stringValue else {
                throw FunctionError("element \(result.count) must be a string, not \(item.typeName)", argument: index)
            }
            result.append(text)
        }
        return result
    }

    func wrongKind(_ index: Int, _ expected: String) -> FunctionError {
        FunctionError("\(expected) is required, not \(values[index].typeName)", argument: index)
    }
}
