import Syntax

/// The key of one instance of a resource or module expanded with `count` (`[0]`) or
/// `for_each` (`["key"]`).
public enum InstanceKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Not expanded (or expanded with an unknown count / for_each).
    case none
    case int(Int)
    case string(String)

    /// The address suffix: empty, `[0]` or `["key"]` (quotes and backslashes escaped).
    public var description: String {
        switch self {
        case .none: ""
        case .int(let index): "[\(index)]"
        case .string(let key):
            "[\"\(key.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))\"]"
        }
    }

    /// The key as an HCL value (`count.index` / `each.key`); nil for `.none`.
    public var value: Value? {
        switch self {
        case .none: nil
        case .int(let index): .number(Double(index))
        case .string(let key): .string(key)
        }
    }

    /// No key first, then numbers in order, then strings lexically.
    public static func < (lhs: InstanceKey, rhs: InstanceKey) -> Bool {
        switch (lhs, rhs) {
        case (.none, .none): false
        case (.none, _): true
        case (_, .none): false
        case (.int(let a), .int(let b)): a < b
        case (.int, .string): true
        case (.string, .int): false
        case (.string(let a), .string(let b)): a < b
        }
    }
}
