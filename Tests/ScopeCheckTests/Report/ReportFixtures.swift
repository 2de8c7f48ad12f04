@testable import Core
@testable import Report
@testable import Rules
@testable import Spec

/// A small fixed lint run for the report writer tests: three findings in two files, one spanning
/// several lines, one without address or fix, with tabs in the source and text that every
/// format has to escape.
enum ReportFixtures {
    static let mainFile = "main.tf"
    static let mainSource = """
        resource "genesyscloud_oauth_client" "dash" {
        \tname   = "Tableau de bord — équipe"
        \tscopes = ["users", "analytics:readonly"]
        }

        """
    static let outputsFile = "modules/my réseau,v1:2/outputs.tf"
    static let outputsSource = """
        output "endpoint" {
          value = "GET /api/v2/flows/{id}"
        }

        """

    static let missingScope = Finding(
        rule: "missing-scope", severity: .error,
        message: #"client "dash<&>" can't call GET /api/v2/analytics: needs 100% of analytics, or analytics:readonly"#,
        range: range(in: mainSource, file: mainFile, from: (3, 11), to: (3, 42)),
        address: "genesyscloud_oauth_client.dash", fix: #"add "analytics:readonly" to scopes"#,
        related: [
            RelatedLocation(
                range: range(in: outputsSource, file: outputsFile, from: (2, 11), to: (2, 35)),
                message: #"the call "GET /api/v2/flows/{id}": policy"#)
        ])
    static let excessScope = Finding(
        rule: "excess-scope", severity: .warning,
        message: "client \"Tableau de bord — équipe\" grants scopes it never uses:\nusers",
        range: range(in: mainSource, file: mainFile, from: (1, 1), to: (4, 2)),
        address: "genesyscloud_oauth_client.dash", fix: #"remove "users" from scopes"#)
    static let unknownEndpoint = Finding(
        rule: "unknown-endpoint", severity: .note,
        message: "endpoint 'GET /api/v2/flows/{id}' isn't in spec 'PureCloud' & won't be checked",
        range: range(in: outputsSource, file: outputsFile, from: (2, 11), to: (2, 11)))

    static let rules = [
        RuleDescriptor(
            id: "unknown-endpoint", summary: "Endpoint not in the spec", defaultSeverity: .note,
            explanation: "The endpoint is not in any spec, so its scopes cannot be checked."),
        RuleDescriptor(
            id: "missing-scope", summary: "Client lacks a required scope", defaultSeverity: .error,
            explanation: #"Calls fail with 403 "missing scope" unless the client has <scope> & its role."#),
        RuleDescriptor(
            id: "excess-scope", summary: "Client has an unused scope", defaultSeverity: .warning,
            explanation: "Unused scopes widen what a leaked secret can do."),
        RuleDescriptor(
            id: "client-without-roles", summary: "Client credentials client without roles",
            defaultSeverity: .error, explanation: "A client-credentials client needs at least one role."),
    ]

    static let specs = [
        SpecSummary(
            path: "specs/platform-api.json", title: "PureCloud Platform API", format: "swagger-2.0",
            hash: "sha256:5f1e")
    ]

    /// The fixed report, its findings given out of report order.
    static let report = LintReport(
        findings: [unknownEndpoint, missingScope, excessScope], rules: rules, toolVersion: "1.2.0-test",
        specs: specs, modulesAnalyzed: 2, filesAnalyzed: 5)

    /// A run that found nothing.
    static let emptyReport = LintReport(
        findings: [], rules: [rules[1]], toolVersion: "1.2.0-test", specs: [], modulesAnalyzed: 1,
        filesAnalyzed: 1)

    static let sourceLines = SourceLines(texts: [mainFile: mainSource, outputsFile: outputsSource])

    /// The range from `start` to `end` (1-based line and Unicode scalar column) of `text`, with
    /// the byte offsets computed from the text.
    static func range(in text: String, file: String, from start: (Int, Int), to end: (Int, Int)) -> SourceRange {
        SourceRange(
            file: file, start: position(in: text, line: start.0, column: start.1),
            end: position(in: text, line: end.0, column: end.1))
    }

    private static func position(in text: String, line: Int, column: Int) -> SourcePosition {
        let lines = SourceLines.split(text)
        let before = lines.prefix(line - 1).reduce(0) { $0 + $1.utf8.count + 1 }
        let prefix = String(String.UnicodeScalarView(lines[line - 1].unicodeScalars.prefix(column - 1)))
        return SourcePosition(line: line, column: column, byte: before + prefix.utf8.count)
    }
}
