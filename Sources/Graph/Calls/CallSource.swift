import Policy
import Terraform

/// A source of API calls: one small type that reads some input and yields the calls it says
/// clients make. The graph resolves every call against the specs in force, whatever its source,
/// so adding a source changes no rule.
public protocol CallSource: Sendable {
    /// The calls the inputs declare, in a deterministic order.
    func calls(in inputs: CallSourceInputs) -> [DeclaredCall]
}

/// What call sources read: the analysed modules and the policy.
public struct CallSourceInputs: Sendable {
    public var modules: [AnalyzedModule]
    public var policy: Policy

    public init(modules: [AnalyzedModule], policy: Policy) {
        self.modules = modules
        self.policy = policy
    }
}
