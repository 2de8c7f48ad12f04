/// The output formats of `scopecheck lint --format`, named as tflint names them.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// Compiler-style messages with a source excerpt; the default.
    case text
    /// The versioned scopecheck JSON schema (see `JSONReportWriter`).
    case json
    /// SARIF 2.1.0, for code scanning.
    case sarif
    /// GitHub Actions workflow commands, which become pull-request annotations.
    case github
    /// JUnit XML, for CI test reports.
    case junit
    /// One line per finding.
    case compact
    /// Code Climate issues, for GitLab's code quality report.
    case codeclimate

    /// The format called `name` (case-insensitive; tflint's `default` means `text`).
    public init(parsing name: String) throws(UsageError) {
        let key = name.lowercased()
        if key == "default" {
            self = .text
            return
        }
        guard let format = ReportFormat(rawValue: key) else {
            let valid = ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")
            throw UsageError("unknown format '\(name)'; valid formats: \(valid)")
        }
        self = format
    }

    /// The writer for this format. Only the text format uses `sourceLines` and `color`.
    public func writer(sourceLines: SourceLines = .none, color: Bool = false) -> any ReportWriter {
        switch self {
        case .text: TextReportWriter(sourceLines: sourceLines, color: color)
        case .json: JSONReportWriter()
        case .sarif: SARIFReportWriter()
        case .github: GitHubReportWriter()
        case .junit: JUnitReportWriter()
        case .compact: CompactReportWriter()
        case .codeclimate: CodeClimateReportWriter()
        }
    }
}
