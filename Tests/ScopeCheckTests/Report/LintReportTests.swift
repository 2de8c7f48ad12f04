import Testing

@testable import Core
@testable import Report
@testable import Rules

@Suite struct LintReportTests {
    @Test func keepsFindingsInReportOrderAndRulesUniqueById() {
        let report = ReportFixtures.report
        #expect(report.findings.map(\.rule) == ["excess-scope", "missing-scope", "unknown-endpoint"])
        let duplicated = LintReport(
            findings: [], rules: ReportFixtures.rules + ReportFixtures.rules, toolVersion: "1")
        #expect(
            duplicated.rules.map(\.id) == ["client-without-roles", "excess-scope", "missing-scope", "unknown-endpoint"])
    }

    @Test func countsFindingsPerSeverityAndFile() {
        #expect(ReportFixtures.report.summary == ReportSummary(errors: 1, warnings: 1, notes: 1, files: 2))
        #expect(ReportFixtures.emptyReport.summary == ReportSummary(errors: 0, warnings: 0, notes: 0, files: 0))
    }

    @Test func summaryLinePluralises() {
        #expect(
            ReportSummary(errors: 3, warnings: 1, notes: 0, files: 2).line == "3 errors, 1 warning, 0 notes in 2 files")
        #expect(
            ReportSummary(errors: 0, warnings: 0, notes: 2, files: 1).line == "0 errors, 0 warnings, 2 notes in 1 file")
        #expect(ReportSummary(errors: 0, warnings: 0, notes: 0, files: 0).line == "no problems found")
    }

    @Test func sourceLinesSplitAtLineFeedsAndDropCarriageReturns() {
        let lines = SourceLines(texts: ["a.tf": "one\r\ntwo\n\nfour"])
        #expect(SourceLines.split("one\r\ntwo\n\nfour") == ["one", "two", "", "four"])
        #expect(lines.line(1, of: "a.tf") == "one")
        #expect(lines.line(4, of: "a.tf") == "four")
        #expect(lines.line(5, of: "a.tf") == nil)
        #expect(lines.line(0, of: "a.tf") == nil)
        #expect(lines.line(1, of: "b.tf") == nil)
    }
}

@Suite struct ReportDeterminismTests {
    @Test(arguments: ReportFormat.allCases) func sameRunRendersByteIdentically(format: ReportFormat) {
        let writer = format.writer(sourceLines: ReportFixtures.sourceLines, color: true)
        let shuffled = LintReport(
            findings: ReportFixtures.report.findings.reversed(), rules: ReportFixtures.rules.reversed(),
            toolVersion: "1.2.0-test", specs: ReportFixtures.specs, modulesAnalyzed: 2, filesAnalyzed: 5)
        let first = writer.render(ReportFixtures.report)
        #expect(Array(writer.render(ReportFixtures.report).utf8) == Array(first.utf8))
        #expect(Array(writer.render(shuffled).utf8) == Array(first.utf8))
    }
}

@Suite struct ReportRobustnessTests {
    /// Positions are clamped to line and column 1 at least, and the caret stops at the line end.
    @Test(arguments: ReportFormat.allCases) func extremeRangesRenderWithValidPositions(format: ReportFormat) {
        let extreme = Finding(
            rule: "adhoc", severity: .error, message: "",
            range: SourceRange(
                file: ReportFixtures.mainFile, start: SourcePosition(line: .min, column: .min, byte: .min),
                end: SourcePosition(line: .max, column: .max, byte: .max)))
        let report = LintReport(findings: [extreme], rules: [], toolVersion: "1")
        let output = format.writer(sourceLines: ReportFixtures.sourceLines).render(report)
        #expect(!output.isEmpty)
        #expect(!output.contains("-9223372036854775808"))
        #expect(!output.contains(":0:") && !output.contains("line=0"))
        #expect(!output.contains(/(?i)(line|column)": (0|-)/))
    }
}

extension ReportRobustnessTests {
    @Test func textExcerptOfAnExtremeRangeUnderlinesTheFirstLine() {
        let extreme = Finding(
            rule: "adhoc", severity: .note, message: "m",
            range: SourceRange(
                file: ReportFixtures.mainFile, start: SourcePosition(line: 0, column: -4, byte: 0),
                end: SourcePosition(line: 1, column: .max, byte: .max)))
        let output = TextReportWriter(sourceLines: ReportFixtures.sourceLines)
            .render(LintReport(findings: [extreme], rules: [], toolVersion: "1"))
        #expect(
            output == """
                main.tf:1:1: note[adhoc]: m
                resource "genesyscloud_oauth_client" "dash" {
                ^\(String(repeating: "~", count: 44))

                0 errors, 0 warnings, 1 note in 1 file

                """)
    }
}
