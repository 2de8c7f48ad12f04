import Testing

@testable import ScopeCheck

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
