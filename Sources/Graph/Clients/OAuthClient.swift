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
    /// Where `authorized_grant_type` is written (through module arguments, variables and locals).
    public var grantTypeOrigin: ValueOrigin?
    /// Where `scopes` is written.
    public var scopesOrigin: ValueOrigin?

    /// The client of `instance`; with the `configuration` it belongs to, the origins of its values
    /// are followed to where they are written.
    public init(_ instance: ResourceInstance, in configuration: TerraformConfiguration? = nil) {
        self.instance = instance
        grantType = instance.attribute("authorized_grant_type")
        scopes = instance.attribute("scopes")
        roles = instance.blocks(ofType: "roles").map { RoleAssignment($0, instance: instance, in: configuration) }
        grantTypeOrigin = grantType.map { Self.origin(of: $0, instance, configuration) }
        scopesOrigin = scopes.map { Self.origin(of: $0, instance, configuration) }
    }

    public var address: String { instance.address }

    /// Where an argument of the client is written.
    static func origin(
        of attribute: EvaluatedAttribute, _ instance: ResourceInstance, _ configuration: TerraformConfiguration?
    ) -> ValueOrigin {
        configuration?.origin(of: attribute.expression, in: instance)
            ?? ValueOrigin(expression: attribute.expression)
    }

    /// The configured `name`, when known.
    public var name: String? { instance.attribute("name")?.value.stringValue }

    /// The grant type, when configured with a valid, known value.
    public var knownGrantType: GrantType? {
        grantType?.value.stringValue.flatMap(GrantType.init(rawValue:))
    }

    /// The scope names with where each is written (the element's own range in a literal list,
    /// followed through module arguments and variables, otherwise the whole value's), and the
    /// reasons for any that cannot be known.
    public var scopeItems: (known: [ScopeItem], unknown: [Unknown]) {
        guard let scopes else { return ([], []) }
        return ScopeItem.items(of: scopes, origin: scopesOrigin)
    }
}

/// One scope of a client with where it was written.
public struct ScopeItem: Hashable, Sendable {
    public var name: String
    public var range: SourceRange
    /// The module calls the scope came through to `range` (see `ValueOrigin.via`).
    public var via: [String]

    public init(name: String, range: SourceRange, via: [String] = []) {
        self.name = name
        self.range = range
        self.via = via
    }

    /// ` (via module.x)` when the scope came through module calls, nothing otherwise.
    public var viaText: String { via.isEmpty ? "" : " (via \(via.joined(separator: ", ")))" }

    /// The scope names of a `scopes` attribute. A literal list — where the attribute is, or where
    /// its `origin` is — gives each element's range; a list computed otherwise gives the range of
    /// the whole value for each.
    package static func items(of attribute: EvaluatedAttribute, origin: ValueOrigin? = nil) -> (
        known: [ScopeItem], unknown: [Unknown]
    ) {
        let written = origin?.expression ?? attribute.expression
        let via = origin?.via ?? []
        var elementRanges: [SourceRange] = []
        if case .tuple(let elements) = written.kind {
            elementRanges = elements.map(\.range)
        }
        switch attribute.value {
        case .unknown(let unknown): return ([], [unknown])
        case .null: return ([], [])
        case .list(let values):
            var known: [ScopeItem] = []
            var unknown: [Unknown] = []
            for (index, value) in values.enumerated() {
                let range = values.count == elementRanges.count ? elementRanges[index] : written.range
                switch value {
                case .string(let name): known.append(ScopeItem(name: name, range: range, via: via))
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
    /// Where `role_id` is written (through module arguments, variables and locals).
    public var roleIdOrigin: ValueOrigin?

    public init(
        _ block: EvaluatedBlock, instance: ResourceInstance? = nil, in configuration: TerraformConfiguration? = nil
    ) {
        roleId = block.attribute("role_id")
        divisionId = block.attribute("division_id")
        range = block.range
        roleIdOrigin = roleId.map { attribute in
            guard let instance else { return ValueOrigin(expression: attribute.expression) }
            return OAuthClient.origin(of: attribute, instance, configuration)
        }
    }
}
