import Graph
import Syntax

extension GrantSuggestion {
    /// Configuration to paste: the `scopes = [...]` line of a user-context client, or a complete
    /// `genesyscloud_auth_role` and the `roles` block that grants it to a client-credentials
    /// client (with its `scopes` when a gateway in force checks them). What the grant cannot
    /// cover is listed in comments.
    public var hcl: String {
        let callCount =
            calls.count == 1 ? "its \(callOrigin.adjective) call" : "its \(calls.count) \(callOrigin.adjective) calls"
        guard let permissions else {
            return
                ([
                    "# Least-privilege scopes for \(client) (\(grantType.rawValue)), covering \(callCount)."
                ] + caveatComments + ["scopes = \(HCLQuoting.list(scopes ?? []))"]).joined(separator: "\n") + "\n"
        }
        var lines = ["# Least-privilege role for \(client) (\(grantType.rawValue)), covering \(callCount)."]
        lines += caveatComments
        if permissions.permissions.isEmpty {
            lines.append("# The declared calls check no permission: the client's role needs none.")
        } else {
            lines += roleBlock(permissions)
            lines += [
                "", grantComment, "roles {",
                "  role_id     = genesyscloud_auth_role.\(roleName).id", "  division_id = \"*\"", "}",
            ]
        }
        if let scopes {
            lines += [
                "", "# A spec in force checks the scopes of every token (a gateway): set them on \(client).",
                "scopes = \(HCLQuoting.list(scopes))",
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Where the `roles` block goes: the client's resource, or (a client of the org's answers)
    /// its resource once imported, or the client's roles in the admin UI.
    private var grantComment: String {
        switch callOrigin {
        case .declared: "# Grant the role to the client: add this block to \(client)."
        case .observed:
            "# Grant the role to the client: add this block to its genesyscloud_oauth_client, or in the admin UI (OAuth client, Roles tab)."
        }
    }

    private func roleBlock(_ result: PermissionCover.Result) -> [String] {
        RoleText.hcl(
            resourceName: roleName, displayName: roleDisplayName,
            description: "What \(client) calls, \(callOrigin.clause) (scopecheck suggest)", cover: result)
    }

    /// Comments on what the grant leaves out and on minimality.
    private var caveatComments: [String] {
        var lines = uncovered.map { "# Not covered: \"\($0.call.text)\" (\($0.call.range.description)): \($0.reason)." }
        if !isProvenMinimal {
            lines.append(
                "# The search stopped early on this large input: the grant covers every call but may not be the smallest."
            )
        }
        return lines
    }
}
