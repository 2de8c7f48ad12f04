import Core

/// A JSON value with the source range it was read from. Objects keep their members in source
/// order, duplicates included, so that callers can report exact positions.
public struct JSONNode: Sendable {
    public var kind: Kind
    public var range: SourceRange

    public init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    /// The forms a JSON value takes.
    public indirect enum Kind: Sendable {
        case null
        case bool(Bool)
        /// A number with its source text, so that callers needing exact digits can have them.
        case number(Double, text: String)
        case string(String)
        case array([JSONNode])
        case object([JSONMember])
    }

    /// A short name of the node's kind, for messages: `null`, `boolean`, `number`, `string`,
    /// `array` or `object`.
    public var kindName: String {
        switch kind {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// The text, if this is a string.
    public var stringValue: String? {
        if case .string(let text) = kind { return text }
        return nil
    }

    /// The number, if this is a number.
    public var numberValue: Double? {
        if case .number(let number, _) = kind { return number }
        return nil
    }

    /// The flag, if this is a boolean.
    public var boolValue: Bool? {
        if case .bool(let flag) = kind { return flag }
        return nil
    }

    /// The elements, if this is an array.
    public var arrayValue: [JSONNode]? {
        if case .array(let elements) = kind { return elements }
        return nil
    }

    /// The members in source order, if this is an object.
    public var objectMembers: [JSONMember]? {
        if case .object(let members) = kind { return members }
        return nil
    }

    /// Whether this is `null`.
    public var isNull: Bool {
        if case .null = kind { return true }
        return false
    }

    /// The value of the member named `key` of an object (the last one when a key repeats, as most
    /// JSON readers do); nil for other kinds or a missing key.
    public subscript(key: String) -> JSONNode? {
        objectMembers?.last { $0.key == key }?.value
    }

    /// The element at `index` of an array, nil when out of bounds or not an array.
    public subscript(index: Int) -> JSONNode? {
        guard let elements = arrayValue, elements.indices.contains(index) else { return nil }
        return elements[index]
    }
}

/// One `"key": value` of a JSON object.
public struct JSONMember: Sendable {
    public var key: String
    /// The quoted key, quotes included.
    public var keyRange: SourceRange
    public var value: JSONNode

    public init(key: String, keyRange: SourceRange, value: JSONNode) {
        self.key = key
        self.keyRange = keyRange
        self.value = value
    }
}
