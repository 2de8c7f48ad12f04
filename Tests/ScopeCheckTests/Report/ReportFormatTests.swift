import Testing

@testable import Report
@testable import scopecheck

@Suite struct ReportFormatTests {
    @Test func parsesEveryFormatAndTflintsDefault() throws {
        for format in ReportFormat.allCases {
            #expect(ReportFormat(named: format.rawValue) == format)
        }
        #expect(ReportFormat(named: "SARIF") == .sarif)
        #expect(ReportFormat(named: "default") == .text)
    }

    @Test func unknownFormatListsTheValidOnes() {
        #expect(
            throws: UsageError(
                "unknown format 'xml'; valid formats: text, json, sarif, github, junit, compact, codeclimate")
        ) {
            try OptionChoices.reportFormat("xml")
        }
    }

    @Test func givesEachFormatItsWriter() {
        let report = ReportFixtures.report
        let color = ReportFormat.text.writer(sourceLines: ReportFixtures.sourceLines, color: true)
        #expect(
            color.render(report)
                == TextReportWriter(sourceLines: ReportFixtures.sourceLines, color: true).render(report))
        #expect(ReportFormat.json.writer().render(report) == JSONReportWriter().render(report))
        #expect(ReportFormat.sarif.writer().render(report) == SARIFReportWriter().render(report))
        #expect(ReportFormat.github.writer().render(report) == GitHubReportWriter().render(report))
        #expect(ReportFormat.junit.writer().render(report) == JUnitReportWriter().render(report))
        #expect(ReportFormat.compact.writer().render(report) == CompactReportWriter().render(report))
    }
}

@Suite struct TerminalColorTests {
    @Test func colorsATerminalByDefault() {
        #expect(TerminalColor.shouldUse(isTTY: true, environment: [:]))
        #expect(!TerminalColor.shouldUse(isTTY: false, environment: [:]))
        #expect(!TerminalColor.shouldUse(isTTY: true, environment: ["TERM": "dumb"]))
    }

    @Test func anyNonEmptyNoColorDisablesEvenWhenForced() {
        #expect(!TerminalColor.shouldUse(isTTY: true, environment: ["NO_COLOR": "1"]))
        #expect(!TerminalColor.shouldUse(isTTY: true, environment: ["NO_COLOR": "0"]))
        #expect(!TerminalColor.shouldUse(isTTY: false, environment: ["NO_COLOR": "x", "FORCE_COLOR": "1"]))
        #expect(TerminalColor.shouldUse(isTTY: true, environment: ["NO_COLOR": ""]))
    }

    @Test func forceColorAndCliColorForceEnableWithoutATerminal() {
        #expect(TerminalColor.shouldUse(isTTY: false, environment: ["FORCE_COLOR": "1"]))
        #expect(TerminalColor.shouldUse(isTTY: false, environment: ["FORCE_COLOR": "true"]))
        #expect(TerminalColor.shouldUse(isTTY: false, environment: ["CLICOLOR_FORCE": "1"]))
        #expect(!TerminalColor.shouldUse(isTTY: false, environment: ["FORCE_COLOR": "0"]))
        #expect(!TerminalColor.shouldUse(isTTY: false, environment: ["FORCE_COLOR": "false"]))
        #expect(!TerminalColor.shouldUse(isTTY: false, environment: ["CLICOLOR_FORCE": "0"]))
        #expect(!TerminalColor.shouldUse(isTTY: false, environment: ["FORCE_COLOR": "", "CLICOLOR_FORCE": ""]))
    }
}
