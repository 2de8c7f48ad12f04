import Genesys

/// Writes `permission_policies` blocks granting given permissions, for fix suggestions.
enum PermissionPolicyText {
    /// One-line blocks, merged per domain and entity: `permission_policies { domain = "a" entity_name = "b" action_set = ["view"] }`.
    static func blocks(for permissions: [String]) -> String {
        var order: [PermissionName] = []
        var actions: [String: [String]] = [:]
        for permission in permissions.compactMap(PermissionName.init) {
            if actions[permission.policyKey] == nil { order.append(permission) }
            actions[permission.policyKey, default: []].append(permission.action)
        }
        return order.map { first in
            let list = (actions[first.policyKey] ?? []).map { "\"\($0)\"" }.joined(separator: ", ")
            return
                "permission_policies { domain = \"\(first.domain)\" entity_name = \"\(first.entity)\" action_set = [\(list)] }"
        }.joined(separator: "; ")
    }
}
