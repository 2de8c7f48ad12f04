/// Whether a permission list must be held completely or in part.
public enum PermissionMode: String, Sendable {
    case any = "ANY"
    case all = "ALL"
}

/// What gates one API operation: the OAuth scopes a user-context token must carry and the
/// permissions the caller (the user, or a client-credentials client's roles) must hold.
public struct EndpointRequirement: Sendable, Equatable {
    /// The endpoint, for messages: `POST /api/v2/...`.
    public var label: String
    /// Alternatives of scope sets: a token must carry every scope of at least one alternative.
    /// Empty when the operation takes an OAuth token without naming scopes.
    public var scopeAlternatives: [[String]]
    /// Whether an OAuth token is accepted at all (false for operations secured only by other
    /// schemes, such as guest chat JWTs, or by none).
    public var acceptsOAuth: Bool
    public var permissionMode: PermissionMode
    /// The permissions checked; empty means no permission check.
    public var permissions: [String]
    /// Whether the scopes bind client-credentials tokens too (a gateway that checks every
    /// token's scopes); Genesys Cloud itself checks scopes on user tokens only.
    public var scopesApplyToEveryGrant: Bool

    public init(
        label: String, scopeAlternatives: [[String]], acceptsOAuth: Bool = true,
        permissionMode: PermissionMode = .any, permissions: [String] = [], scopesApplyToEveryGrant: Bool = false
    ) {
        self.label = label
        self.scopeAlternatives = scopeAlternatives
        self.acceptsOAuth = acceptsOAuth
        self.permissionMode = permissionMode
        self.permissions = permissions
        self.scopesApplyToEveryGrant = scopesApplyToEveryGrant
    }
}
