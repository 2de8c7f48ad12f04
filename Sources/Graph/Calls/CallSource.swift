import Org
import Policy
import Terraform

/// A source of API calls: one small type that reads some input and yields the calls it says
/// clients make. The graph resolves every call against the specs in force, whatever its source,
/// so adding a source changes no rule.
public protocol CallSource: Sendable {
    /// The calls the inputs declare, in a deterministic order.
    func calls(in inputs: CallSourceInputs) -> [DeclaredCall]
}

/// What call sources read: the analysed modules, the policy, the hosts specs are bound to, the
/// provider's endpoint table, the org's API answers and observed usage.
public struct CallSourceInputs: Sendable {
    public var modules: [AnalyzedModule]
    public var policy: Policy
    /// The hosts a spec is bound to (`--spec HOST=FILE`), lowercased: calls to them are checked
    /// against that spec whatever service they go to.
    public var boundHosts: Set<String>
    /// The endpoints the provider calls for each resource type and data source.
    public var providerEndpoints: ProviderEndpointTable
    /// The org's API answers (`--org`).
    public var org: OrgExport
    /// The observed calls (`--usage`), and the client rows that name no client of `org` are
    /// attributed to (the client a command audits), if any.
    public var usage: ObservedUsage

    public init(
        modules: [AnalyzedModule], policy: Policy, boundHosts: Set<String> = [],
        providerEndpoints: ProviderEndpointTable = .bundled, org: OrgExport = .empty, usage: ObservedUsage = .none
    ) {
        self.modules = modules
        self.policy = policy
        self.boundHosts = boundHosts
        self.providerEndpoints = providerEndpoints
        self.org = org
        self.usage = usage
    }
}
