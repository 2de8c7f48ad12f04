import Policy
import Terraform

/// A source of API calls: one small type that reads some input and yields the calls it says
/// clients make. The graph resolves every call against the specs in force, whatever its source,
/// so adding a source changes no rule.
public protocol CallSource: Sendable {
    /// The calls the inputs declare, in a deterministic order.
    func calls(in inputs: CallSourceInputs) -> [DeclaredCall]
}

/// What call sources read: the analysed modules, the policy, the hosts specs are bound to and the
/// provider's endpoint table.
public struct CallSourceInputs: Sendable {
    public var modules: [AnalyzedModule]
    public var policy: Policy
    /// The hosts a spec is bound to (`--spec HOST=FILE`), lowercased: calls to them are checked
    /// against that spec whatever service they go to.
    public var boundHosts: Set<String>
    /// The endpoints the provider calls for each resource type and data source.
    public var providerEndpoints: ProviderEndpointTable

    public init(
        modules: [AnalyzedModule], policy: Policy, boundHosts: Set<String> = [],
        providerEndpoints: ProviderEndpointTable = .bundled
    ) {
        self.modules = modules
        self.policy = policy
        self.boundHosts = boundHosts
        self.providerEndpoints = providerEndpoints
    }
}
