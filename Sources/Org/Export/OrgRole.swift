import Core
import Genesys

/// A role as `GET /api/v2/authorization/roles` answers it (`DomainOrganizationRole`).
public struct OrgRole: Sendable, Equatable {
    public var id: String
    public var name: String?
    /// `permissionPolicies`: domain, entityName and actionSet of each.
    public var policies: [PermissionPolicy]
    public var range: SourceRange

    public init(id: String, name: String?, policies: [PermissionPolicy], range: SourceRange) {
        self.id = id
        self.name = name
        self.policies = policies
        self.range = range
    }

    /// `Name (id)`, or the id alone.
    public var label: String { name.map { "\($0) (\(id))" } ?? id }
}
