import Syntax
import Terraform

/// Turns clients and roles of a configuration into the grants the access check works on:
/// follows `roles.role_id` to the `genesyscloud_auth_role` it references and keeps what cannot
/// be resolved as an unknown grant with its reason.
public struct GrantResolver: Sendable {
    private let roles: [String: AuthRole]

    public init(configuration: TerraformConfiguration) {
        self.init(configurations: [configuration])
    }

    /// A resolver over the roles of several configurations (roles are looked up by address;
    /// the first configuration defining an address wins).
    public init(configurations: [TerraformConfiguration]) {
        var roles: [String: AuthRole] = [:]
        for instance in configurations.flatMap({ $0.resources(ofType: AuthRole.resourceType) })
        where roles[instance.address] == nil {
            roles[instance.address] = AuthRole(instance)
        }
        self.roles = roles
    }

    /// The role a `role_id` value points at, when it references one in the configuration.
    public func role(referencedBy value: Value) -> AuthRole? {
        guard case .unknown(let unknown) = value, let address = unknown.refersTo else { return nil }
        return roles[address]
    }

    /// The role at `address` (`genesyscloud_auth_role.x`, `data.genesyscloud_auth_role.y`).
    public func role(at address: String) -> AuthRole? { roles[address] }

    /// What a role assignment grants.
    public func grant(for assignment: RoleAssignment) -> RoleGrant {
        let division = assignment.divisionId?.value.stringValue
        guard let roleId = assignment.roleId else {
            return RoleGrant(
                reference: "(no role_id)", division: division, policies: nil, unresolvedReason: "role_id is missing")
        }
        return grant(forRoleId: roleId.value, division: division)
    }

    /// What the role identified by `value` grants: a role of the configuration resolves to its
    /// policies; a literal id, a data source or an unknown value is an unknown grant.
    public func grant(forRoleId value: Value, division: String?) -> RoleGrant {
        switch value {
        case .string(let id):
            return RoleGrant(
                reference: "role id \"\(id)\"", division: division, policies: nil,
                unresolvedReason: "a literal role id: the role is not defined in this configuration")
        case .unknown(let unknown):
            guard let address = unknown.refersTo else {
                return RoleGrant(
                    reference: "an unknown role", division: division, policies: nil, unresolvedReason: unknown.reason)
            }
            guard let role = roles[address] else {
                return RoleGrant(
                    reference: address, division: division, policies: nil,
                    unresolvedReason: "\(address) is not a genesyscloud_auth_role of this configuration")
            }
            switch role.resolvedPolicies {
            case .success(let policies):
                return RoleGrant(
                    reference: address, division: division, policies: policies, declaration: role.instance.labelRange)
            case .failure(let error):
                return RoleGrant(
                    reference: address, division: division, policies: nil, unresolvedReason: error.reason,
                    declaration: role.instance.labelRange)
            }
        default:
            return RoleGrant(
                reference: "a \(value.typeName) value", division: division, policies: nil,
                unresolvedReason: "role_id must be a role id string")
        }
    }

    /// The grant of `client`; `userRoles` are the addresses of the roles its signed-in users
    /// hold, when a policy names them.
    public func grant(for client: OAuthClient, userRoles: [String]? = nil) -> ClientGrant {
        let (known, unknown) = client.scopeItems
        return ClientGrant(
            address: client.address,
            grantType: client.knownGrantType,
            scopes: known.map(\.name),
            unknownScopes: unknown.map(\.reason),
            roles: client.roles.map(grant(for:)),
            userRoles: userRoles?.map { address in
                grant(
                    forRoleId: .unknown(Unknown(reason: "", range: nil, refersTo: address, attribute: "id")),
                    division: "*")
            })
    }
}
