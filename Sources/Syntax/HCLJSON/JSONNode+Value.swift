extension JSONNode {
    /// The node as an HCL `Value`: arrays become lists, objects become objects (the last of
    /// repeated keys wins).
    public var value: Value {
        switch kind {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .number(let number, _): return .number(number)
        case .string(let text): return .string(text)
        case .array(let elements): return .list(elements.map(\.value))
        case .object(let members):
            var fields: [String: Value] = [:]
            for member in members { fields[member.key] = member.value.value }
            return .object(fields)
        }
    }
}
