import Core

/// The Code Climate issue format as GitLab reads it for its code quality report
/// (`artifacts: reports: codequality`): a JSON array with one object per finding.
///
/// Each issue has `type`, `check_name` (the rule id), `description` (the message), `content.body`
/// (the fix, when there is one), `categories`, `severity` (`major` for errors, `minor` for
/// warnings, `info` for notes), `fingerprint` and `location` (`path` and 1-based `lines`).
/// GitLab merges issues by fingerprint, so a finding's fingerprint (which ignores positions, to
/// survive line shifts) is made unique within the report by counting repeats.
public struct CodeClimateReportWriter: ReportWriter {
    public init() {}

    public func render(_ report: LintReport) -> String {
        var seen: [String: Int] = [:]
        let issues = report.findings.map { finding -> JSONOutput in
            let repeats = seen[finding.fingerprint, default: 0]
            seen[finding.fingerprint] = repeats + 1
            let fingerprint =
                repeats == 0 ? finding.fingerprint : StableHash.hex(of: "\(finding.fingerprint)#\(repeats)")
            let region = ReportRegion(finding.range)
            return .fields([
                ("type", .string("issue")),
                ("check_name", .string(finding.rule)),
                ("description", .string(finding.message)),
                ("content", finding.fix.map { .object([("body", .string("Fix: \($0)"))]) }),
                ("categories", .array([.string("Security")])),
                ("severity", .string(Self.severity(finding.severity))),
                ("fingerprint", .string(fingerprint)),
                (
                    "location",
                    .object([
                        ("path", .string(finding.range.file)),
                        ("lines", .object([("begin", .int(region.startLine)), ("end", .int(region.endLine))])),
                    ])
                ),
            ])
        }
        return JSONOutput.array(issues).rendered(pretty: true)
    }

    /// Code Climate's severity for a finding's.
    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: "major"
        case .warning: "minor"
        case .note: "info"
        }
    }
}
