import Testing

@testable import Report

@Suite struct CompactReportWriterTests {
    @Test func writesOneLinePerFindingThenTheSummary() {
        let expected = """
            main.tf:1:1: warning - client "Tableau de bord — équipe" grants scopes it never uses: users (excess-scope)
            main.tf:3:11: error - client "dash<&>" can't call GET /api/v2/analytics: needs 100% of analytics, or analytics:readonly (missing-scope)
            modules/my réseau,v1:2/outputs.tf:2:11: note - endpoint 'GET /api/v2/flows/{id}' isn't in spec 'PureCloud' & won't be checked (unknown-endpoint)
            1 error, 1 warning, 1 note in 2 files

            """
        #expect(CompactReportWriter().render(ReportFixtures.report) == expected)
    }

    @Test func emptyReportIsTheSummaryAlone() {
        #expect(CompactReportWriter().render(ReportFixtures.emptyReport) == "no problems found\n")
    }

    @Test func joinsEveryKindOfLineBreak() {
        #expect("a\r\nb\rc\nd".joiningLines == "a b c d")
    }
}
