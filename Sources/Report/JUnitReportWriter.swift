import Core
import Rules

/// JUnit XML in the shape tflint writes, grouped into one `testsuite` per file:
///
/// ```
/// <?xml version="1.0" encoding="UTF-8"?>
/// <testsuites name="scopecheck" tests="1" failures="1" errors="0" time="0">
///   <testsuite name="main.tf" tests="1" failures="1" errors="0" time="0">
///     <testcase classname="main.tf" name="missing-scope" time="0">
///       <failure message="main.tf:3,11-24: client cannot call …" type="error">error: client cannot call …
/// Rule: missing-scope
/// Range: main.tf:3,11-24
/// Address: genesyscloud_oauth_client.dash
/// Fix: add "users:readonly" to scopes</failure>
///     </testcase>
///   </testsuite>
/// </testsuites>
/// ```
///
/// Ranges are written as HCL writes them (`file:line,col-endCol`, or `file:line,col-endLine,endCol`
/// across lines). A report without findings is one passing test case, so CI systems that reject
/// empty test reports still record a green run.
public struct JUnitReportWriter: ReportWriter {
    public init() {}

    public func render(_ report: LintReport) -> String {
        var lines = [#"<?xml version="1.0" encoding="UTF-8"?>"#]
        let total = max(1, report.findings.count)
        lines.append(
            "<testsuites name=\"\(LintReport.toolName)\" tests=\"\(total)\" failures=\"\(report.findings.count)\""
                + " errors=\"0\" time=\"0\">")
        if report.findings.isEmpty {
            lines.append(
                "  <testsuite name=\"\(LintReport.toolName)\" tests=\"1\" failures=\"0\" errors=\"0\" time=\"0\">")
            lines.append("    <testcase classname=\"\(LintReport.toolName)\" name=\"lint\" time=\"0\"></testcase>")
            lines.append("  </testsuite>")
        }
        for (file, findings) in Self.groupedByFile(report.findings) {
            let name = attribute(file)
            lines.append(
                "  <testsuite name=\"\(name)\" tests=\"\(findings.count)\" failures=\"\(findings.count)\""
                    + " errors=\"0\" time=\"0\">")
            for finding in findings {
                lines.append("    <testcase classname=\"\(name)\" name=\"\(attribute(finding.rule))\" time=\"0\">")
                lines.append("      " + failure(for: finding))
                lines.append("    </testcase>")
            }
            lines.append("  </testsuite>")
        }
        lines.append("</testsuites>")
        return lines.joined(separator: "\n") + "\n"
    }

    private func failure(for finding: Finding) -> String {
        let range = Self.hclRange(finding.range)
        var details = [
            "\(finding.severity.rawValue): \(finding.message)", "Rule: \(finding.rule)", "Range: \(range)",
        ]
        if let address = finding.address { details.append("Address: \(address)") }
        if let fix = finding.fix { details.append("Fix: \(fix)") }
        let message = attribute("\(range): \(finding.message)")
        let body = XMLEscaping.escape(details.joined(separator: "\n"), inAttribute: false)
        return "<failure message=\"\(message)\" type=\"\(finding.severity.rawValue)\">\(body)</failure>"
    }

    private func attribute(_ text: String) -> String {
        XMLEscaping.escape(text, inAttribute: true)
    }

    /// The findings of each file, files in the order they first appear (report order sorts by file).
    private static func groupedByFile(_ findings: [Finding]) -> [(String, [Finding])] {
        var groups: [(String, [Finding])] = []
        for finding in findings {
            if let last = groups.last, last.0 == finding.range.file {
                groups[groups.count - 1].1.append(finding)
            } else {
                groups.append((finding.range.file, [finding]))
            }
        }
        return groups
    }

    /// `main.tf:3,11-24` or, across lines, `main.tf:1,1-4,2`, as HCL prints ranges.
    static func hclRange(_ range: SourceRange) -> String {
        let region = ReportRegion(range)
        let end = region.isSingleLine ? "\(region.endColumn)" : "\(region.endLine),\(region.endColumn)"
        return "\(range.file):\(region.startLine),\(region.startColumn)-\(end)"
    }
}
