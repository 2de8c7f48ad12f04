import Core
import Genesys
import Graph

/// `missing-permission`: the roles behind a declared call do not grant its permissions.
public struct MissingPermissionRule: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "missing-permission",
        summary: "A declared call needs permissions the client's roles (or the signed-in users' roles) do not grant.",
        defaultSeverity: .error,
        explanation: """
            A CLIENT-CREDENTIALS token holds exactly the permissions its roles grant; a user token \
            holds the signed-in user's. When the roles grant none of an ANY list (or not all of an \
            ALL list) the call fails with 403 missing.any.permissions / missing.all.permissions. \
            Extend the named role with a permission policy for the missing permission.
            """)

    public let examples: [RuleExample] = [
        .triggering(
            """
            resource "genesyscloud_auth_role" "poller" {
              name = "Poller"
              permission_policies {
                domain      = "routing"
                entity_name = "queue"
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
    ]

    public func check(_ graph: RequirementGraph) -> [Finding] {
        var findings: [Finding] = []
        for entry in graph.clients {
            guard let grantType = entry.client.knownGrantType else { continue }
            let grant = entry.grant
            let held = grantType.actsAsClient ? grant.roles : (grant.userRoles ?? [])
            let range =
                grantType.actsAsClient
                ? (entry.client.roles.first?.range ?? entry.client.instance.labelRange)
                : entry.client.instance.labelRange
            let whose =
                grantType.actsAsClient
                ? "the roles of \(entry.client.address)" : "the signed-in users' roles (user_roles)"
            findings += check(
                entry.calls, grant: grant, held: held, whose: whose, at: range, address: entry.client.address, graph)
        }
        for client in graph.externalClients {
            guard let grant = client.grant else { continue }
            let whose = "the roles and permissions the policy gives \(client.label)"
            findings += check(
                client.calls, grant: grant, held: grant.roles, whose: whose,
                at: client.policy?.selectorRange ?? client.integration.range, address: client.integration.label, graph)
        }
        return findings
    }

    /// The calls whose permissions `held` (roles of `grant`) do not grant. A finding goes to the
    /// call when its provenance says so (a data action's template), else to `range`.
    private func check(
        _ calls: [ResolvedCall], grant: ClientGrant, held: [RoleGrant], whose: String, at range: SourceRange,
        address: String, _ graph: RequirementGraph
    ) -> [Finding] {
        guard !held.isEmpty else { return [] }
        let extendableRole = held.first { $0.policies != nil }
        let extendable = extendableRole?.reference
        let roleToExtend =
            (extendableRole?.declaration).map { range in
                [RelatedLocation(range: range, message: "the role to extend: \(extendable ?? "")")]
            } ?? []
        var findings: [Finding] = []
        for call in calls {
            for governing in call.governing {
                let result = AccessCheck.check(grant, governing.requirement)
                guard !result.missingPermissions.isEmpty else { continue }
                let mode = result.missingPermissionMode
                let status = mode == .all ? "missing.all.permissions" : "missing.any.permissions"
                let needed = RequirementWording.permissions(mode, result.missingPermissions)
                findings.append(
                    finding(
                        "\(governing.operation.reference) (\(call.call.provenance.description)) checks \(needed)"
                            + "\(graph.specs.provenance(governing)); \(whose) (\(held.map(\.reference).joined(separator: ", "))) "
                            + "do not grant \(mode == .all ? "them all" : "any of them"): the call fails with 403 \(status)",
                        at: call.call.provenance.locatesFindings ? call.range : range, address: address,
                        fix: extendable.map { role in
                            "add to \(role): "
                                + PermissionPolicyText.blocks(
                                    for: mode == .all ? result.missingPermissions : [result.missingPermissions[0]])
                        },
                        related: [declaration(of: call)] + roleToExtend))
            }
        }
        return findings
    }
}
