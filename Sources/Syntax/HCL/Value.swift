import Core
import Foundation

/// A value an HCL expression evaluates to. Evaluation is static: whatever cannot be known
/// before `terraform apply` is an explicit `unknown` that says why and where.
public enum Value: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    /// Tuples, lists and sets (sets are kept sorted and distinct by the functions that make them).
    case list([Value])
    /// Objects and maps.
    case object([String: Value])
    case unknown(Unknown)

    /// Whether the value, or anything inside it, is unknown.
    public var containsUnknown: Bool {
        switch self {
        case .unknown: true
        case .list(let items): items.contains { $0.containsUnknown }
        case .object(let fields): fields.values.contains { $0.containsUnknown }
        default: false
        }
    }

    /// The first unknown inside the value, depth first in key order.
    public var firstUnknown: Unknown? {
        switch self {
        case .unknown(let unknown): return unknown
        case .list(let items): return items.lazy.compactMap(\.firstUnknown).first
        case .object(let fields):
            return fields.keys.sorted().lazy.compactMap { fields[$0]?.firstUnknown }.first
        default: return nil
        }
    }

    /// The string, if this is a string (numbers and bools convert as Terraform does).
    public var stringValue: String? {
        switch self {
        case .string(let text): text
        case .number(let number): Value.format(number)
        case .bool(let flag): flag ? "true" : "false"
        default: nil
        }
    }

    /// The elements, if this is a list.
    public var listValue: [Value]? {
        if case .list(let items) = self { return items }
        return nil
    }

    /// The fields, if this is an object.
    public var objectValue: [String: Value]? {
        if case .object(let fields) = self { return fields }
        return nil
    }

    /// Terraform's text form of a number: integers without a fraction, others in shortest form.
    public static func format(_ number: Double) -> String { NumberText.format(number) }

    /// A short name of the value's type, for messages.
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "bool"
        case .number: "number"
        case .string: "string"
        case .list: "list"
        case .object: "object"
        case .unknown: "unknown"
        }
    }
}

/// Why a value cannot be known statically, where that came from, and — for references to
/// computed attributes such as `genesyscloud_auth_role.x.id` — which object it points at.
public struct Unknown: Hashable, Sendable {
    public var reason: String
    public var range: SourceRange?
    /// The address of the resource or data source the value belongs to, when known
    /// (`genesyscloud_auth_role.supervisor`, `data.genesyscloud_auth_role.admin`).
    public var refersTo: String?
    /// The attribute of `refersTo` (`id`).
    public var attribute: String?
    /// For a string template with unknown interpolations: its known text and where the unknown
    /// values go (`/api/v2/flows/datatables/`, unknown, `/rows`); nil otherwise.
    public var template: [TemplatePiece]?

    public init(
        reason: String, range: SourceRange?, refersTo: String? = nil, attribute: String? = nil,
        template: [TemplatePiece]? = nil
    ) {
        self.reason = reason
        self.range = range
        self.refersTo = refersTo
        self.attribute = attribute
        self.template = template
    }
}

/// A piece of a string template whose value is partly unknown.
public enum TemplatePiece: Hashable, Sendable {
    /// Text known before apply.
    case text(String)
    /// An interpolation whose value is unknown, with why.
    case unknown(String)
}
