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
        self.deployer = deployer
        self.phases = phases.map { phase in
            let calls = deployer.calls(in: phase)
            return Phase(
                phase: phase, calls: calls,
                cover: PermissionCover.minimum(calls.flatMap(\.governing).map(\.requirement)))
        }
    }

    /// The names given to the suggested role of `phase`.
    static func resourceName(_ phase: TerraformPhase) -> String { "terraform_\(phase.rawValue)" }
}
