import Syntax

/// A Terraform type constraint, as written in `variable { type = ... }`.
public indirect enum TypeConstraint: Hashable, Sendable, CustomStringConvertible {
    case any
    case string
    case number
    case bool
    case list(TypeConstraint)
    case set(TypeConstraint)
    case map(TypeConstraint)
    case tuple([TypeConstraint])
    /// Attributes sorted by name.
    case object([ObjectAttributeType])

    /// The constraint in Terraform's syntax, e.g. `list(object({name = string}))`.
    public var description: String {
        switch self {
        case .any: "any"
        case .string: "string"
        case .number: "number"
        case .bool: "bool"
        case .list(let element): "list(\(element))"
        case .set(let element): "set(\(element))"
        case .map(let element): "map(\(element))"
        case .tuple(let elements): "tuple([\(elements.map(\.description).joined(separator: ", "))])"
        case .object(let attributes):
            "object({\(attributes.map(\.description).joined(separator: ", "))})"
        }
    }
}

/// One attribute of an `object({...})` type; `optional(type, default)` makes it optional.
public struct ObjectAttributeType: Hashable, Sendable, CustomStringConvertible {
    public var name: String
    public var type: TypeConstraint
    public var optional: Bool
    /// The value used when an optional attribute is absent or null.
    public var defaultValue: Value?

    public init(name: String, type: TypeConstraint, optional: Bool = false, defaultValue: Value? = nil) {
        self.name = name
        self.type = type
        self.optional = optional
        self.defaultValue = defaultValue
    }

    public var description: String {
        guard optional else { return "\(name) = \(type)" }
        guard let defaultValue else { return "\(name) = optional(\(type))" }
        return "\(name) = optional(\(type), \(defaultValue.typeName))"
    }
}
