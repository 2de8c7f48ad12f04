import Testing

@testable import Report

@Suite struct GitHubReportWriterTests {
    @Test func writesOneEscapedWorkflowCommandPerFinding() {
        let expected = """
            ::warning file=main.tf,line=1,endLine=4,title=scopecheck excess-scope::client "Tableau de bord — équipe" grants scopes it never uses:%0Ausers%0A%0AFix: remove "users" from scopes
            ::error file=main.tf,line=3,col=11,endLine=3,endColumn=42,title=scopecheck missing-scope::client "dash<&>" can't call GET /api/v2/analytics: needs 100%25 of analytics, or analytics:readonly%0A%0AFix: add "analytics:readonly" to scopes
            ::notice file=modules/my réseau%2Cv1%3A2/outputs.tf,line=2,col=11,endLine=2,endColumn=11,title=scopecheck unknown-endpoint::endpoint 'GET /api/v2/flows/{id}' isn't in spec 'PureCloud' & won't be checked
            1 error, 1 warning, 1 note in 2 files

            """
        #expect(GitHubReportWriter().render(ReportFixtures.report) == expected)
    }

    @Test func emptyReportIsTheSummaryAlone() {
        #expect(GitHubReportWriter().render(ReportFixtures.emptyReport) == "no problems found\n")
    }

    @Test func escapesAsTheActionsToolkitDoes() {
        #expect(GitHubReportWriter.escapeData("50%\r\n:,") == "50%25%0D%0A:,")
        #expect(GitHubReportWriter.escapeProperty("50%\r\n:,") == "50%25%0D%0A%3A%2C")
    }
}
