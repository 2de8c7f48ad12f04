import Core

extension ClientAudit {
    /// The page as plain text: identity, verdict, scopes, roles, calls, findings, change, notes.
    public var text: String {
        var lines = [
            heading, "  defined at \(identity.definedAt.description) (\(originWords))", "  specs in force: \(specs)",
        ]
        lines.append("Verdict: \(verdictSentence)")
        lines.append("")
        lines.append("Scopes")
        if scopes.isEmpty { lines.append("  (none)") }
        for scope in scopes {
            var line = "  \(scope.name): \(scopeWords(scope))"
            if !scope.suggestions.isEmpty { line += "; did you mean \(scope.suggestions.joined(separator: ", "))" }
            lines.append(line)
        }
        lines.append("")
        lines.append("Roles")
        if roles.isEmpty { lines.append("  (none)") }
        for role in roles {
            lines.append("  \(role.reference) in \(Self.divisionWords(role.division))")
            if let reason = role.unknownReason {
                lines.append("    permissions unknown: \(reason)")
                continue
            }
            for policy in role.policies ?? [] { lines.append("    policy \(policy.description)") }
            let effective = role.effectivePermissions
            lines.append(
                "    grants \(effective.isEmpty ? "no permission of the specs in force" : effective.joined(separator: ", "))"
            )
        }
        lines.append("")
        lines.append("Calls")
        if calls.isEmpty { lines.append("  (none known)") }
        for call in calls {
            lines.append("  \(call.verdict.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(call.text)")
            lines.append("           from \(call.provenance)")
            if !call.operations.isEmpty, call.operations != [call.text] {
                lines.append("           operation \(call.operations.joined(separator: ", "))")
            }
            if !call.requirement.isEmpty { lines.append("           needs \(call.requirement)") }
            for missing in call.missing { lines.append("           missing \(missing)") }
            if !call.grantedBy.isEmpty {
                lines.append("           granted by \(call.grantedBy.joined(separator: ", "))")
            }
            if let divisions = call.divisions { lines.append("           divisions: \(divisions)") }
            for reason in call.unresolved { lines.append("           unknown: \(reason)") }
            for note in call.notes { lines.append("           note: \(note)") }
            if call.deniedToday {
                lines.append("           observed: refused today (the usage rows count 4xx answers other than 429)")
            }
        }
        if !findings.isEmpty {
            lines.append("")
            lines.append("Findings (scopecheck lint)")
            for finding in findings {
                lines.append(
                    "  \(finding.range.description): \(finding.severity.rawValue): \(finding.message) [\(finding.rule)]"
                )
            }
        }
        lines.append("")
        lines.append("Least-privilege change")
        lines += changeLines.map { "  " + $0 }
        if !notes.isEmpty {
            lines.append("")
            lines.append("Notes")
            lines += notes.map { "  " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `Client X: CLIENT-CREDENTIALS, active, tokens valid 86400 s`.
    var heading: String {
        var facts = [identity.grantType ?? "grant type not set"]
        if let state = identity.state { facts.append(state) }
        if let seconds = identity.tokenLifetimeSeconds { facts.append("tokens valid \(seconds) s") }
        return "Client \(identity.label): \(facts.joined(separator: ", "))"
    }

    var originWords: String { identity.origin == "org" ? "the org's API answers" : "Terraform" }

    /// `allowed: every call (3) is allowed`, `denied: 1 of 4 calls is refused`, ...
    var verdictSentence: String {
        let denied = calls.count { $0.verdict == .denied }
        let unknown = calls.count { $0.verdict == .unknown }
        switch verdict {
        case .denied: return "denied: \(denied) of \(calls.count) call\(calls.count == 1 ? "" : "s") refused"
        case .unknown:
            return "unknown: \(unknown) of \(calls.count) call\(calls.count == 1 ? "" : "s") cannot be decided"
        case .allowed:
            return calls.isEmpty ? "no call known" : "allowed: every call (\(calls.count)) is allowed"
        }
    }

    func scopeWords(_ scope: Scope) -> String {
        switch scope.status {
        case .used: "used by \(scope.usedBy.joined(separator: ", "))"
        case .excess: "excess: no call needs it"
        case .unknown: "unknown: no spec in force has this scope"
        case .ignored: "ignored for this grant type"
        case .unchecked: "unchecked: no call of the client is known"
        }
    }

    static func divisionWords(_ division: String?) -> String {
        switch division {
        case "*": "all divisions (*)"
        case nil: "a division that is not given"
        case let id?: "division \(id) only"
        }
    }

    /// `+ permission x`, `- scope y`, caveats, or that nothing changes.
    var changeLines: [String] {
        var lines = change.addScopes.map { "+ scope \($0)" } + change.addPermissions.map { "+ permission \($0)" }
        lines += change.removeScopes.map { "- scope \($0)" } + change.removePolicies.map { "- policy \($0)" }
        for narrowing in change.narrowPolicies {
            lines.append("- policy \(narrowing.from)")
            lines += narrowing.to.map { "+ policy \($0)" }
        }
        if lines.isEmpty, change.caveats.isEmpty { lines.append("none: the grant is the least its known calls need") }
        return lines + change.caveats.map { "caveat: \($0)" }
    }
}
