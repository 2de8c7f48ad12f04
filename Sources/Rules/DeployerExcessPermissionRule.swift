import Core
import Genesys
import Graph
import Policy
import Terraform

/// `deployer-excess-permission`: the client that runs Terraform holds more than the provider's
/// calls for the configuration check.
public struct DeployerExcessPermissionRule: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "deployer-excess-permission",
        summary: "The client that runs Terraform holds permissions the configuration's resources do not need.",
        defaultSeverity: .warning,
        explanation: """
            Pipelines are usually given Master Admin because nobody can say what Terraform needs. \
            scopecheck can: the provider's documentation lists the endpoints each resource type \
            and data source calls, and the spec says what they check. When a policy says what the \
            client that runs terraform plan or apply holds, and every type of the configuration is \
            in the provider endpoint table with endpoints the spec knows, each permission policy of \
            its roles (and each permission written in the deployer block) that grants more than \
            the phase's calls check is reported, with the narrower block; a wildcard that covers \
            needed and unneeded permissions is narrowed, not dropped. Nothing fails at run time: a \
            leaked pipeline secret can do all the role allows. scopecheck deployer prints the whole \
            least-privilege role.
            """)

    public let examples: [RuleExample] = [
        .triggering(
            """
            resource "genesyscloud_routing_skill" "english" {
              name = "English"
            }
            """,
            policy: """
                deployer "apply" {
                  permissions = ["routing:*:*"]
                }
                """),
        .passing(
            """
            resource "genesyscloud_routing_skill" "english" {
              name = "English"
            }
            """,
            policy: """
                deployer "apply" {
                  permissions = ["routing:skill:manage", "routing:skill:view"]
                }
                """),
    ]

    public func check(_ graph: RequirementGraph) -> [Finding] {
        graph.deployers.flatMap { deployer -> [Finding] in
            // Only when what the provider calls is known in full.
            guard deployer.unknownTypes.isEmpty, deployer.typesWithoutEndpoints.isEmpty,
                deployer.calls.allSatisfy({ !$0.governing.isEmpty })
            else { return [] }
            return deployer.policies.flatMap { policy in check(deployer, policy, graph) }
        }
    }

    /// The excess of one `deployer` block's roles and permissions over its phase's calls.
    private func check(_ deployer: Deployer, _ policy: DeployerPolicy, _ graph: RequirementGraph) -> [Finding] {
        let grant = deployer.grant(for: policy)
        let requirements = deployer.calls(in: policy.phase).flatMap(\.governing).map(\.requirement)
        // The least the grant needs: each requirement's alternatives it grants, then the smallest
        // cover of those (what it does not grant is deployer-missing-permission's).
        let granted = { (permission: String) in
            grant.roles.contains { $0.policies?.contains { $0.grants(permission) } == true }
        }
        let held = requirements.compactMap { requirement -> EndpointRequirement? in
            var held = requirement
            held.permissions = requirement.permissions.filter(granted)
            return held.permissions.isEmpty ? nil : held
        }
        let needed = Set(PermissionCover.minimum(held).permissions)
        let phase = policy.phase.rawValue
        let why = "which no call terraform \(phase) makes for \(deployer.module.directory) checks"
        var findings: [Finding] = []
        for address in policy.roles.map(\.value) {
            guard let role = deployer.module.roles.first(where: { $0.address == address }), !role.isDataSource,
                case .success(let policies) = role.resolvedPolicies
            else { continue }
            for (entry, rolePolicy) in zip(role.policies, policies) where !entry.isConditional {
                guard
                    let excess = PermissionExcess(
                        rolePolicy, subject: "permission_policies \(rolePolicy.description) of \(role.address)",
                        needed: needed, specs: graph.specs)
                else { continue }
                findings.append(
                    finding(
                        excess.message(why: why), at: entry.range, address: "deployer \"\(phase)\"",
                        fix: excess.fix(remove: "remove this permission_policies block")))
            }
        }
        for written in policy.permissions {
            guard let name = PermissionName(written.value),
                let excess = PermissionExcess(
                    PermissionPolicy(domain: name.domain, entity: name.entity, actions: [name.action]),
                    subject: "\"\(written.value)\" of the deployer block", needed: needed, specs: graph.specs)
            else { continue }
            findings.append(
                finding(
                    excess.message(why: why), at: written.range, address: "deployer \"\(phase)\"",
                    fix: excess.kept.isEmpty
                        ? "remove \"\(written.value)\""
                        : "replace it with \(excess.kept.map { "\"\($0)\"" }.joined(separator: ", "))"))
        }
        return findings
    }
}
