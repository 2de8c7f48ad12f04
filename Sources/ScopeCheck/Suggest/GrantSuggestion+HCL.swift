extension GrantSuggestion {
    /// Configuration to paste: the `scopes = [...]` line of a user-context client, or a complete
    /// `genesyscloud_auth_role` and the `roles` block that grants it to a client-credentials
    /// client. What the grant cannot cover is listed in comments.
    public var hcl: String {
        var lines: [String] = []
        let callCount = calls.count == 1 ? "its declared call" : "its \(calls.count) declared calls"
        switch grant {
        case .scopes(let scopes):
            lines.append("# Least-privilege scopes for \(client) (\(grantType.rawValue)), covering \(callCount).")
            lines += caveatComments
            lines.append("scopes = \(HCLQuoting.list(scopes))")
        case .permissions(let result):
            lines.append(
                "# Least-privilege role for \(client) (\(grantType.rawValue)), covering \(callCount).")
            lines += caveatComments
            if result.permissions.isEmpty {
                lines.append("# The declared calls check no permission: the client's role needs none.")
            } else {
                lines += roleBlock(result)
                lines.append("")
                lines.append("# Grant the role to the client: add this block to \(client).")
                lines += [
                    "roles {", "  role_id     = genesyscloud_auth_role.\(roleName).id", "  division_id = \"*\"", "}",
                ]
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func roleBlock(_ result: PermissionCover.Result) -> [String] {
        var lines = [
            "resource \"genesyscloud_auth_role\" \"\(roleName)\" {",
            "  name        = \(HCLQuoting.quote(roleDisplayName))",
            "  description = \(HCLQuoting.quote("What \(client) calls, as declared in its policy (scopecheck suggest)"))",
        ]
        if !result.otherPermissions.isEmpty {
            lines.append("  permissions = \(HCLQuoting.list(result.otherPermissions))")
        }
        for policy in result.policies {
            lines += [
                "",
                "  permission_policies {",
                "    domain      = \(HCLQuoting.quote(policy.domain))",
                "    entity_name = \(HCLQuoting.quote(policy.entity))",
                "    action_set  = \(HCLQuoting.list(policy.actions))",
                "  }",
            ]
        }
        lines.append("}")
        return lines
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
