import Testing

@testable import Report

@Suite struct TextReportWriterTests {
    let writer = TextReportWriter(sourceLines: ReportFixtures.sourceLines)

    @Test func rendersFindingsWithExcerptsCaretsAndFixes() {
        let expected = """
            main.tf:1:1: warning[excess-scope]: client "Tableau de bord — équipe" grants scopes it never uses:
              users
            resource "genesyscloud_oauth_client" "dash" {
            ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
              fix: remove "users" from scopes

            main.tf:3:11: error[missing-scope]: client "dash<&>" can't call GET /api/v2/analytics: needs 100% of analytics, or analytics:readonly
            \tscopes = ["users", "analytics:readonly"]
            \t         ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
              fix: add "analytics:readonly" to scopes

            modules/my réseau,v1:2/outputs.tf:2:11: note[unknown-endpoint]: endpoint 'GET /api/v2/flows/{id}' isn't in spec 'PureCloud' & won't be checked
              value = "GET /api/v2/flows/{id}"
                      ^

            1 error, 1 warning, 1 note in 2 files

            """
        #expect(writer.render(ReportFixtures.report) == expected)
    }

    @Test func leavesOutExcerptsWithoutSource() {
        let output = TextReportWriter().render(ReportFixtures.report)
        #expect(
            output.hasPrefix(
                """
                main.tf:1:1: warning[excess-scope]: client "Tableau de bord — équipe" grants scopes it never uses:
                  users
                  fix: remove "users" from scopes

                main.tf:3:11: error
                """))
    }

    @Test func emptyReportSaysNoProblems() {
        #expect(writer.render(ReportFixtures.emptyReport) == "no problems found\n")
    }

    @Test func colorsLocationSeverityAndMarkerOnlyWhenAsked() {
        let report = LintReport(
            findings: [ReportFixtures.unknownEndpoint], rules: ReportFixtures.rules, toolVersion: "1")
        let colored = TextReportWriter(sourceLines: ReportFixtures.sourceLines, color: true).render(report)
        let expected =
            "\u{1B}[1mmodules/my réseau,v1:2/outputs.tf:2:11:\u{1B}[0m \u{1B}[1;36mnote\u{1B}[0m[unknown-endpoint]: "
            + "endpoint 'GET /api/v2/flows/{id}' isn't in spec 'PureCloud' & won't be checked\n"
            + "  value = \"GET /api/v2/flows/{id}\"\n"
            + "\u{1B}[32m          ^\u{1B}[0m\n\n"
            + "0 errors, 0 warnings, 1 note in 1 file\n"
        #expect(colored == expected)
        #expect(!writer.render(report).contains("\u{1B}"))
    }
}
