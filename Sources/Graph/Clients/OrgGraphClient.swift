import Genesys
import Org

/// A client of the org's API answers (`--org`), with the calls attributed to it and what it
/// presents: its grant type, scopes and roles, each role in its division with the permission
/// policies the answers hold for it.
public struct OrgGraphClient: Sendable {
    public var client: OrgClient
    /// Every call attributed to the client (its data actions, observed usage), in source order.
    public var calls: [ResolvedCall]
    public var grant: ClientGrant

    public init(client: OrgClient, calls: [ResolvedCall], org: OrgExport) {
        self.client = client
        self.calls = calls
        let roles = client.roles.map { assignment -> RoleGrant in
            guard let role = org.role(id: assignment.roleId) else {
                return RoleGrant(
                    reference: "role id \"\(assignment.roleId)\"", division: assignment.divisionId, policies: nil,
                    unresolvedReason:
                        "the org answers hold no role with this id (save GET /api/v2/authorization/roles/\(assignment.roleId))"
                )
            }
            return RoleGrant(reference: role.label, division: assignment.divisionId, policies: role.policies)
        }
        let grantType = client.grantType.flatMap(GrantType.init(rawValue:))
        grant = ClientGrant(address: client.label, grantType: grantType, scopes: client.scopes, roles: roles)
    }
}
