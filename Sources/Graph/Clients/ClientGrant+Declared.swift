import Core
import Genesys
import Syntax

extension ClientGrant {
    /// What a policy says a client-credentials client outside the configuration holds: roles of
    /// the configuration (`roles`, addresses resolved by `resolver`) and permissions written out
    /// (`permissions`, the attribute `permissionsAttribute` at `range`), as one grant named
    /// `address`.
    static func declared(
        by address: String, roles: [Located<String>], permissions: [Located<String>],
        permissionsAttribute: String, at range: SourceRange, resolver: GrantResolver
    ) -> ClientGrant {
        let roleGrants = roles.map { role in
            resolver.grant(
                forRoleId: .unknown(Unknown(reason: "", range: role.range, refersTo: role.value, attribute: "id")),
                division: "*")
        }
        let names = permissions.compactMap { PermissionName($0.value) }
        // The permissions written out are one grant, named by where they are written.
        let written =
            names.isEmpty
            ? []
            : [
                RoleGrant(
                    reference: "\(permissionsAttribute) (\(range.description))", division: "*",
                    policies: names.map { PermissionPolicy(domain: $0.domain, entity: $0.entity, actions: [$0.action]) }
                )
            ]
        return ClientGrant(
            address: address, grantType: .clientCredentials, scopes: [], roles: roleGrants + written)
    }
}
