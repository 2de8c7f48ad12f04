import Genesys

/// The smallest set of permissions, and the role permission policies granting them, that let a
/// client-credentials token call every endpoint of a list.
public enum PermissionCover {
    /// The chosen permissions with the policies that grant them.
    public struct Result: Equatable, Sendable {
        /// Every permission chosen, sorted.
        public var permissions: [String]
        /// One policy per domain and entity, sorted by domain then entity, actions sorted.
        public var policies: [PermissionPolicy]
        /// Chosen permissions that are not `domain:entity:action` (a role's `permissions` list).
        public var otherPermissions: [String]
        public var isProvenMinimal: Bool
    }

    /// The `domain:entity` a permission's policy is merged under; the permission itself when it
    /// has another shape.
    static func policyKey(_ permission: String) -> String {
        PermissionName(permission)?.policyKey ?? permission
    }

    /// Ranks covers of equal size: fewer policies after merging per domain and entity first;
    /// permissions of one domain and entity are solved together.
    public static let ranking = MinimumCover.Ranking(
        secondary: { permissions in Set(permissions.map(policyKey)).count }, component: policyKey)

    /// The fewest distinct permissions satisfying every requirement (an ALL list forces all its
    /// permissions, an ANY list needs one), then the fewest merged policies, then the
    /// alphabetically first list. Requirements that check no permission need none.
    public static func minimum(_ requirements: [EndpointRequirement], budget: Int = MinimumCover.defaultBudget)
        -> Result
    {
        let alternatives = requirements.filter { $0.acceptsOAuth && !$0.permissions.isEmpty }.map { requirement in
            requirement.permissionMode == .all ? [requirement.permissions] : requirement.permissions.map { [$0] }
        }
        let solution =
            MinimumCover.solve(alternatives, ranking: ranking, budget: budget)
            ?? MinimumCover.Solution(items: [], isProvenMinimal: true)
        let (policies, others) = merge(solution.items)
        return Result(
            permissions: solution.items, policies: policies, otherPermissions: others,
            isProvenMinimal: solution.isProvenMinimal)
    }

    /// Permission policies granting exactly `permissions`, merged per domain and entity.
    public static func merge(_ permissions: [String]) -> (policies: [PermissionPolicy], others: [String]) {
        var actions: [[String]: [String]] = [:]
        var others: [String] = []
        for permission in Set(permissions) {
            guard let name = PermissionName(permission) else {
                others.append(permission)
                continue
            }
            actions[[name.domain, name.entity], default: []].append(name.action)
        }
        let policies = actions.map { key, actions in
            PermissionPolicy(domain: key[0], entity: key[1], actions: actions.sorted())
        }.sorted { ($0.domain, $0.entity) < ($1.domain, $1.entity) }
        return (policies, others.sorted())
    }
}
