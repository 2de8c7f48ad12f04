import Core

/// An OAuth client as `GET /api/v2/oauth/clients` answers it (`OAuthClient`). The secret is
/// never read.
public struct OrgClient: Sendable, Equatable {
    /// A role the client holds in one division (`roleDivisions`), or in the divisions the org
    /// gives by default when the answer lists only `roleIds` (division nil).
    public struct RoleAssignment: Sendable, Equatable {
        public var roleId: String
        public var divisionId: String?

        public init(roleId: String, divisionId: String?) {
            self.roleId = roleId
            self.divisionId = divisionId
        }
    }

    public var id: String
    public var name: String?
    /// `authorizedGrantType` as written (`CLIENT-CREDENTIALS`, `CODE`, ...).
    public var grantType: String?
    public var scopes: [String]
    public var roles: [RoleAssignment]
    public var accessTokenValiditySeconds: Int?
    /// `state` (`active`, `disabled`, `inactive`).
    public var state: String?
    /// Where the client's object is in the saved answer.
    public var range: SourceRange

    public init(
        id: String, name: String?, grantType: String?, scopes: [String], roles: [RoleAssignment],
        accessTokenValiditySeconds: Int?, state: String?, range: SourceRange
    ) {
        self.id = id
        self.name = name
        self.grantType = grantType
        self.scopes = scopes
        self.roles = roles
        self.accessTokenValiditySeconds = accessTokenValiditySeconds
        self.state = state
        self.range = range
    }

    /// `Name (id)`, or the id alone.
    public var label: String { name.map { "\($0) (\(id))" } ?? id }
}
