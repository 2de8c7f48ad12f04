import Core
import Graph
import Syntax
import Terraform

extension DeployerSuggestion {
    /// `DIR: N resource types and data sources, M calls of the provider (table)`.
    private var heading: String {
        let types =
            deployer.types.count == 1
            ? "1 resource type or data source" : "\(deployer.types.count) resource types and data sources"
        let calls = deployer.calls.count == 1 ? "1 call" : "\(deployer.calls.count) calls"
        return "\(deployer.module.directory): \(types), \(calls) of the provider (endpoints: \(deployer.table.label))"
    }

    private static let purpose: [TerraformPhase: String] = [
        .plan: "terraform plan reads every resource and data source (GET)",
        .apply: "terraform apply also creates, changes and deletes (POST, PUT, PATCH, DELETE)",
    ]

    /// The roles to paste, one per phase, with what is not known as comments.
    public var hcl: String {
        var lines = ["# What the client that runs Terraform on \(heading)."]
        lines += deployer.caveats.map { "# Not known: \($0)." }
        for phase in phases {
            lines += ["", "# \(Self.purpose[phase.phase] ?? phase.phase.rawValue)."]
            if !phase.cover.isProvenMinimal {
                lines.append("# The search stopped early: the role covers every call but may not be the smallest.")
            }
            guard !phase.cover.permissions.isEmpty else {
                lines.append("# Its calls check no permission: no role is needed for them.")
                continue
            }
            lines += RoleText.hcl(
                resourceName: Self.resourceName(phase.phase),
                displayName: "Terraform \(phase.phase.rawValue) (least privilege)",
                description:
                    "What terraform \(phase.phase.rawValue) calls for \(deployer.module.directory) (scopecheck deployer)",
                cover: phase.cover)
        }
        lines += [
            "",
            "# Grant the role to the OAuth client the provider runs with (provider \"genesyscloud\" { oauthclient_id },",
            "# or GENESYSCLOUD_OAUTHCLIENT_ID): a CLIENT-CREDENTIALS client with a roles block for it.",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Each phase's permissions, each with the types that need it; then what is not known.
    public var text: String {
        var lines = [heading]
        for phase in phases {
            let count = phase.cover.permissions.count
            lines += [
                "", "terraform \(phase.phase.rawValue) needs \(count == 1 ? "1 permission" : "\(count) permissions"):",
            ]
            let width = phase.cover.permissions.map(\.count).max() ?? 0
            for permission in phase.cover.permissions {
                let users = Self.unique(phase.calls(needing: permission).map { $0.call.call.provenance.subject ?? "?" })
                lines.append(
                    "  " + permission.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                        + users.joined(separator: ", "))
            }
        }
        if !deployer.caveats.isEmpty {
            lines += ["", "Not known:"] + deployer.caveats.map { "  \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Why `permission` is needed: for each phase, the calls whose requirement lists it, with
    /// their type and instances; nil when no call of either phase lists it.
    public func why(_ permission: String) -> String? {
        var lines: [String] = []
        for phase in phases {
            let needing = phase.calls(needing: permission)
            guard !needing.isEmpty else { continue }
            let chosen =
                phase.cover.permissions.contains(permission)
                ? "" : " (the role covers these with another permission they accept)"
            lines.append(
                "terraform \(phase.phase.rawValue) of \(deployer.module.directory) needs \(permission)\(chosen) for:")
            for (call, governing) in needing {
                let type = deployer.types.first { $0.label == call.call.provenance.subject }
                let instances =
                    type.map { $0.instances.count == 1 ? $0.instances[0] : "\($0.instances.count) instances" } ?? ""
                let requirement = governing.requirement
                lines.append(
                    "  \(call.call.provenance.subject ?? "?") (\(instances), \(call.range.description)): "
                        + "\(governing.operation.reference) checks "
                        + RequirementWording.permissions(requirement.permissionMode, requirement.permissions))
            }
        }
        return lines.isEmpty ? nil : lines.joined(separator: "\n") + "\n"
    }

    /// `{module, endpointTable, types, phases, unknown}`; see docs/deployer.md.
    public var json: JSONOutput {
        let strings = { (values: [String]) in JSONOutput.array(values.map(JSONOutput.string)) }
        return .fields([
            ("module", .string(deployer.module.directory)),
            (
                "endpointTable",
                .fields([
                    ("provider", .string(deployer.table.provider)), ("version", .string(deployer.table.version)),
                    ("commit", .string(deployer.table.commit)), ("origin", .string(deployer.table.origin)),
                ])
            ),
            (
                "types",
                .array(
                    deployer.types.map { type in
                        .fields([
                            ("type", .string(type.label)), ("instances", strings(type.instances)),
                            ("file", .string(type.range.file)), ("line", .int(type.range.start.line)),
                            ("endpoints", type.endpoints.map { strings($0.map(\.description)) } ?? .null),
                        ])
                    })
            ),
            ("phases", .array(phases.map(Self.json))),
            (
                "unknown",
                .fields([
                    ("types", strings(deployer.unknownTypes.map(\.label))),
                    ("typesWithoutEndpoints", strings(deployer.typesWithoutEndpoints.map(\.label))),
                    (
                        "endpoints",
                        .array(
                            deployer.unknownCalls.map {
                                .fields([
                                    ("call", .string($0.text)), ("type", .string($0.call.provenance.subject ?? "")),
                                ])
                            })
                    ),
                    ("version", strings(deployer.versionProblems.map(\.problem))),
                ])
            ),
        ])
    }

    private static func json(_ phase: Phase) -> JSONOutput {
        let strings = { (values: [String]) in JSONOutput.array(values.map(JSONOutput.string)) }
        return .fields([
            ("phase", .string(phase.phase.rawValue)),
            ("permissions", strings(phase.cover.permissions)),
            (
                "policies",
                .array(
                    phase.cover.policies.map {
                        .fields([
                            ("domain", .string($0.domain)), ("entity_name", .string($0.entity)),
                            ("action_set", strings($0.actions)),
                        ])
                    })
            ),
            ("otherPermissions", strings(phase.cover.otherPermissions)),
            ("provenMinimal", .bool(phase.cover.isProvenMinimal)),
            (
                "because",
                .object(
                    phase.cover.permissions.map { permission in
                        (
                            permission,
                            .array(
                                phase.calls(needing: permission).map { call, governing in
                                    .fields([
                                        ("type", .string(call.call.provenance.subject ?? "")),
                                        ("call", .string(call.text)),
                                        ("operation", .string(governing.operation.reference)),
                                        ("permissionType", .string(governing.requirement.permissionMode.rawValue)),
                                        ("permissions", strings(governing.requirement.permissions)),
                                    ])
                                })
                        )
                    })
            ),
            ("calls", .int(phase.calls.count)),
        ])
    }

    private static func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
