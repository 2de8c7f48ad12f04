import Core
import Graph

/// Every client the inputs hold, with a one-line verdict each: what `audit` prints without
/// `--client`.
public struct AuditListing: Sendable {
    public var audits: [ClientAudit]
    /// What the org's data actions could not be linked to (an action whose client is unknown).
    public var notes: [String]

    public init(audits: [ClientAudit], notes: [String]) {
        self.audits = audits
        self.notes = notes
    }

    /// Whether some client has a problem.
    public var isProblem: Bool { audits.contains(where: \.isProblem) }

    /// One line a client: verdict, label, grant type, call counts, scope and change summary.
    public var text: String {
        guard !audits.isEmpty else { return "no OAuth client in the inputs\n" + notesText }
        let lines = audits.map { audit in
            let verdict = audit.verdictWord.padding(
                toLength: 8, withPad: " ", startingAt: 0)
            return
                "\(verdict) \(audit.identity.label) (\(audit.identity.grantType ?? "no grant type"), \(audit.identity.origin)): \(audit.summary)"
        }
        return lines.joined(separator: "\n") + "\n" + notesText
    }

    private var notesText: String {
        notes.isEmpty ? "" : "\n" + notes.map { "note: \($0)" }.joined(separator: "\n") + "\n"
    }

    /// `{"clients": [{"client", "origin", "grantType", "verdict", "calls", "denied", "summary"}], "notes": [...]}`.
    public var json: JSONOutput {
        .fields([
            (
                "clients",
                .array(
                    audits.map { audit in
                        .fields([
                            ("client", .string(audit.identity.label)), ("origin", .string(audit.identity.origin)),
                            ("grantType", audit.identity.grantType.map(JSONOutput.string)),
                            ("verdict", .string(audit.verdictWord)), ("calls", .int(audit.calls.count)),
                            ("denied", .int(audit.calls.count { $0.verdict == .denied })),
                            ("summary", .string(audit.summary)),
                        ])
                    })
            ),
            ("notes", .array(notes.map(JSONOutput.string))),
        ])
    }

    /// The notes about the org's data actions that make no call (their client is not known).
    public static func dataActionNotes(in graph: RequirementGraph) -> [String] {
        graph.org.actions.compactMap { action in
            switch OrgDataActionLinks.link(action, in: graph.org) {
            case .linked(let clientId, _):
                graph.org.client(id: clientId) == nil
                    ? "data action \(action.label) runs with client \(clientId), which the answers do not hold (save GET /api/v2/oauth/clients/\(clientId))"
                    : nil
            case .unlinked(let why): "data action \(action.label) is not checked: \(why)"
            }
        }
    }
}

extension ClientAudit {
    /// `4 calls, 1 denied; 1 unknown scope; change: +1 −1`.
    public var summary: String {
        var parts = ["\(calls.count) call\(calls.count == 1 ? "" : "s")"]
        let denied = calls.count { $0.verdict == .denied }
        let unknown = calls.count { $0.verdict == .unknown }
        if denied > 0 { parts[0] += ", \(denied) denied" }
        if unknown > 0 { parts[0] += ", \(unknown) unknown" }
        let unknownScopes = scopes.count { $0.status == .unknown }
        let excessScopes = scopes.count { $0.status == .excess }
        if unknownScopes > 0 { parts.append("\(unknownScopes) unknown scope\(unknownScopes == 1 ? "" : "s")") }
        if excessScopes > 0 { parts.append("\(excessScopes) excess scope\(excessScopes == 1 ? "" : "s")") }
        let add = change.addScopes.count + change.addPermissions.count
        let remove = change.removeScopes.count + change.removePolicies.count + change.narrowPolicies.count
        if add + remove > 0 { parts.append("change: +\(add) −\(remove)") }
        return parts.joined(separator: "; ")
    }
}
