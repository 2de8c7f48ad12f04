import Syntax

extension Value {
    /// A number in Terraform's string form (`"12"`, `"-1.5"`, `"2e3"`); nil for anything else
    /// (no hexadecimal, no surrounding spaces, no `inf`/`nan`).
    package static func parseNumber(_ text: String) -> Double? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
            let number = Double(text), number.isFinite
        else { return nil }
        return number
    }

    /// The elements of a set: distinct and in Terraform's set order (see `setOrder`).
    static func setElements(_ items: [Value]) -> [Value] {
        var seen = Set<Value>()
        let distinct = items.filter { seen.insert($0).inserted }
        return distinct.sorted(by: setOrder)
    }

    /// The order Terraform lists set elements in: numbers by value, strings lexically, then
    /// other kinds grouped by kind; unknown elements last, in their original order.
    static func setOrder(_ lhs: Value, _ rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case (.number(let a), .number(let b)): return a < b
        case (.string(let a), .string(let b)): return a < b
        case (.bool(let a), .bool(let b)): return !a && b
        case (.unknown, _): return false
        case (_, .unknown): return true
        default:
            if lhs.kindRank != rhs.kindRank { return lhs.kindRank < rhs.kindRank }
            return lhs.sortText < rhs.sortText
        }
    }

    private var kindRank: Int {
        switch self {
        case .null: 0
        case .bool: 1
        case .number: 2
        case .string: 3
        case .list: 4
        case .object: 5
        case .unknown: 6
        }
    }

    private var sortText: String { String(describing: self) }

    /// The value as it would appear in a message: strings quoted, collections abbreviated.
    package var shortDescription: String {
        switch self {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return Value.format(number)
        case .string(let text): return "\"\(text)\""
        case .list(let items): return "list of \(items.count) element\(items.count == 1 ? "" : "s")"
        case .object(let fields): return "object with \(fields.count) attribute\(fields.count == 1 ? "" : "s")"
        case .unknown: return "(unknown)"
        }
    }
}
