/// A permission policy of a role: a domain, an entity (`*` = every entity of the domain) and
/// an action set (`*` = every action). It grants `domain:entity:action` permissions.
public struct PermissionPolicy: Hashable, Sendable {
    public var domain: String
    public var entity: String
    public var actions: [String]

    public init(domain: String, entity: String, actions: [String]) {
        self.domain = domain
        self.entity = entity
        self.actions = actions
    }

    /// Whether the policy grants `permission` (`domain:entity:action`; domains and entities
    /// compare exactly, `*` matches anything).
    public func grants(_ permission: String) -> Bool {
        guard let name = PermissionName(permission) else { return false }
        return name.domain == domain
            && (entity == "*" || name.entity == entity)
            && actions.contains { $0 == "*" || $0 == name.action }
    }

    /// `domain:entity:action1,action2`, for messages.
    public var description: String { "\(domain):\(entity):\(actions.joined(separator: ","))" }
}
