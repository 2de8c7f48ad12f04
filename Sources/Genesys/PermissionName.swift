/// A Genesys Cloud permission, `domain:entity:action` (`analytics:queueObservation:view`). In a
/// role's permission policy the entity and the action may be `*`. The one place a permission
/// string is taken apart.
public struct PermissionName: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var domain: String
    public var entity: String
    public var action: String

    public init(domain: String, entity: String, action: String) {
        self.domain = domain
        self.entity = entity
        self.action = action
    }

    /// The parts of `text`; nil unless it has exactly three `:`-separated parts.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 3 else { return nil }
        self.init(domain: String(parts[0]), entity: String(parts[1]), action: String(parts[2]))
    }

    /// `domain:entity:action`.
    public var description: String { "\(domain):\(entity):\(action)" }

    /// `domain:entity`: what a permission policy groups actions under.
    public var policyKey: String { "\(domain):\(entity)" }

    public static func < (lhs: PermissionName, rhs: PermissionName) -> Bool { lhs.description < rhs.description }
}
