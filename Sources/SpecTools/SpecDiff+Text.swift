import Spec

extension SpecDiff {
    /// The diff for people: a header per spec, one section per non-empty list, a summary line.
    public var text: String {
        var lines = ["--- \(Self.header(old))", "+++ \(Self.header(new))"]
        guard !isEmpty else { return (lines + ["no differences"]).joined(separator: "\n") + "\n" }
        lines += Self.section("operations added", addedOperations.map { "+ \(Self.name($0))" })
        lines += Self.section("operations removed", removedOperations.map { "- \(Self.name($0))" })
        lines += Self.section(
            "operations changed",
            changedOperations.flatMap { change in
                ["~ \(Self.name(change.operation))"] + change.changes.map { "    " + Self.line($0) }
            }, count: changedOperations.count)
        lines += Self.section("scopes added", addedScopes.map { "+ \($0)" })
        lines += Self.section("scopes removed", removedScopes.map { "- \($0)" })
        lines += Self.section("permissions added", addedPermissions.map { "+ \($0)" })
        lines += Self.section("permissions removed", removedPermissions.map { "- \($0)" })
        lines.append(summary)
        return lines.joined(separator: "\n") + "\n"
    }

    /// `2 operations added, 1 removed, 3 changed; 1 scope added, 0 removed; 0 permissions added, 2 removed`.
    public var summary: String {
        "\(Self.count(addedOperations.count, "operation")) added, \(removedOperations.count) removed, "
            + "\(changedOperations.count) changed; \(Self.count(addedScopes.count, "scope")) added, "
            + "\(removedScopes.count) removed; \(Self.count(addedPermissions.count, "permission")) added, "
            + "\(removedPermissions.count) removed"
    }

    private static func header(_ side: Side) -> String {
        "\(side.path): \(side.title) \(side.version) (\(count(side.operationCount, "operation")), "
            + "\(count(side.scopeCount, "scope")), xxh64:\(side.contentHash))"
    }

    private static func section(_ title: String, _ items: [String], count: Int? = nil) -> [String] {
        items.isEmpty ? [] : ["\(title) (\(count ?? items.count)):"] + items.map { "  " + $0 }
    }

    private static func name(_ operation: OperationName) -> String {
        operation.reference + (operation.operationId.map { " (\($0))" } ?? "")
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    private static func line(_ change: Change) -> String {
        switch change {
        case .scopes(let old, let new): "scopes: \(scopes(old)) -> \(scopes(new))"
        case .permissions(let old, let new): "permissions: \(permissions(old)) -> \(permissions(new))"
        case .deprecated(let old, let new): "deprecated: \(old) -> \(new)"
        case .preview(let old, let new): "preview: \(old) -> \(new)"
        }
    }

    /// `any of a, b`, `a and b, or c`, or why no scope is named.
    static func scopes(_ requirement: ScopeRequirement) -> String {
        switch requirement.kind {
        case .noSecurity: return "none (no security)"
        case .oauthWithoutScopes: return "any token (OAuth without scopes)"
        case .otherSchemesOnly: return "none (other schemes only)"
        case .scopes:
            if requirement.alternatives.allSatisfy({ $0.count == 1 }) {
                return "any of " + requirement.acceptedScopes.joined(separator: ", ")
            }
            return requirement.alternatives.map { $0.joined(separator: " and ") }.joined(separator: ", or ")
        }
    }

    /// `ANY a, b` or `none`.
    static func permissions(_ requirement: PermissionRequirement?) -> String {
        guard let requirement else { return "none" }
        return "\(requirement.type.rawValue) " + requirement.permissions.joined(separator: ", ")
    }
}
