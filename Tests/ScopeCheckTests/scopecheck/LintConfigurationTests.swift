import Foundation
import Testing

/// Config files, inline suppressions and rule settings, end to end through the CLI.
@Suite struct LintConfigurationTests {
    static let client = """
        resource "genesyscloud_oauth_client" "job" {
          name                  = "Job"
          description           = "Nightly job"
          authorized_grant_type = "CLIENT-CREDENTIALS"
          # scopecheck:ignore scopes-ignored -- kept for the gateway migration, see OPS-12
          scopes                = ["analytics"]
          roles {
            role_id = "1f0c6f70-aaaa-bbbb-cccc-000000000000"
          }
        }

        resource "genesyscloud_oauth_client" "app" {
          name                  = "App"
          authorized_grant_type = "CODE"
          scopes                = ["users:readonly"] # scopecheck:ignore unknown-scope
          roles { # scopecheck:ignore roles-ignored -- migrating
            role_id = "1f0c6f70-aaaa-bbbb-cccc-000000000000"
          }
        }
        """

    static func module(config: String) throws -> URL {
        let directory = try TestSupport.temporaryDirectory()
        let spec = TestSupport.packageRoot.appendingPathComponent("samples/spec/genesys-platform-sample.json").path
        try client.write(to: directory.appendingPathComponent("main.tf"), atomically: true, encoding: .utf8)
        try "spec = \"\(spec)\"\n\(config)".write(
            to: directory.appendingPathComponent(".scopecheck.hcl"), atomically: true, encoding: .utf8)
        return directory
    }

    @Test func inlineIgnoresSuppressAndReportTheirOwnProblems() throws {
        let directory = try Self.module(config: "")
        let output = try CommandRunner.run(["lint", ".", "--format", "compact"], in: directory)
        #expect(output.status == 0, "\(output.stdout)")
        #expect(
            output.stdout == """
                main.tf:15:46: warning - scopecheck:ignore needs a reason after `--` (ignore-without-reason)
                main.tf:15:66: warning - this scopecheck:ignore for unknown-scope suppresses nothing; remove it (unused-ignore)
                0 errors, 2 warnings, 0 notes in 1 file

                """)
    }

    @Test func configRuleSettingsChangeSeverityAndTheCommandLineWins() throws {
        let directory = try Self.module(
            config: """
                rule "ignore-without-reason" {
                  severity = "error"
                }
                rule "unused-ignore" {
                  enabled = false
                }
                """)
        let strict = try CommandRunner.run(["lint", ".", "--format", "compact"], in: directory)
        #expect(strict.status == 1)
        #expect(strict.stdout.hasPrefix("main.tf:15:46: error - scopecheck:ignore needs a reason"))
        #expect(!strict.stdout.contains("unused-ignore"))
        let relaxed = try CommandRunner.run(["lint", ".", "--disable", "ignore-without-reason"], in: directory)
        #expect(relaxed.status == 0)
        let enabled = try CommandRunner.run(
            ["lint", ".", "--enable", "unused-ignore", "--format", "compact"], in: directory)
        #expect(enabled.stdout.contains("(unused-ignore)"))
    }

    @Test func brokenConfigIsAUsageError() throws {
        let directory = try Self.module(config: "rule \"unknown-scop\" {\n  enabled = false\n}\n")
        let output = try CommandRunner.run(["lint", "."], in: directory)
        #expect(output.status == 2)
        #expect(
            output.stderr.contains(
                ".scopecheck.hcl:2:7: error: Unknown rule \"unknown-scop\"; did you mean \"unknown-scope\"?")
                || output.stderr.contains("Unknown rule \"unknown-scop\""))
    }
}
