import Core
import Genesys
import Graph
import Policy
import Terraform

/// `deployer-missing-permission`: the client that runs Terraform lacks permissions the provider's
/// calls for the configuration's resources check.
public struct DeployerMissingPermissionRule: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "deployer-missing-permission",
        summary: "The client that runs Terraform lacks a permission the configuration's resources need.",
        defaultSeverity: .error,
        explanation: """
            The Genesys Cloud provider calls the API with its own OAuth client (client credentials: \
            provider "genesyscloud" { oauthclient_id } or GENESYSCLOUD_OAUTHCLIENT_ID), and each \
            resource type and data source of the configuration makes the calls its documentation \
            lists. When a policy says what that client holds (deployer "plan" or deployer "apply" \
            { roles = [...] }), every call of that phase is checked against the spec in force: \
            terraform plan makes the reads, terraform apply every call. A permission no role grants \
            makes the run fail with 403 half-way through. The finding lists what is missing, with \
            the resource types that need it, and the policy blocks to add.
            """)

    public let examples: [RuleExample] = [
        .triggering(
            """
            resource "genesyscloud_routing_queue" "support" {
              name = "Support"
            }
            """,
            policy: """
                deployer "apply" {
                  permissions = ["routing:queue:view"]
                }
                """),
        .passing(
            """
            resource "genesyscloud_routing_queue" "support" {
              name = "Support"
            }
            """,
            policy: """
                # terraform plan only reads.
                deployer "plan" {
                  permissions = ["routing:queue:view"]
                }
                """),
    ]

    public func check(_ graph: RequirementGraph) -> [Finding] {
        graph.deployers.flatMap { deployer in
            deployer.policies.compactMap { policy in check(deployer, policy, graph) }
        }
    }

    /// The finding for one `deployer` block: every permission its grant lacks for the calls of
    /// its phase.
    private func check(_ deployer: Deployer, _ policy: DeployerPolicy, _ graph: RequirementGraph) -> Finding? {
        let grant = deployer.grant(for: policy)
        var missing: [(call: ResolvedCall, requirement: EndpointRequirement)] = []
        for call in deployer.calls(in: policy.phase) {
            for governing in call.governing {
                let result = AccessCheck.check(grant, governing.requirement)
                guard !result.missingPermissions.isEmpty else { continue }
                var requirement = governing.requirement
                requirement.permissions = result.missingPermissions
                requirement.permissionMode = result.missingPermissionMode
                missing.append((call, requirement))
            }
        }
        guard !missing.isEmpty else { return nil }
        let cover = PermissionCover.minimum(missing.map(\.requirement))
        let needs = cover.permissions.map { permission in
            let types = Self.unique(
                missing.filter { $0.requirement.permissions.contains(permission) }.compactMap {
                    $0.call.call.provenance.subject
                })
            return "\(permission) (\(types.joined(separator: ", ")))"
        }
        let phase = policy.phase.rawValue
        let held = grant.roles.map(\.reference).joined(separator: ", ")
        let role = grant.roles.first { $0.policies != nil && $0.declaration != nil }
        let types = Self.unique(missing.compactMap { $0.call.call.provenance.subject })
        let related = types.prefix(10).compactMap { label in
            deployer.types.first { $0.label == label }.map {
                RelatedLocation(range: $0.range, message: "\(label) needs it")
            }
        }
        return finding(
            "terraform \(phase) on \(deployer.module.directory) needs \(needs.joined(separator: ", ")), which the "
                + "client that runs it does not hold (\(held)): it fails with 403 when it reaches those resources",
            at: role?.declaration ?? policy.phaseRange, address: "deployer \"\(phase)\"",
            fix: role.map { "add to \($0.reference): " + PermissionPolicyText.blocks(for: cover.permissions) }
                ?? "add to the deployer block: permissions = [\(cover.permissions.map { "\"\($0)\"" }.joined(separator: ", "))]",
            related: related)
    }

    private static func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
