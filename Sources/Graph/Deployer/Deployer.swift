import Core
import Policy
import Terraform

/// The OAuth client that runs Terraform on one root module (the provider's client, usually
/// given Master Admin): the resource types and data sources the configuration uses, the calls
/// the provider makes for them, and what a policy `deployer` block says the client holds.
public struct Deployer: Sendable {
    public var module: AnalyzedModule
    /// The table the endpoints come from.
    public var table: ProviderEndpointTable
    /// The provider's types the configuration uses, sorted by label.
    public var types: [ProvisionedType]
    /// The provider's calls, resolved, in type then endpoint order.
    public var calls: [ResolvedCall]
    /// The policy `deployer` blocks, one per phase at most.
    public var policies: [DeployerPolicy]

    public init(
        module: AnalyzedModule, table: ProviderEndpointTable, calls: [ResolvedCall], policies: [DeployerPolicy]
    ) {
        self.module = module
        self.table = table
        self.types = ProvisionedType.all(in: module.configuration, table: table)
        self.calls = calls
        self.policies = policies
    }

    /// The calls made in `phase`: reads for `plan`, every call for `apply`.
    public func calls(in phase: TerraformPhase) -> [ResolvedCall] {
        calls.filter { phase.makes(method: Self.method(of: $0)) }
    }

    /// The types the table does not know: what the provider calls for them cannot be said.
    public var unknownTypes: [ProvisionedType] { types.filter { $0.endpoints == nil } }

    /// The types the table knows but lists no endpoint for (`genesyscloud_tf_export`).
    public var typesWithoutEndpoints: [ProvisionedType] { types.filter { $0.endpoints?.isEmpty == true } }

    /// The calls no spec in force knows: what they require cannot be said.
    public var unknownCalls: [ResolvedCall] { calls.filter(\.governing.isEmpty) }

    /// The calls whose operations check no permission (a client-credentials token needs nothing
    /// for them).
    public var callsWithoutPermissions: [ResolvedCall] {
        calls.filter { call in
            !call.governing.isEmpty && call.governing.allSatisfy { $0.requirement.permissions.isEmpty }
        }
    }

    /// Everything that stops the roles from being the complete answer, as sentences.
    public var caveats: [String] {
        var caveats: [String] = []
        for type in unknownTypes {
            caveats.append(
                "\(type.label) is not in the provider endpoint table (\(table.label)): what the provider calls "
                    + "for it is not known (\(type.instances.count == 1 ? type.instances[0] : "\(type.instances.count) instances"), \(type.range.description))"
            )
        }
        for type in typesWithoutEndpoints {
            caveats.append(
                "\(type.label): the provider's documentation lists no endpoint for it, so what it calls is not known")
        }
        for call in unknownCalls {
            caveats.append(
                "\(call.text) (for \(call.call.provenance.subject ?? "?")) is not an operation of the API spec in force: "
                    + "what it requires is not known")
        }
        for (required, problem) in versionProblems {
            caveats.append("\(problem) (\(required.range.description)): the endpoints may differ")
        }
        return caveats
    }

    /// What the client holds for the phase of `policy`.
    public func grant(for policy: DeployerPolicy) -> ClientGrant {
        ClientGrant.declared(
            by: "the client that runs terraform \(policy.phase.rawValue)", roles: policy.roles,
            permissions: policy.permissions, permissionsAttribute: "permissions", at: policy.phaseRange,
            resolver: module.resolver)
    }

    /// The `required_providers` entries for the Genesys Cloud provider whose version constraint
    /// the table's version does not meet, or that cannot be read, with why.
    public var versionProblems: [(provider: RequiredProvider, problem: String)] {
        let tableVersion = VersionConstraint.Version(table.version)
        return module.configuration.modules.flatMap(\.requiredProviders).compactMap { required in
            guard Self.isGenesysCloud(required), let written = required.version else { return nil }
            guard let constraint = VersionConstraint(written) else {
                return (required, "the version constraint \"\(written)\" cannot be read")
            }
            guard let tableVersion else {
                return (required, "the endpoint table (\(table.origin)) names no provider version")
            }
            return constraint.isSatisfied(by: tableVersion)
                ? nil
                : (
                    required,
                    "the configuration asks for the provider \(written) and the endpoint table is of \(table.version)"
                )
        }
    }

    /// Whether a `required_providers` entry is the Genesys Cloud provider: by its source (any
    /// case, with or without the registry host), or by the local name `genesyscloud` without one.
    static func isGenesysCloud(_ required: RequiredProvider) -> Bool {
        guard let source = required.source?.lowercased() else { return required.name == "genesyscloud" }
        return source == "mypurecloud/genesyscloud" || source.hasSuffix("/mypurecloud/genesyscloud")
    }

    private static func method(of call: ResolvedCall) -> String {
        String(call.text.prefix { $0 != " " })
    }
}
