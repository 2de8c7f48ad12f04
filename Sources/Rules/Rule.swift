import Core
import Graph

/// A lint rule: pure, it reads the `RequirementGraph` and returns findings. It never parses, prints
/// or exits. Each rule lives in its own file with its metadata and examples.
public protocol Rule: Sendable {
    var descriptor: RuleDescriptor { get }
    /// Inputs on which the rule must and must not fire; the tests run every one of them and the
    /// rule's documentation page shows them.
    var examples: [RuleExample] { get }
    func check(_ graph: RequirementGraph) -> [Finding]
}

extension Rule {
    /// A finding of this rule at its default severity (the linter applies configured severities).
    func finding(
        _ message: String, at range: SourceRange, address: String? = nil, fix: String? = nil,
        related: [RelatedLocation] = []
    ) -> Finding {
        Finding(
            rule: descriptor.id, severity: descriptor.defaultSeverity, message: message, range: range, address: address,
            fix: fix, related: related.filter { $0.range != range })
    }

    /// Where a call comes from, as a related location of a finding about it.
    func declaration(of call: ResolvedCall) -> RelatedLocation {
        let subject = call.call.provenance.subject.map { " \($0)" } ?? ""
        return RelatedLocation(
            range: call.range, message: "the call \(call.text) (\(call.call.provenance.source)\(subject))")
    }
}

/// A small configuration a rule is shown on: Terraform (`main.tf`), optionally a policy
/// (`policy.hcl`), checked against the bundled sample spec. `triggers` says whether the rule
/// must report something on it.
public struct RuleExample: Sendable {
    public var terraform: String
    public var policy: String?
    public var triggers: Bool

    public init(terraform: String, policy: String? = nil, triggers: Bool) {
        self.terraform = terraform
        self.policy = policy
        self.triggers = triggers
    }

    /// An example the rule reports.
    public static func triggering(_ terraform: String, policy: String? = nil) -> RuleExample {
        RuleExample(terraform: terraform, policy: policy, triggers: true)
    }

    /// An example the rule accepts.
    public static func passing(_ terraform: String, policy: String? = nil) -> RuleExample {
        RuleExample(terraform: terraform, policy: policy, triggers: false)
    }
}
