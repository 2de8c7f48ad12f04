import Core
import Foundation
import Graph
import Policy
import Rules

/// The findings of one lint run, after rule settings and inline suppressions.
public struct LintResult: Sendable {
    /// What to report, in report order.
    public var findings: [Finding]
    /// What `scopecheck:ignore` annotations suppressed.
    public var suppressed: [Finding]
    /// The descriptors of every rule that could report (for SARIF and the JSON report).
    public var rules: [RuleDescriptor]
    /// What hides the sensitive values of the modules; the findings are already redacted with
    /// it, and source excerpts must be too (`Redactor.redacting(_:)`).
    public var redactor: Redactor = .none
}

/// Runs the enabled rules over the requirement graph and turns input diagnostics into findings;
/// what is found in code `terraform init` installed is reported at the module call that brought
/// it in.
public enum Linter {
    /// Runs `rules` (default: all registered rules), applying `config`'s rule settings and the
    /// inline suppressions of the Terraform files (read from the text kept with each parsed
    /// file). The rules, and the suppressions of the files, run in parallel on `threads` threads (default: one per core); the result does not depend on
    /// their order.
    public static func run(
        _ graph: RequirementGraph, config: ScopeCheckConfig, rules: [any Rule] = RuleRegistry.rules,
        extraDiagnostics: [Diagnostic] = [],
        threads: Int = ProcessInfo.processInfo.activeProcessorCount
    ) -> LintResult {
        let enabled = rules.filter { config.isEnabled($0.descriptor.id) }
        var findings = LargeStackThread.map(count: enabled.count, threads: threads) { enabled[$0].check(graph) }
            .flatMap { $0 }
        let diagnostics =
            graph.modules.flatMap(\.configuration.diagnostics) + graph.policy.diagnostics + extraDiagnostics
        findings += diagnostics.map(finding(for:))
        findings = InstalledCodeFindings.relocate(findings, in: graph)
        findings = HalfParsedBlocks.quiet(findings, files: graph.modules.flatMap(\.configuration.files))
        // Only comments can hold annotations: files without any are passed over.
        let files = graph.modules.flatMap(\.configuration.files).filter {
            !$0.path.hasSuffix(".json") && !$0.comments.isEmpty
        }
        let suppressions = Suppressions(
            combining: LargeStackThread.map(count: files.count, threads: threads) { index in
                Suppressions.build(file: files[index])
            })
        let applied = suppressions.apply(to: unique(findings), knownRules: RuleRegistry.ids)
        let redactor = Redactor(
            configurations: graph.modules.map(\.configuration), schema: graph.schema,
            secrets: graph.modules.map(\.secrets))
        let reported = (applied.kept + applied.extra).filter { config.isEnabled($0.rule) }.map { finding in
            var finding = finding
            finding.severity = config.severity(of: finding.rule, default: finding.severity)
            return redactor.redact(finding).bounded()
        }
        return LintResult(
            findings: reported.sortedForReport(),
            suppressed: applied.suppressed.map { redactor.redact($0).bounded() }.sortedForReport(),
            rules: RuleRegistry.descriptors.filter { config.isEnabled($0.id) }.sorted { $0.id < $1.id },
            redactor: redactor)
    }

    /// A diagnostic of the inputs as a finding: errors are `parse-error`, warnings
    /// `terraform-validation`, notes `unresolved-value`.
    static func finding(for diagnostic: Diagnostic) -> Finding {
        let descriptor =
            switch diagnostic.severity {
            case .error: RuleRegistry.parseError
            case .warning: RuleRegistry.terraformValidation
            case .note: RuleRegistry.unresolvedValue
            }
        let detail = diagnostic.detail.isEmpty ? "" : ": \(diagnostic.detail)"
        return Finding(
            rule: descriptor.id, severity: diagnostic.severity, message: diagnostic.summary + detail,
            range: diagnostic.range ?? SourceRange.wholeFile("(input)"))
    }

    private static func unique(_ findings: [Finding]) -> [Finding] {
        var seen = Set<Finding>()
        return findings.filter { seen.insert($0).inserted }
    }
}
