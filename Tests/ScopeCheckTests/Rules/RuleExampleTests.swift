import Foundation
import Testing

@testable import Rules

/// One example of one registered rule, as a test argument.
struct RuleExampleCase: Sendable, CustomTestStringConvertible {
    var rule: any Rule
    var index: Int

    var example: RuleExample { rule.examples[index] }

    var testDescription: String {
        "\(rule.descriptor.id) example \(index + 1) (\(example.triggers ? "triggering" : "passing"))"
    }

    /// Every example of every registered rule.
    static let all: [RuleExampleCase] = RuleRegistry.rules.flatMap { rule in
        rule.examples.indices.map { RuleExampleCase(rule: rule, index: $0) }
    }
}

@Suite("Rule examples")
struct RuleExampleTests {
    @Test("every example triggers exactly when it says so", arguments: RuleExampleCase.all)
    func exampleBehaves(_ item: RuleExampleCase) throws {
        let findings = try RuleTestSupport.findings(
            item.rule, terraform: item.example.terraform, policy: item.example.policy)
        let own = findings.filter { $0.rule == item.rule.descriptor.id }
        #expect(own.count == findings.count, "a rule reports only its own id")
        if item.example.triggers {
            #expect(!own.isEmpty, "expected a finding of \(item.rule.descriptor.id)")
        } else {
            #expect(own.isEmpty, "unexpected: \(own.map(\.message))")
        }
        for finding in own {
            #expect(finding.severity == item.rule.descriptor.defaultSeverity)
            #expect(!finding.message.isEmpty)
        }
    }

    @Test("every rule has a triggering and a passing example")
    func everyRuleHasBothKindsOfExample() {
        for rule in RuleRegistry.rules {
            let triggering = rule.examples.filter(\.triggers).count
            let passing = rule.examples.count - triggering
            #expect(triggering > 0, "\(rule.descriptor.id) has no triggering example")
            #expect(passing > 0, "\(rule.descriptor.id) has no passing example")
        }
    }

    @Test("rule ids are unique kebab-case, across rules and the linter's own descriptors")
    func idsAreUnique() {
        let ids = RuleRegistry.descriptors.map(\.id)
        #expect(Set(ids).count == ids.count, "repeated: \(ids.filter { id in ids.filter { $0 == id }.count > 1 })")
        for id in ids {
            #expect(id.wholeMatch(of: /[a-z]+(-[a-z]+)*/) != nil, "\(id)")
        }
    }

    @Test("the registry lists the new rules and keeps unresolved-value once, as a rule")
    func registryContents() {
        let ids = RuleRegistry.descriptors.map(\.id)
        for id in [
            "excess-scope", "unknown-permission", "unknown-attribute", "missing-attribute", "invalid-value",
            "deprecated-endpoint", "preview-endpoint", "policy-violation", "unresolved-value", "unknown-client",
            "parse-error",
        ] {
            #expect(ids.filter { $0 == id }.count == 1, "\(id)")
        }
        #expect(RuleRegistry.unresolvedValue == UnresolvedValueRule().descriptor)
        #expect(RuleRegistry.rules.contains { $0.descriptor.id == "unresolved-value" })
    }
}
