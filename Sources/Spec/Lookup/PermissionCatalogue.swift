import Genesys

/// The permissions of a spec indexed by domain and entity, to answer `domain:entity:action`
/// queries in which entity and action may be `*` (as in role permission policies).
struct PermissionCatalogue: Equatable, Sendable {
    /// domain → entity → actions.
    private let actions: [String: [String: Set<String>]]

    init(_ permissions: Set<String>) {
        var actions: [String: [String: Set<String>]] = [:]
        for permission in permissions.compactMap(PermissionName.init) {
            actions[permission.domain, default: [:]][permission.entity, default: []].insert(permission.action)
        }
        self.actions = actions
    }

    /// Every permission with this domain, entity and action, sorted; `*` as entity or action
    /// matches any.
    func permissions(domain: String, entity: String, action: String) -> [String] {
        guard let entities = actions[domain] else { return [] }
        let matched =
            entity == "*" ? entities.map { ($0.key, $0.value) } : entities[entity].map { [(entity, $0)] } ?? []
        return matched.flatMap { entity, actions in
            (action == "*" ? Array(actions) : actions.contains(action) ? [action] : []).map {
                "\(domain):\(entity):\($0)"
            }
        }.sorted()
    }

    /// Whether some permission has this domain, entity and action; `*` as entity or action
    /// matches any.
    func contains(domain: String, entity: String, action: String) -> Bool {
        guard let entities = actions[domain] else { return false }
        let candidates = entity == "*" ? Array(entities.values) : entities[entity].map { [$0] } ?? []
        return candidates.contains { action == "*" ? !$0.isEmpty : $0.contains(action) }
    }
}
