import Core

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

    /// The format called `name` (case-insensitive; tflint's `default` means `text`), or nil.
    public init?(named name: String) {
        let key = name.lowercased()
        guard let format = key == "default" ? .text : ReportFormat(rawValue: key) else { return nil }
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
