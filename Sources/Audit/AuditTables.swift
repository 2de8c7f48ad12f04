/// A table of the audit page, as text runs the Markdown and HTML writers format each their way.
struct AuditTable: Sendable {
    /// A run of text in a cell: words, or a name set as code.
    enum Span: Sendable, Equatable {
        case text(String)
        case code(String)
    }

    /// A cell's lines.
    typealias Cell = [[Span]]

    var headers: [String]
    var rows: [[Cell]]
}

extension ClientAudit {
    /// Grant type, state, token lifetime, where the client is defined, the specs in force.
    var factsTable: AuditTable {
        var rows: [[AuditTable.Cell]] = []
        func row(_ fact: String, _ value: AuditTable.Span) { rows.append([[[.text(fact)]], [[value]]]) }
        if let name = identity.name { row("Name", .text(name)) }
        if let id = identity.id { row("ID", .code(id)) }
        row("Grant type", identity.grantType.map(AuditTable.Span.code) ?? .text("not set"))
        row("State", .text(identity.state ?? "not set"))
        row("Token lifetime", .text(identity.tokenLifetimeSeconds.map { "\($0) s" } ?? "not set"))
        rows.append([[[.text("Defined at")]], [[.code(identity.definedAt.description), .text(" (\(originWords))")]]])
        row("Specs", .text(specs))
        return AuditTable(headers: ["Fact", "Value"], rows: rows)
    }

    /// Each scope with its status and what it is to the calls.
    var scopesTable: AuditTable {
        AuditTable(
            headers: ["Scope", "Status", "Detail"],
            rows: scopes.map { scope in
                var detail: [AuditTable.Span] =
                    switch scope.status {
                    case .used: [.text("used by ")] + Self.codeList(scope.usedBy)
                    case .excess: [.text("no call needs it")]
                    case .unknown: [.text("no spec in force has this scope")]
                    case .ignored: [.text("ignored for this grant type")]
                    case .unchecked: [.text("no call of the client is known")]
                    }
                if !scope.suggestions.isEmpty {
                    detail += [.text("; did you mean ")] + Self.codeList(scope.suggestions)
                }
                return [[[.code(scope.name)]], [[.text(scope.status.rawValue)]], [detail]]
            })
    }

    /// Each role with its division, policies (excess ones marked) and effective permissions.
    var rolesTable: AuditTable {
        AuditTable(
            headers: ["Role", "Division", "Policies", "Effective permissions"],
            rows: roles.map { role in
                let policies: AuditTable.Cell =
                    role.unknownReason.map { [[.text("unknown: \($0)")]] }
                    ?? (role.policies ?? []).map { policy in
                        [.code(policy.description)] + (role.excessPolicies.contains(policy) ? [.text(" (excess)")] : [])
                    }
                let effective: AuditTable.Cell =
                    role.unknownReason != nil
                    ? [[.text("unknown")]]
                    : role.effectivePermissions.isEmpty
                        ? [[.text("none of the specs in force")]] : role.effectivePermissions.map { [.code($0)] }
                return [[[.text(role.reference)]], [[.text(Self.divisionWords(role.division))]], policies, effective]
            })
    }

    /// Each call with its verdict, source, needs, what is missing or grants it, and divisions.
    var callsTable: AuditTable {
        AuditTable(
            headers: ["Verdict", "Call", "Source", "Needs", "Missing / granted by", "Divisions"],
            rows: calls.map { call in
                var text: AuditTable.Cell = [[.code(call.text)]]
                if !call.operations.isEmpty, call.operations != [call.text] {
                    text.append([.text("operation ")] + Self.codeList(call.operations))
                }
                var status: AuditTable.Cell = call.missing.map { [.text("missing \($0)")] }
                if !call.grantedBy.isEmpty {
                    status.append([.text("granted by \(call.grantedBy.joined(separator: ", "))")])
                }
                status += call.unresolved.map { [.text("unknown: \($0)")] } + call.notes.map { [.text("note: \($0)")] }
                if call.deniedToday { status.append([.text("observed: refused today")]) }
                return [
                    [[.text(call.verdict.rawValue)]], text, [[.text(call.provenance)]],
                    [[.text(call.requirement.isEmpty ? "unknown" : call.requirement)]],
                    status.isEmpty ? [[.text("—")]] : status,
                    [[.text(call.divisions ?? "—")]],
                ]
            })
    }

    /// The lines of the change that are `+ ...` or `- ...`.
    var changeDiffLines: [String] { changeLines.filter { $0.hasPrefix("+ ") || $0.hasPrefix("- ") } }

    /// The lines of the change that are not: caveats, or that nothing changes.
    var changeRemarks: [String] { changeLines.filter { !$0.hasPrefix("+ ") && !$0.hasPrefix("- ") } }

    /// `a`, `b` as code, separated by commas.
    static func codeList(_ items: [String]) -> [AuditTable.Span] {
        items.enumerated().flatMap { index, item in
            index == 0 ? [AuditTable.Span.code(item)] : [.text(", "), .code(item)]
        }
    }
}
