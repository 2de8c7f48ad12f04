import Graph
import Syntax

/// A `genesyscloud_auth_role` resource to paste, granting a permission cover: what every
/// suggestion of a role prints.
enum RoleText {
    /// The resource's lines: `name`, `description`, the `permissions` list when some permissions
    /// are not `domain:entity:action`, then one `permission_policies` block per policy.
    static func hcl(
        resourceName: String, displayName: String, description: String, cover: PermissionCover.Result
    ) -> [String] {
        var lines = [
            "resource \"genesyscloud_auth_role\" \"\(resourceName)\" {",
            "  name        = \(HCLQuoting.quote(displayName))",
            "  description = \(HCLQuoting.quote(description))",
        ]
        if !cover.otherPermissions.isEmpty {
            lines.append("  permissions = \(HCLQuoting.list(cover.otherPermissions))")
        }
        for policy in cover.policies {
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
}
