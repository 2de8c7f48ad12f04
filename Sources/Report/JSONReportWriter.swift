import Core
import Rules
import Spec

/// The scopecheck JSON report, schema version 1. Keys appear in exactly this order, and the
/// schema only changes by adding keys at the end of an object; anything else bumps `version`.
///
/// ```
/// {
///   "version": 1,
///   "tool": { "name": "scopecheck", "version": "1.2.0" },
///   "specs": [ { "path": "…", "title": "…", "format": "swagger-2.0", "hash": "…" } ],
///   "findings": [
///     {
///       "rule": "missing-scope",         // stable rule id
///       "severity": "error",             // "error" | "warning" | "note"
///       "message": "…",
///       "file": "main.tf",               // as given to scopecheck, relative when it was
///       "line": 3, "column": 11,         // 1-based; columns count Unicode scalars
///       "endLine": 3, "endColumn": 24,   // endColumn is the column after the last character
///       "address": "genesyscloud_oauth_client.dash",  // or null
///       "fix": "add \"users:readonly\" to scopes",     // or null
///       "fingerprint": "0123456789abcdef", // stable across line shifts
///       "related": [                     // other places it is about (the call's declaration…)
///         { "file": "policy.hcl", "line": 5, "column": 5, "message": "the call … (policy)" }
///       ]
///     }
///   ],
///   "summary": {
///     "errors": 1, "warnings": 0, "notes": 0,
///     "files": 1,                        // files with at least one finding
///     "filesAnalyzed": 12, "modulesAnalyzed": 3
///   }
/// }
/// ```
///
/// Findings come in report order (file, position, rule, message); the text is two-space
/// indented and ends with a newline.
public struct JSONReportWriter: ReportWriter {
    /// The schema version written in `version`.
    public static let schemaVersion = 1

    public init() {}

    public func render(_ report: LintReport) -> String {
        JSONOutput.object([
            ("version", .int(Self.schemaVersion)),
            ("tool", .object([("name", .string(LintReport.toolName)), ("version", .string(report.toolVersion))])),
            ("specs", .array(report.specs.map(\.json))),
            ("findings", .array(report.findings.map(Self.finding))),
            ("summary", Self.summary(report)),
        ]).rendered(pretty: true)
    }

    private static func finding(_ finding: Finding) -> JSONOutput {
        let region = ReportRegion(finding.range)
        return .object([
            ("rule", .string(finding.rule)),
            ("severity", .string(finding.severity.rawValue)),
            ("message", .string(finding.message)),
            ("file", .string(finding.range.file)),
            ("line", .int(region.startLine)),
            ("column", .int(region.startColumn)),
            ("endLine", .int(region.endLine)),
            ("endColumn", .int(region.endColumn)),
            ("address", finding.address.map(JSONOutput.string) ?? .null),
            ("fix", finding.fix.map(JSONOutput.string) ?? .null),
            ("fingerprint", .string(finding.fingerprint)),
            (
                "related",
                .array(
                    finding.related.map { related in
                        .object([
                            ("file", .string(related.range.file)), ("line", .int(related.range.start.line)),
                            ("column", .int(related.range.start.column)), ("message", .string(related.message)),
                        ])
                    })
            ),
        ])
    }

    private static func summary(_ report: LintReport) -> JSONOutput {
        .object([
            ("errors", .int(report.summary.errors)),
            ("warnings", .int(report.summary.warnings)),
            ("notes", .int(report.summary.notes)),
            ("files", .int(report.summary.files)),
            ("filesAnalyzed", .int(report.filesAnalyzed)),
            ("modulesAnalyzed", .int(report.modulesAnalyzed)),
        ])
    }
}

extension SpecSummary {
    /// `{"path", "title", "format", "hash"}`, as the JSON and SARIF reports list specs.
    var json: JSONOutput {
        .object([
            ("path", .string(path)), ("title", .string(title)), ("format", .string(format)), ("hash", .string(hash)),
        ])
    }
}
