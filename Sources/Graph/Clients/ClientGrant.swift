import Core
import Genesys

/// A role as far as the configuration tells it: its permission policies when the role is
/// defined in the configuration, or why they cannot be known (a data source, a literal id).
public struct RoleGrant: Sendable, Equatable {
    /// The address of the role (`genesyscloud_auth_role.x`) or the literal id it was given by.
    public var reference: String
    /// The division the role is granted in (`*` = all), when known.
    public var division: String?
    /// The role's policies; nil when they are not in the configuration.
    public var policies: [PermissionPolicy]?
    /// Why the policies are unknown, when they are.
    public var unresolvedReason: String?
    /// The role's declaration (its resource label), when the role is in the configuration.
    public var declaration: SourceRange?

    public init(
        reference: String, division: String?, policies: [PermissionPolicy]?, unresolvedReason: String? = nil,
        declaration: SourceRange? = nil
    ) {
        self.reference = reference
        self.division = division
        self.policies = policies
        self.unresolvedReason = unresolvedReason
        self.declaration = declaration
    }
}

/// What an OAuth client can present to the API: its grant type, its scopes (user grants) and
/// its roles (client credentials), with what could not be resolved statically.
public struct ClientGrant: Sendable, Equatable {
    public var address: String
    /// nil when the grant type is missing, invalid or unknown.
    public var grantType: GrantType?
    public var scopes: [String]
    /// Reasons some scopes are not known statically (a computed value, an unknown variable).
    public var unknownScopes: [String]
    public var roles: [RoleGrant]
    /// Roles of the users who sign in through a user-context client, when a policy names them.
    public var userRoles: [RoleGrant]?

    public init(
        address: String, grantType: GrantType?, scopes: [String], unknownScopes: [String] = [],
        roles: [RoleGrant], userRoles: [RoleGrant]? = nil
    ) {
        self.address = address
        self.grantType = grantType
        self.scopes = scopes
        self.unknownScopes = unknownScopes
        self.roles = roles
        self.userRoles = userRoles
    }
}
