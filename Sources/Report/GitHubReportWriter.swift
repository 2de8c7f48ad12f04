import Core
import Rules

/// GitHub Actions workflow commands, one per finding, which GitHub shows as annotations on the
/// pull request, followed by the summary line for the log:
///
/// `::error file=main.tf,line=3,col=11,endLine=3,endColumn=24,title=scopecheck missing-scope::message`
///
/// Warnings use `::warning`, notes `::notice`. Columns are sent only for single-line ranges, as
/// GitHub ignores them otherwise. The message carries the fix after a blank line. Values are
/// escaped as the Actions toolkit does: `%`, CR and LF everywhere, and `:` and `,` in properties.
public struct GitHubReportWriter: ReportWriter {
    public init() {}

    public func render(_ report: LintReport) -> String {
        var output = ""
        for finding in report.findings {
            output += command(for: finding) + "\n"
        }
        return output + report.summary.line + "\n"
    }

    private func command(for finding: Finding) -> String {
        let region = ReportRegion(finding.range)
        var properties = [("file", finding.range.file), ("line", String(region.startLine))]
        if region.isSingleLine { properties.append(("col", String(region.startColumn))) }
        properties.append(("endLine", String(region.endLine)))
        if region.isSingleLine { properties.append(("endColumn", String(region.endColumn))) }
        properties.append(("title", "\(LintReport.toolName) \(finding.rule)"))
        let list = properties.map { "\($0)=\(Self.escapeProperty($1))" }.joined(separator: ",")
        return "::\(Self.command(for: finding.severity)) \(list)::\(Self.escapeData(finding.messageWithFix))"
    }

    static func command(for severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
    }

    /// Message data: `%`, `\r` and `\n` percent-encoded.
    static func escapeData(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": escaped += "%25"
            case "\r": escaped += "%0D"
            case "\n": escaped += "%0A"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// A property value: as message data, plus `:` and `,`.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }
}
