import Genesys
import Graph

extension Explanation {
    /// The human-readable explanation printed by `scopecheck explain`.
    public var text: String {
        var lines: [String] = ["\(operation.method) \(operation.path)"]
        func row(_ label: String, _ value: String) {
            lines.append("  " + Self.column(label) + value)
        }
        let summary = operation.summary.map { " — \($0)" } ?? ""
        row("operation", (operation.operationId ?? "(no operationId)") + summary)
        if !operation.tags.isEmpty { row("tags", operation.tags.joined(separator: ", ")) }
        row("spec", "\(specName) (\(spec.format), \(spec.title), hash \(spec.hash))")
        for note in operation.overlayNotes { row("overlay", note.summary) }
        if requirement.scopesApplyToEveryGrant {
            row("gateway", "checks the scopes of every token, client credentials included")
        }
        row(
            "scopes",
            requirement.acceptsOAuth
                ? RequirementWording.scopes(requirement.scopeAlternatives) : "does not accept OAuth tokens")
        if !operation.otherSchemes.isEmpty { row("other auth", operation.otherSchemes.joined(separator: ", ")) }
        row("permissions", RequirementWording.permissions(requirement.permissionMode, requirement.permissions))
        if operation.deprecated { row("deprecated", "yes: plan a replacement before it is removed") }
        if operation.preview { row("preview", "yes: unstable, may change without notice") }
        lines.append("")
        lines.append("What gates it:")
        lines += gateLines.map { "  " + $0 }
        if let token {
            lines.append("")
            lines.append("Token (decoded locally; the signature is not checked):")
            lines += token.textRows.map { "  " + Self.column($0.0) + $0.1 }
        }
        if let subject {
            lines.append("")
            lines.append(subjectHeading(subject))
            for unknown in unknownScopes {
                let hint =
                    unknown.suggestions.isEmpty ? "" : "; did you mean \(unknown.suggestions.joined(separator: ", "))?"
                lines.append("  unknown scope \(unknown.name): not defined by the spec in force\(hint)")
            }
            if let result { lines += resultLines(result) }
        }
        if let errorBody {
            lines.append("")
            let status = errorBody.status.map { "\($0) " } ?? ""
            lines.append("Error body: \(status)\(errorBody.code ?? "(no code)")")
            lines += errorBodyFindings.map { "  " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One line per grant kind: what a token of that kind needs.
    var gateLines: [String] {
        guard requirement.acceptsOAuth else {
            return ["OAuth clients cannot call it: it takes \(operation.otherSchemes.joined(separator: ", "))"]
        }
        let permissions = RequirementWording.permissions(requirement.permissionMode, requirement.permissions)
        let scopeRule =
            requirement.scopesApplyToEveryGrant
            ? "and its token needs \(RequirementWording.scopes(requirement.scopeAlternatives))" : "scopes do not apply"
        let clientLine =
            requirement.permissions.isEmpty
            ? "CLIENT-CREDENTIALS: no permission check (\(scopeRule))"
            : "CLIENT-CREDENTIALS: the client's roles must grant \(permissions) (\(scopeRule))"
        let userGrants = GrantType.userGrants.map(\.rawValue).joined(separator: ", ")
        let scopePart =
            requirement.scopeAlternatives.isEmpty
            ? "any token" : "a token with \(RequirementWording.scopes(requirement.scopeAlternatives))"
        let userPart = requirement.permissions.isEmpty ? "" : ", and the signed-in user must hold \(permissions)"
        return [clientLine, "user grants (\(userGrants)): \(scopePart)\(userPart)"]
    }

    private func subjectHeading(_ subject: Subject) -> String {
        let grant = subject.grant.grantType?.rawValue ?? "unknown grant type"
        let scopes =
            subject.grant.scopes.isEmpty ? "no scopes" : "scopes \(subject.grant.scopes.joined(separator: ", "))"
        let roles =
            subject.grant.roles.isEmpty ? "" : ", roles \(subject.grant.roles.map(\.reference).joined(separator: ", "))"
        return "Checked: \(subject.label) (\(grant); \(scopes)\(roles))"
    }

    private func resultLines(_ result: AccessResult) -> [String] {
        var lines = ["  verdict: \(result.verdict.rawValue)"]
        if !result.missingScopeAlternatives.isEmpty {
            let best = result.suggestedScopes.map { " (least privilege: \($0.joined(separator: " and ")))" } ?? ""
            lines.append("  missing scope: add \(RequirementWording.scopes(result.missingScopeAlternatives))\(best)")
        }
        if !result.missingPermissions.isEmpty {
            lines.append(
                "  missing permission: \(RequirementWording.permissions(result.missingPermissionMode, result.missingPermissions))"
            )
        }
        lines += result.problems.map { "  problem: \($0)" }
        lines += result.unresolved.map { "  unresolved: \($0)" }
        lines += result.notes.map { "  note: \($0)" }
        return lines
    }

    /// A row label padded to the 13 columns of the label column (every label is shorter).
    private static func column(_ label: String) -> String {
        label + String(repeating: " ", count: max(1, 13 - label.count))
    }
}
