import Core
import Genesys
import Graph

/// `unknown-permission`: a role's permission policy grants a permission no API operation of
/// the spec in force checks.
public struct UnknownPermissionRule: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "unknown-permission",
        summary: "A role's permission policy names a permission no operation of the API spec checks.",
        defaultSeverity: .warning,
        explanation: """
            A permission policy grants domain:entity_name:action for each action of its action_set \
            (* stands for every entity or action). When no operation of the spec in force checks \
            such a permission — usually a misspelt domain, entity or action (routing:queues:view \
            for routing:queue:view) — the role grants nothing the API looks at, and the calls it \
            was meant for fail with 403 missing.any.permissions. Use the permission the message \
            suggests. Roles read from data sources and values unknown before apply are not checked.
            """)

    public let examples: [RuleExample] = [
        .triggering(
            """
            resource "genesyscloud_auth_role" "reader" {
              name = "Queue reader"
              permission_policies {
                domain      = "routing"
                entity_name = "queues"
                action_set  = ["view"]
              }
            }
            """),
        .passing(
            """
            resource "genesyscloud_auth_role" "reader" {
              name = "Queue reader"
              permission_policies {
                domain      = "routing"
                entity_name = "queue"
                action_set  = ["view", "edit"]
              }
              permission_policies {
                domain      = "analytics"
                entity_name = "*"
                action_set  = ["*"]
              }
            }
            """),
    ]

    public func check(_ graph: RequirementGraph) -> [Finding] {
        var seen = Set<Finding>()
        return graph.roles.flatMap { _, role -> [Finding] in
            guard !role.isDataSource else { return [] }
            return role.policies.flatMap { problems(in: $0, of: role, graph) }
        }.filter { seen.insert($0).inserted }
    }

    /// The unknown part of one policy: its domain, else its entity, else each unknown action.
    private func problems(in policy: PolicyEntry, of role: AuthRole, _ graph: RequirementGraph) -> [Finding] {
        guard let domainAttribute = policy.domain, let domain = domainAttribute.value.stringValue,
            let entityAttribute = policy.entityName, let entity = entityAttribute.value.stringValue,
            let actionSet = policy.actionSet, let actions = actionSet.value.listValue?.map(\.stringValue)
        else { return [] }
        let specs = graph.specs
        var unknown = UnknownPart(role: role.instance.resourceAddress, domain: domain, entity: entity)
        // The suggestions for an unknown domain or entity are ranked with the action written
        // (`routing:queu:view` → `routing:queue:view` first), when there is one.
        if let action = actions.lazy.compactMap({ $0 }).first(where: { $0 != "*" }) { unknown.action = action }
        let granted = "\(domain):\(entity):\(actions.map { $0 ?? "?" }.joined(separator: ","))"
        if !specs.isKnownPermission(domain: domain, entity: "*", action: "*") {
            return [unknown.finding(self, .domain, granted: granted, at: domainAttribute.range, graph)]
        }
        if !specs.isKnownPermission(domain: domain, entity: entity, action: "*") {
            return [unknown.finding(self, .entity, granted: granted, at: entityAttribute.range, graph)]
        }
        return zip(actions, actionSet.elementRanges(count: actions.count)).compactMap { action, range in
            guard let action, !specs.isKnownPermission(domain: domain, entity: entity, action: action) else {
                return nil
            }
            var part = unknown
            part.action = action
            return part.finding(self, .action, granted: "\(domain):\(entity):\(action)", at: range, graph)
        }
    }

    /// A permission policy part no permission of the spec has, and how to word it.
    private struct UnknownPart {
        var role: String
        var domain: String
        var entity: String
        var action = "*"

        /// The finding, with the nearest real permissions and the change that turns the written
        /// part into the best one's (when that one agrees on the parts before it).
        func finding(
            _ rule: UnknownPermissionRule, _ part: Part, granted: String, at range: SourceRange,
            _ graph: RequirementGraph
        ) -> Finding {
            let written = [domain, entity, action]
            let what =
                switch part {
                case .domain: "has the domain \"\(domain)\""
                case .entity: "has the domain and entity \"\(domain):\(entity)\""
                case .action: "is \"\(domain):\(entity):\(action)\""
                }
            let suggestions = graph.specs.permissionSuggestions(for: written.joined(separator: ":"))
            let hint = suggestions.isEmpty ? "" : "; did you mean \(suggestions.prefix(3).joined(separator: ", "))?"
            let replacement = suggestions.lazy.compactMap { suggestion -> String? in
                guard let name = PermissionName(suggestion) else { return nil }
                let parts = [name.domain, name.entity, name.action]
                return Array(parts[..<part.rawValue]) == Array(written[..<part.rawValue]) ? parts[part.rawValue] : nil
            }.first
            return rule.finding(
                "a permission policy of \(role) grants \(granted), but no permission the API spec in force "
                    + "(\(graph.specs.names)) checks \(what): it grants nothing an API call looks at, so the calls "
                    + "it was meant for fail with 403\(hint)",
                at: range, address: role,
                fix: replacement.map {
                    part == .action ? "replace \"\(action)\" with \"\($0)\"" : "\(part.argument) = \"\($0)\""
                })
        }
    }

    /// The parts of a permission, in order, with the argument that writes each.
    private enum Part: Int {
        case domain, entity, action

        var argument: String {
            switch self {
            case .domain: "domain"
            case .entity: "entity_name"
            case .action: "action_set"
            }
        }
    }
}
