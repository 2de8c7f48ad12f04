import Core
import Rules

/// The default format, as compilers print problems:
///
/// ```
/// main.tf:3:11: error[missing-scope]: client "dash" cannot call GET /api/v2/users
///     scopes = ["analytics"]
///              ^~~~~~~~~~~~~
///   fix: add "users:readonly" to scopes
///
/// 1 error, 0 warnings, 0 notes in 1 file
/// ```
///
/// The excerpt shows the range's first line, with the marker running to the end of that line
/// for ranges that span several; it is left out when `sourceLines` has no such line, and cut to
/// a window around the range when the line is long (`ExcerptWindow`). With
/// `color`, the location is bold, the severity coloured and the marker green.
public struct TextReportWriter: ReportWriter {
    public var sourceLines: SourceLines
    public var color: Bool

    public init(sourceLines: SourceLines = .none, color: Bool = false) {
        self.sourceLines = sourceLines
        self.color = color
    }

    public func render(_ report: LintReport) -> String {
        var output = ""
        for finding in report.findings {
            output += block(for: finding)
        }
        return output + report.summary.line + "\n"
    }

    private func block(for finding: Finding) -> String {
        let region = ReportRegion(finding.range)
        let location = "\(finding.range.file):\(region.startLine):\(region.startColumn):"
        let severity = finding.severity.rawValue
        var lines = [
            "\(styled(location, TerminalColor.bold)) \(styled(severity, TerminalColor.style(for: finding.severity)))"
                + "[\(finding.rule)]: \(finding.message.indentingContinuationLines(by: "  "))"
        ]
        if let source = sourceLines.line(region.startLine, of: finding.range.file) {
            let endColumn = region.isSingleLine ? region.endColumn : source.unicodeScalars.count + 1
            let window = ExcerptWindow(line: source, startColumn: region.startColumn, endColumn: endColumn)
            let marker = CaretLine.marker(
                under: window.text, startColumn: window.startColumn, endColumn: window.endColumn)
            lines.append(window.text)
            lines.append(styled(marker, TerminalColor.green))
        }
        if let fix = finding.fix {
            lines.append("  fix: \(fix.indentingContinuationLines(by: "       "))")
        }
        return lines.joined(separator: "\n") + "\n\n"
    }

    private func styled(_ text: String, _ style: String) -> String {
        color ? style + text + TerminalColor.reset : text
    }
}
