import Core
import Genesys
import Graph
import Terraform

/// What the client that runs Terraform on one root module needs: for `plan` and for `apply`, the
/// least-privilege role covering the provider's calls for the configuration's resource types and
/// data sources, each permission traced to the types that need it, and everything that cannot
/// be known (types the endpoint table lacks, endpoints the spec lacks, a provider version the
/// table is not of). What `scopecheck deployer` prints.
public struct DeployerSuggestion: Sendable {
    /// The role for one phase.
    public struct Phase: Sendable {
        public var phase: TerraformPhase
        /// The calls made in the phase, in type then endpoint order.
        public var calls: [ResolvedCall]
        /// The smallest set of permissions covering the calls the spec knows.
        public var cover: PermissionCover.Result

        /// The calls whose requirement lists `permission`, with the operation that lists it.
        public func calls(needing permission: String) -> [(call: ResolvedCall, governing: GoverningOperation)] {
            calls.flatMap { call in
                call.governing.filter { $0.requirement.permissions.contains(permission) }.map { (call, $0) }
            }
        }
    }

    public var deployer: Deployer
    public var phases: [Phase]

    public init(_ deployer: Deployer, phases: [TerraformPhase] = TerraformPhase.allCases) {
        var covers: [String: PermissionCover.Result] = [:]
        self.init(deployer, phases: phases, covers: &covers)
    }

    /// The suggestions for `deployers`; modules whose calls check the same requirements share
    /// one cover search.
    public static func all(_ deployers: [Deployer], phases: [TerraformPhase] = TerraformPhase.allCases)
        -> [DeployerSuggestion]
    {
        var covers: [String: PermissionCover.Result] = [:]
        return deployers.map { DeployerSuggestion($0, phases: phases, covers: &covers) }
    }

    /// A suggestion whose covers come from, and go to, `covers` (keyed by the distinct
    /// permission requirements they cover).
    private init(_ deployer: Deployer, phases: [TerraformPhase], covers: inout [String: PermissionCover.Result]) {
        self.deployer = deployer
        self.phases = phases.map { phase in
            let calls = deployer.calls(in: phase)
            // The cover depends only on the distinct permission checks.
            var distinct: [String: EndpointRequirement] = [:]
            for requirement in calls.flatMap(\.governing).map(\.requirement) where !requirement.permissions.isEmpty {
                let key =
                    requirement.permissionMode.rawValue + ":" + requirement.permissions.sorted().joined(separator: ",")
                distinct[key] = distinct[key] ?? requirement
            }
            let key = distinct.keys.sorted().joined(separator: "|")
            let cover = covers[key] ?? PermissionCover.minimum(distinct.keys.sorted().compactMap { distinct[$0] })
            covers[key] = cover
            return Phase(phase: phase, calls: calls, cover: cover)
        }
    }

    /// The names given to the suggested role of `phase`.
    static func resourceName(_ phase: TerraformPhase) -> String { "terraform_\(phase.rawValue)" }
}
