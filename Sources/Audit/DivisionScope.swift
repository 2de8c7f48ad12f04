import Graph

/// In which divisions a call's permissions hold: a role granted in one division grants its
/// permissions on that division's objects only (`*` = all divisions).
enum DivisionScope {
    /// `all (*)`, `X only: …`, or why it cannot be known, for the roles that grant
    /// a call's permissions (`unknownRoles`: the client's roles whose permissions are unknown).
    static func describe(_ granting: [RoleGrant], unknownRoles: [RoleGrant]) -> String {
        guard !granting.isEmpty else {
            guard unknownRoles.isEmpty else {
                return "cannot be known: what \(unknownRoles.map(\.reference).joined(separator: ", ")) grant is unknown"
            }
            return "cannot be known: no role of the inputs grants the permissions"
        }
        if granting.contains(where: { $0.division == "*" }) { return "all (*)" }
        let known = Auditor.unique(granting.compactMap(\.division))
        let unknown = granting.filter { $0.division == nil }.map(\.reference)
        var parts: [String] = []
        if !known.isEmpty {
            parts.append(
                "\(known.joined(separator: ", ")) only: objects of other divisions are refused"
            )
        }
        if !unknown.isEmpty {
            parts.append(
                "cannot be known for \(unknown.joined(separator: ", ")): the division it is granted in is not given")
        }
        return parts.joined(separator: "; ")
    }
}
