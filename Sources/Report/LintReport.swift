import Rules
import Spec

/// Everything the report writers need about one `scopecheck lint` run: the findings (already
/// filtered by severity and ignore annotations), the rules that ran, the tool, the specs used and
/// how much was analysed. Findings are kept in report order and rules sorted by id, so every
/// writer renders the same bytes for the same run whatever order the inputs came in.
public struct LintReport: Hashable, Sendable {
    /// The tool's name as every format reports it.
    public static let toolName = "scopecheck"
    /// The project's home page (SARIF `informationUri`).
    public static let informationURI = "https://github.com/scopecheck/scopecheck"

    /// The findings in report order (file, position, rule, message).
    public let findings: [Finding]
    /// The descriptors of the rules that ran, one per id, sorted by id.
    public let rules: [RuleDescriptor]
    /// The version string of the scopecheck binary that produced the report.
    public let toolVersion: String
    /// The API specs the run used, in the order given.
    public let specs: [SpecSummary]
    /// How many Terraform modules were analysed.
    public let modulesAnalyzed: Int
    /// How many files were analysed.
    public let filesAnalyzed: Int
    /// The finding counts per severity.
    public let summary: ReportSummary

    public init(
        findings: [Finding], rules: [RuleDescriptor], toolVersion: String, specs: [SpecSummary] = [],
        modulesAnalyzed: Int = 0, filesAnalyzed: Int = 0
    ) {
        self.findings = findings.sortedForReport()
        var seen = Set<String>()
        self.rules = rules.filter { seen.insert($0.id).inserted }.sorted { $0.id < $1.id }
        self.toolVersion = toolVersion
        self.specs = specs
        self.modulesAnalyzed = modulesAnalyzed
        self.filesAnalyzed = filesAnalyzed
        self.summary = ReportSummary(counting: self.findings)
    }
}
