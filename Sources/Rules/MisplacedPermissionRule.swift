import Core
import Genesys
import Graph
import Syntax
import Terraform

/// `misplaced-permission`: a `domain:entity:action` permission in a role's `permissions`.
public struct MisplacedPermissionRule: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "misplaced-permission",
        summary: "A domain:entity:action permission is written in a role's permissions, which grants nothing of it.",
        defaultSeverity: .error,
        explanation: """
            genesyscloud_auth_role.permissions takes the role's general permission names (such \
            as "group_creation"); the domain:entity:action permissions a client needs go in \
            permission_policies { domain, entity_name, action_set } blocks. A string such as \
            "routing:queue:view" in permissions grants nothing of what was meant, and every call \
            that needs it fails with 403. The finding gives the block that grants it, checked \
            against the spec in force like every other permission.
            """,
        securitySeverity: 4.0)

    public let examples: [RuleExample] = [
        .triggering(
            """
            resource "genesyscloud_auth_role" "reader" {
              name        = "Queue reader"
              permissions = ["routing:queue:view"]
            }
            """),
        .passing(
            """
            resource "genesyscloud_auth_role" "reader" {
              name = "Queue reader"
              permission_policies {
                domain      = "routing"
                entity_name = "queue"
                action_set  = ["view"]
              }
            }
            """),
    ]

    public func check(_ graph: RequirementGraph) -> [Finding] {
        var seen = Set<SourceRange>()
        return graph.modules.flatMap(\.roles).flatMap { role -> [Finding] in
            guard !role.isDataSource, let attribute = role.instance.attribute("permissions") else { return [] }
            return strings(of: attribute).compactMap { text, range -> Finding? in
                guard let permission = PermissionName(text), seen.insert(range).inserted else { return nil }
                let known = graph.specs.isKnownPermission(
                    domain: permission.domain, entity: permission.entity, action: permission.action)
                let unknown = known ? "" : "; the spec in force has no permission \(text): check it first"
                return finding(
                    "\"\(text)\" is a domain:entity:action permission, but permissions of \(role.instance.resourceAddress) takes the role's general permission names: it grants nothing of \(text), and calls that need it fail with 403\(unknown)",
                    at: range, address: role.instance.resourceAddress,
                    fix: "remove it from permissions and add \(PermissionPolicyText.blocks(for: [text]))")
            }
        }
    }

    /// The strings of a list attribute, each with where it is written when the list is.
    private func strings(of attribute: EvaluatedAttribute) -> [(String, SourceRange)] {
        guard let items = attribute.value.listValue else { return [] }
        let texts = items.map(\.stringValue)
        return zip(texts, attribute.elementRanges(count: texts.count)).compactMap { text, range in
            text.map { ($0, range) }
        }
    }
}
