/// The permissions an operation checks (`x-inin-requires-permissions`): the caller must hold
/// any one (`.any`) or all (`.all`) of `permissions`.
public struct PermissionRequirement: Hashable, Sendable {
    /// Whether one listed permission suffices or all are needed.
    public enum MatchType: String, Hashable, Sendable {
        case any = "ANY"
        case all = "ALL"
    }

    /// `ANY` or `ALL`.
    public var type: MatchType
    /// Permission strings, usually `domain:entity:action`, in spec order.
    public var permissions: [String]

    public init(type: MatchType, permissions: [String]) {
        self.type = type
        self.permissions = permissions
    }
}
