extension GrantSuggestion {
    /// The explanation printed by `scopecheck suggest --format text`: the grant, then each item
    /// with the calls that need it and what those calls accept.
    public var text: String {
        var lines: [String] = []
        let callCount = calls.count == 1 ? "1 declared call" : "\(calls.count) declared calls"
        switch grant {
        case .scopes(let scopes):
            let size = scopes.count == 1 ? "1 scope" : "\(scopes.count) scopes"
            lines.append(
                "\(client) (\(grantType.rawValue)): \(callCount); the smallest scope set covering them has \(size).")
            lines.append("")
            lines.append("scopes = \(HCLQuoting.list(scopes))")
        case .permissions(let result):
            let size = result.permissions.count == 1 ? "1 permission" : "\(result.permissions.count) permissions"
            let policies =
                result.policies.count == 1 ? "1 permission policy" : "\(result.policies.count) permission policies"
            lines.append(
                "\(client) (\(grantType.rawValue)): \(callCount); the smallest role covering them grants \(size) in \(policies)."
            )
            lines.append("")
            lines += result.policies.map { "permission_policies: \($0.description)" }
            if !result.otherPermissions.isEmpty {
                lines.append("permissions: \(result.otherPermissions.joined(separator: ", "))")
            }
        }
        for reason in reasons {
            lines.append("")
            lines.append("\(reason.item), needed by:")
            lines += reason.needs.map { "  " + describe($0) }
        }
        let unneeded = calls.filter { call in
            !call.operations.isEmpty && !reasons.contains { $0.needs.contains { $0.call == call.call } }
                && !uncovered.contains { $0.call == call.call }
        }
        if !unneeded.isEmpty {
            lines.append("")
            lines.append(grant.isScopes ? "Calls that need no scope:" : "Calls that check no permission:")
            lines += unneeded.map { "  \($0.call.text) (\($0.call.range.description))" }
        }
        if !uncovered.isEmpty {
            lines.append("")
            lines.append("Not covered:")
            lines += uncovered.map { "  \($0.call.text) (\($0.call.range.description)): \($0.reason)" }
        }
        if case .scopes(let scopes) = grant { lines += comparison(with: scopes) }
        if !isProvenMinimal {
            lines.append("")
            lines.append(
                "The search stopped early on this large input: the grant covers every call but may not be the smallest."
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `POST /api/v2/x (policy.hcl:4:5) accepts any one of: a, b`.
    private func describe(_ need: Need) -> String {
        let named =
            need.call.text == need.operation.reference
            ? need.call.text : "\(need.call.text) → \(need.operation.reference)"
        let requirement = EndpointRequirement(need.operation)
        let what =
            grant.isScopes
            ? "accepts \(RequirementWording.scopes(requirement.scopeAlternatives))"
            : "checks \(RequirementWording.permissions(requirement.permissionMode, requirement.permissions))"
        return "\(named) (\(need.call.range.description)) \(what)\(need.specAttribution)"
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

extension GrantSuggestion.Grant {
    /// Whether the grant is a scope list (user-context clients).
    var isScopes: Bool {
        if case .scopes = self { true } else { false }
    }
}
