import Graph
import Syntax

extension GrantSuggestion {
    /// The explanation printed by `scopecheck suggest --format text`: the grant, then each item
    /// with the calls that need it and what those calls accept.
    public var text: String {
        var lines = header
        lines.append("")
        if let scopes { lines.append("scopes = \(HCLQuoting.list(scopes))") }
        if let permissions {
            lines += permissions.policies.map { "permission_policies: \($0.description)" }
            if !permissions.otherPermissions.isEmpty {
                lines.append("permissions: \(permissions.otherPermissions.joined(separator: ", "))")
            }
        }
        for reason in reasons {
            lines.append("")
            lines.append("\(reason.item), needed by:")
            lines += reason.needs.map { "  " + describe($0, scope: reason.isScope) }
        }
        let unneeded = calls.filter { call in
            !call.operations.isEmpty && !reasons.contains { $0.needs.contains { $0.call == call.call } }
                && !uncovered.contains { $0.call == call.call }
        }
        if !unneeded.isEmpty {
            lines.append("")
            lines.append(permissions == nil ? "Calls that need no scope:" : "Calls that check no permission:")
            lines += unneeded.map { "  \($0.call.text) (\($0.call.range.description))" }
        }
        if !uncovered.isEmpty {
            lines.append("")
            lines.append("Not covered:")
            lines += uncovered.map { "  \($0.call.text) (\($0.call.range.description)): \($0.reason)" }
        }
        if let scopes { lines += comparison(with: scopes) }
        if !isProvenMinimal {
            lines.append("")
            lines.append(
                "The search stopped early on this large input: the grant covers every call but may not be the smallest."
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What the grant is, in one or two sentences.
    private var header: [String] {
        let callCount =
            calls.count == 1 ? "1 \(callOrigin.adjective) call" : "\(calls.count) \(callOrigin.adjective) calls"
        let scopeCount = scopes.map { $0.count == 1 ? "1 scope" : "\($0.count) scopes" }
        guard let permissions else {
            return [
                "\(client) (\(grantType.rawValue)): \(callCount); the smallest scope set covering them has \(scopeCount ?? "0 scopes")."
            ]
        }
        let size = permissions.permissions.count == 1 ? "1 permission" : "\(permissions.permissions.count) permissions"
        let policies =
            permissions.policies.count == 1
            ? "1 permission policy" : "\(permissions.policies.count) permission policies"
        var lines = [
            "\(client) (\(grantType.rawValue)): \(callCount); the smallest role covering them grants \(size) in \(policies)."
        ]
        if let scopeCount {
            lines.append(
                "A spec in force checks the scopes of every token (a gateway): its tokens also need \(scopeCount).")
        }
        return lines
    }

    /// `POST /api/v2/x (policy.hcl:4:5) accepts any one of: a, b`.
    private func describe(_ need: Need, scope: Bool) -> String {
        let operation = need.governing.operation
        let named =
            need.call.text == operation.reference ? need.call.text : "\(need.call.text) → \(operation.reference)"
        let requirement = need.governing.requirement
        let what =
            scope
            ? "accepts \(RequirementWording.scopes(requirement.scopeAlternatives))"
            : "checks \(RequirementWording.permissions(requirement.permissionMode, requirement.permissions))"
        return "\(named) (\(need.call.range.description)) \(what)\(need.provenance)"
    }

    /// How the suggestion differs from the scopes the client requests today.
    private func comparison(with scopes: [String]) -> [String] {
        let current = Set(currentScopes)
        let suggested = Set(scopes)
        let add = scopes.filter { !current.contains($0) }
        var seen = Set<String>()
        let remove = currentScopes.filter { !suggested.contains($0) && seen.insert($0).inserted }
        var lines = [""]
        if add.isEmpty && remove.isEmpty {
            lines.append("\(client) requests exactly these scopes today.")
        } else {
            let today = currentScopes.isEmpty ? "no known scopes" : currentScopes.joined(separator: ", ")
            lines.append("\(client) requests today: \(today).")
            if !add.isEmpty { lines.append("  add: \(add.joined(separator: ", "))") }
            if !remove.isEmpty { lines.append("  remove: \(remove.joined(separator: ", "))") }
        }
        return lines
    }
}
