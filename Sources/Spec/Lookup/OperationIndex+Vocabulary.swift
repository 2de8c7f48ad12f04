import Genesys

/// Questions about the names a spec defines: scopes (from its OAuth security definitions) and
/// permissions (from its operations), with the nearest real names for unknown ones.
extension OperationIndex {
    /// Whether `name` is a scope of the spec's catalogue (exact spelling).
    public func isKnownScope(_ name: String) -> Bool {
        spec.scopes[name] != nil
    }

    /// Up to 5 real scope names closest to `name`, best first; `[name]` when it is known.
    /// Example: `analytics:view` → `analytics:readonly`, `analytics`. See `NameSuggester`.
    public func scopeSuggestions(for name: String) -> [String] {
        isKnownScope(name) ? [name] : NameSuggester.suggestions(for: name, among: spec.scopeNames)
    }

    /// Whether some operation requires exactly the permission `permission`, or, when it has the
    /// form `domain:entity:action`, a permission it matches with `*` wildcards.
    public func isKnownPermission(_ permission: String) -> Bool {
        if spec.permissions.contains(permission) { return true }
        guard let name = PermissionName(permission) else { return false }
        return isKnownPermission(domain: name.domain, entity: name.entity, action: name.action)
    }

    /// Whether some operation requires a permission `domain:entity:action`; `*` as entity or action
    /// matches any (so `routing:*:*` asks whether the domain has any permission).
    public func isKnownPermission(domain: String, entity: String, action: String) -> Bool {
        permissionCatalogue.contains(domain: domain, entity: entity, action: action)
    }

    /// The permissions of the spec a role's permission policy grants (`*` as entity or action
    /// matches any), sorted.
    public func permissions(domain: String, entity: String, actions: [String]) -> [String] {
        Array(Set(actions.flatMap { permissionCatalogue.permissions(domain: domain, entity: entity, action: $0) }))
            .sorted()
    }

    /// Up to 5 real permission strings closest to `permission`, best first; `[permission]` when
    /// it is known exactly. See `NameSuggester`.
    public func permissionSuggestions(for permission: String) -> [String] {
        spec.permissions.contains(permission)
            ? [permission] : NameSuggester.suggestions(for: permission, among: spec.permissions.sorted())
    }
}
