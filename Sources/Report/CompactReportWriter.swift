/// One line per finding, for editors and grep: `file:line:col: severity - message (rule-id)`,
/// then the summary line. Line breaks in messages become spaces; fixes are not shown.
public struct CompactReportWriter: ReportWriter {
    public init() {}

    public func render(_ report: LintReport) -> String {
        var output = ""
        for finding in report.findings {
            let region = ReportRegion(finding.range)
            output += "\(finding.range.file):\(region.startLine):\(region.startColumn): "
            output += "\(finding.severity.rawValue) - \(finding.message.joiningLines) (\(finding.rule))\n"
        }
        return output + report.summary.line + "\n"
    }
}
