import Foundation
import Testing

@testable import Core
@testable import Report

@Suite struct CodeClimateReportWriterTests {
    @Test func writesOneIssuePerFindingInReportOrder() {
        let report = ReportFixtures.report
        let missing = ReportFixtures.missingScope
        let excess = ReportFixtures.excessScope
        let unknown = ReportFixtures.unknownEndpoint
        let expected = JSONOutput.array([
            .object([
                ("type", .string("issue")), ("check_name", .string("excess-scope")),
                ("description", .string(excess.message)),
                ("content", .object([("body", .string(#"Fix: remove "users" from scopes"#))])),
                ("categories", .array([.string("Security")])), ("severity", .string("minor")),
                ("fingerprint", .string(excess.fingerprint)),
                (
                    "location",
                    .object([("path", .string("main.tf")), ("lines", .object([("begin", .int(1)), ("end", .int(4))]))])
                ),
            ]),
            .object([
                ("type", .string("issue")), ("check_name", .string("missing-scope")),
                ("description", .string(missing.message)),
                ("content", .object([("body", .string(#"Fix: add "analytics:readonly" to scopes"#))])),
                ("categories", .array([.string("Security")])), ("severity", .string("major")),
                ("fingerprint", .string(missing.fingerprint)),
                (
                    "location",
                    .object([("path", .string("main.tf")), ("lines", .object([("begin", .int(3)), ("end", .int(3))]))])
                ),
            ]),
            .object([
                ("type", .string("issue")), ("check_name", .string("unknown-endpoint")),
                ("description", .string(unknown.message)),
                ("categories", .array([.string("Security")])), ("severity", .string("info")),
                ("fingerprint", .string(unknown.fingerprint)),
                (
                    "location",
                    .object([
                        ("path", .string(ReportFixtures.outputsFile)),
                        ("lines", .object([("begin", .int(2)), ("end", .int(2))])),
                    ])
                ),
            ]),
        ])
        #expect(CodeClimateReportWriter().render(report) == expected.rendered(pretty: true))
        #expect(ReportFormat.codeclimate.writer().render(report) == CodeClimateReportWriter().render(report))
    }

    @Test func repeatedFindingsGetDistinctFingerprints() throws {
        var moved = ReportFixtures.missingScope
        moved.range = SourceRange(
            file: moved.range.file, start: SourcePosition(line: 9, column: 1, byte: 200),
            end: SourcePosition(line: 9, column: 5, byte: 204))
        let report = LintReport(
            findings: [ReportFixtures.missingScope, moved], rules: ReportFixtures.rules, toolVersion: "t")
        let json = try JSONSerialization.jsonObject(with: Data(CodeClimateReportWriter().render(report).utf8))
        let fingerprints = (json as? [[String: Any]])?.compactMap { $0["fingerprint"] as? String } ?? []
        #expect(fingerprints.count == 2)
        #expect(Set(fingerprints).count == 2)
        #expect(fingerprints.first == ReportFixtures.missingScope.fingerprint)
    }

    @Test func anEmptyReportIsAnEmptyArray() {
        #expect(CodeClimateReportWriter().render(ReportFixtures.emptyReport) == "[]\n")
    }
}
