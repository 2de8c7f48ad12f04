import Core
import Genesys
import Syntax

/// `integration` blocks: the integration a label names, and the roles or permissions of its client.
extension PolicyFileReader {
    mutating func integration(_ block: Block) -> IntegrationPolicy? {
        diagnostics += Self.integrationShape.unknownItems(in: block.body)
        guard let label = block.labels.first else {
            diagnostics.append(
                .error(
                    "An integration block needs the integration's Terraform address as its label",
                    detail:
                        "Write integration \"genesyscloud_integration.NAME\" { client_roles = [...] }, or the reference its data actions use when the integration is not in the configuration (\"module.NAME.integration_id\").",
                    at: block.typeRange))
            return nil
        }
        for extra in block.labels.dropFirst() {
            diagnostics.append(.error("An integration block takes one label, the integration", at: extra.range))
        }
        let roles = roleList(
            in: block, attribute: "client_roles", purpose: "the roles the integration's OAuth client holds")
        let permissions = permissionList(in: block, attribute: "client_permissions")
        if block.body.attribute("client_roles") == nil && block.body.attribute("client_permissions") == nil {
            diagnostics.append(
                .error(
                    "An integration block needs client_roles or client_permissions",
                    detail: "Say what the integration's OAuth client holds, so that its data actions can be checked.",
                    at: block.headerRange))
        }
        return IntegrationPolicy(
            selector: label.value, selectorRange: label.range, clientRoles: roles, clientPermissions: permissions,
            range: block.range)
    }

    /// A list of permissions written out (`client_permissions`, `permissions`): each
    /// `domain:entity:action`, `*` allowed for entity and action.
    mutating func permissionList(in block: Block, attribute name: String) -> [Located<String>] {
        guard let attribute = block.body.attribute(name) else { return [] }
        var permissions: [Located<String>] = []
        for entry in literals.stringList(attribute) ?? [] {
            guard let name = PermissionName(entry.value), !name.domain.isEmpty, !name.entity.isEmpty,
                !name.action.isEmpty
            else {
                diagnostics.append(
                    .error(
                        "Invalid permission \"\(entry.value)\"",
                        detail:
                            "A permission is domain:entity:action (routing:queue:view); entity and action may be *.",
                        at: entry.range))
                continue
            }
            permissions.append(entry)
        }
        warnAboutRepeats(in: permissions, of: name)
        return permissions
    }
}
