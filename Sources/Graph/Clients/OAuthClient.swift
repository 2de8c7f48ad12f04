import Core
import Genesys
import Syntax
import Terraform

/// A `genesyscloud_oauth_client` instance read for analysis: the arguments that decide what its
/// tokens can do, each with the range it was configured at.
public struct OAuthClient: Sendable {
    /// The Terraform resource type this reads.
    public static let resourceType = "genesyscloud_oauth_client"

    public var instance: ResourceInstance
    public var grantType: EvaluatedAttribute?
    public var scopes: EvaluatedAttribute?
    public var roles: [RoleAssignment]

    public init(_ instance: ResourceInstance) {
        self.instance = instance
        grantType = instance.attribute("authorized_grant_type")
        scopes = instance.attribute("scopes")
        roles = instance.blocks(ofType: "roles").map(RoleAssignment.init)
    }

    public var address: String { instance.address }

    /// The configured `name`, when known.
    public var name: String? { instance.attribute("name")?.value.stringValue }

    /// The grant type, when configured with a valid, known value.
    public var knownGrantType: GrantType? {
        grantType?.value.stringValue.flatMap(GrantType.init(rawValue:))
    }

    /// The scope names with the range of each (the element's own range in a literal list,
    /// otherwise the whole attribute's), and the reasons for any that cannot be known.
    public var scopeItems: (known: [ScopeItem], unknown: [Unknown]) {
        guard let scopes else { return ([], []) }
        return ScopeItem.items(of: scopes)
    }
}

/// One scope of a client with where it was written.
public struct ScopeItem: Hashable, Sendable {
    public var name: String
    public var range: SourceRange

    public init(name: String, range: SourceRange) {
        self.name = name
        self.range = range
    }

    /// The scope names of a `scopes` attribute. A literal list gives each element's range; a
    /// list computed elsewhere (a variable, a local) gives the attribute's range for each.
    package static func items(of attribute: EvaluatedAttribute) -> (known: [ScopeItem], unknown: [Unknown]) {
        var elementRanges: [SourceRange] = []
        if case .tuple(let elements) = attribute.expression.kind {
            elementRanges = elements.map(\.range)
        }
        switch attribute.value {
        case .unknown(let unknown): return ([], [unknown])
        case .null: return ([], [])
        case .list(let values):
            var known: [ScopeItem] = []
            var unknown: [Unknown] = []
            for (index, value) in values.enumerated() {
                let range = values.count == elementRanges.count ? elementRanges[index] : attribute.range
                switch value {
                case .string(let name): known.append(ScopeItem(name: name, range: range))
                case .unknown(let reason): unknown.append(reason)
                default:
                    unknown.append(Unknown(reason: "a scope must be a string, not a \(value.typeName)", range: range))
                }
            }
            return (known, unknown)
        default:
            let reason = "scopes must be a list of strings, not a \(attribute.value.typeName)"
            return ([], [Unknown(reason: reason, range: attribute.range)])
        }
    }
}

/// A `roles { role_id, division_id }` block of a client.
public struct RoleAssignment: Sendable {
    public var roleId: EvaluatedAttribute?
    public var divisionId: EvaluatedAttribute?
    public var range: SourceRange

    public init(_ block: EvaluatedBlock) {
        roleId = block.attribute("role_id")
        divisionId = block.attribute("division_id")
        range = block.range
    }
}
