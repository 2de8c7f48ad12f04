/// The sentences explanations and findings use for scope and permission requirements.
public enum RequirementWording {
    /// `any one of: a, b` for single-scope alternatives; `one of: (a and b), (c)` otherwise.
    public static func scopes(_ alternatives: [[String]]) -> String {
        if alternatives.isEmpty { return "none (any OAuth token)" }
        if alternatives.allSatisfy({ $0.count == 1 }) {
            let names = alternatives.map { $0[0] }
            return names.count == 1 ? names[0] : "any one of: \(names.joined(separator: ", "))"
        }
        let groups = alternatives.map { $0.count == 1 ? $0[0] : "(\($0.joined(separator: " and ")))" }
        return "one of: \(groups.joined(separator: ", "))"
    }

    /// `ANY of: p, q` / `ALL of: p, q`, or `none` when nothing is checked.
    public static func permissions(_ mode: PermissionMode, _ permissions: [String]) -> String {
        permissions.isEmpty ? "none checked" : "\(mode.rawValue) of: \(permissions.joined(separator: ", "))"
    }
}
