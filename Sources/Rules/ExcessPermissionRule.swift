import Core
import Genesys
import Graph

/// `excess-permission`: a role grants permissions no call of its clients checks, when those calls
/// are known to be complete.
public struct ExcessPermissionRule: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "excess-permission",
        summary: "A role grants permissions none of its clients' calls needs.",
        defaultSeverity: .warning,
        explanation: """
            A client-credentials token holds every permission of its roles, so a leaked secret can do \
            all they allow. When a policy declares what each client holding a role calls (its calls, \
            with the calls of its data actions, are then the complete list), every permission the \
            role grants that none of those calls checks is access nobody uses. A wildcard policy \
            (routing:*:*) that covers needed and unneeded permissions is narrowed to the needed ones, \
            not dropped. Nothing fails at run time: this is least privilege. The rule stays silent \
            for a role whose clients have no policy, call an endpoint the spec does not know, or \
            whose permissions cannot be read. A role shared by several clients is judged against \
            all of their calls together.
            """)

    public let examples: [RuleExample] = [
        .triggering(
            """
            resource "genesyscloud_auth_role" "poller" {
              name = "Poller"
              permission_policies {
                domain      = "analytics"
                entity_name = "*"
                action_set  = ["*"]
              }
            }
            resource "genesyscloud_oauth_client" "poller" {
              name                  = "Poller"
              authorized_grant_type = "CLIENT-CREDENTIALS"
              roles {
                role_id = genesyscloud_auth_role.poller.id
              }
            }
            """,
            policy: """
                client "genesyscloud_oauth_client.poller" {
                  calls = ["POST /api/v2/analytics/queues/observations/query"]
                }
                """),
        .passing(
            """
            resource "genesyscloud_auth_role" "poller" {
              name = "Poller"
              permission_policies {
                domain      = "analytics"
                entity_name = "queueObservation"
                action_set  = ["view"]
              }
            }
            resource "genesyscloud_oauth_client" "poller" {
              name                  = "Poller"
              authorized_grant_type = "CLIENT-CREDENTIALS"
              roles {
                role_id = genesyscloud_auth_role.poller.id
              }
            }
            """,
            policy: """
                client "genesyscloud_oauth_client.poller" {
                  calls = ["POST /api/v2/analytics/queues/observations/query"]
                }
                """),
        .passing(
            """
            # No policy says what the client calls, so nothing the role grants is known to be unused.
            resource "genesyscloud_auth_role" "poller" {
              name = "Poller"
              permission_policies {
                domain      = "analytics"
                entity_name = "*"
                action_set  = ["*"]
              }
            }
            resource "genesyscloud_oauth_client" "poller" {
              name                  = "Poller"
              authorized_grant_type = "CLIENT-CREDENTIALS"
              roles {
                role_id = genesyscloud_auth_role.poller.id
              }
            }
            """),
    ]

    public func check(_ graph: RequirementGraph) -> [Finding] {
        // The client-credentials clients holding each role, by module and role address.
        var holdersOfRole: [String: [String: [GraphClient]]] = [:]
        for client in graph.clients where client.client.knownGrantType == .clientCredentials {
            for reference in Set(client.grant.roles.map(\.reference)) {
                holdersOfRole[client.module.directory, default: [:]][reference, default: []].append(client)
            }
        }
        return graph.modules.flatMap { module -> [Finding] in
            guard let holdersHere = holdersOfRole[module.directory] else { return [] }
            return module.roles.flatMap { role in excess(role, holders: holdersHere[role.address] ?? [], graph) }
        }
    }

    /// The findings for one role held by `holders`.
    private func excess(_ role: AuthRole, holders: [GraphClient], _ graph: RequirementGraph) -> [Finding] {
        guard !holders.isEmpty, !role.isDataSource, holders.allSatisfy(Self.callsAreComplete),
            case .success(let policies) = role.resolvedPolicies
        else { return [] }
        let needed = Set(
            holders.flatMap { holder in
                holder.calls.flatMap(\.governing).flatMap { governing in
                    governing.requirement.permissions.filter { permission in
                        policies.contains { $0.grants(permission) }
                    }
                }
            })
        let names = holders.map(\.client.address).joined(separator: ", ")
        return zip(role.policies, policies).compactMap { entry, policy in
            guard !entry.isConditional else { return nil }
            return excess(policy, at: entry.range, role: role, needed: needed, clients: names, graph)
        }
    }

    /// Whether a client's calls are known to be all it calls: a policy declares them (its own
    /// calls, with its data actions'), and each is an operation of the specs.
    private static func callsAreComplete(_ client: GraphClient) -> Bool {
        !client.policies.isEmpty && client.calls.allSatisfy { !$0.governing.isEmpty }
    }

    /// The finding for a policy of the role that grants more than `needed`.
    private func excess(
        _ policy: PermissionPolicy, at range: SourceRange, role: AuthRole, needed: Set<String>, clients: String,
        _ graph: RequirementGraph
    ) -> Finding? {
        guard
            let excess = PermissionExcess(
                policy, subject: "permission_policies \(policy.description) of \(role.address)", needed: needed,
                specs: graph.specs)
        else { return nil }
        return finding(
            excess.message(why: "which no call of \(clients) checks (their calls are declared by a policy)"),
            at: range, address: role.address, fix: excess.fix(remove: "remove this permission_policies block"))
    }
}
