import Core
import Syntax

extension Value {
    /// The value as report JSON: unknowns become `{"unknown": "<reason>"}` (plus `refersTo` when the
    /// value is a reference to another object), object keys are sorted.
    public var json: JSONOutput {
        switch self {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .number(let number):
            if number.rounded() == number, abs(number) < 1e15 { return .int(Int(number)) }
            return .double(number)
        case .string(let text): return .string(text)
        case .list(let items): return .array(items.map(\.json))
        case .object(let fields): return .object(fields.keys.sorted().map { ($0, fields[$0]?.json ?? .null) })
        case .unknown(let unknown):
            return .fields([
                ("unknown", .string(unknown.reason)), ("refersTo", unknown.refersTo.map(JSONOutput.string)),
            ])
        }
    }

    /// A short text form for listings: strings bare, lists comma-separated, unknowns in parentheses.
    public var displayText: String {
        switch self {
        case .null: return "null"
        case .string(let text): return text
        case .list(let items): return items.isEmpty ? "[]" : items.map(\.displayText).joined(separator: ", ")
        case .unknown(let unknown): return "(unknown: \(unknown.reason))"
        case .object, .bool, .number: return json.rendered(pretty: false)
        }
    }
}
