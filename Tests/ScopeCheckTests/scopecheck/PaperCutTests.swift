import Foundation
import Testing

/// The paper cuts a new user hit (issue 17, part 4), each held to the fixed behaviour: one
/// `error:` a message, `lint`'s fix hint and `--fix` agreeing, an ignore comment heading a block
/// covering its label, and nothing but the syntax error from a half-parsed block.
@Suite(.enabled(if: CommandRunner.executable != nil)) struct PaperCutTests {
    static let spec = TestSupport.packageRoot.appendingPathComponent("samples/spec/genesys-platform-sample.json").path

    /// A module of one `main.tf`, and a policy when given.
    static func module(_ terraform: String, policy: String? = nil) throws -> URL {
        let directory = try TestSupport.temporaryDirectory()
        try Data(terraform.utf8).write(to: directory.appendingPathComponent("main.tf"))
        if let policy { try Data(policy.utf8).write(to: directory.appendingPathComponent("policy.hcl")) }
        return directory
    }

    static func lint(_ directory: URL, _ extra: [String] = []) throws -> CommandRunner.Output {
        try CommandRunner.run(["lint", ".", "--spec", spec, "--format", "compact"] + extra, in: directory)
    }

    @Test func anUnreadableConfigSaysErrorOnce() throws {
        let output = try CommandRunner.run(["lint", "samples/queue-dashboard", "--config", "/dev/null"])
        #expect(output.status == 2)
        #expect(
            output.stderr
                == "scopecheck lint: error: Can't read the config file /dev/null: it is not a regular file (a character device)\nRun 'scopecheck lint --help' for usage.\n"
        )
    }

    @Test func aSpecThatIsNotJSONSaysErrorOnceWithItsPath() throws {
        let directory = try TestSupport.temporaryDirectory()
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("specs"), withIntermediateDirectories: true)
        try Data("not json\n".utf8).write(to: directory.appendingPathComponent("specs/genesys.json"))
        try Data("".utf8).write(to: directory.appendingPathComponent("main.tf"))
        let output = try CommandRunner.run(["lint", ".", "--spec", "specs/genesys.json"], in: directory)
        #expect(output.status == 2)
        #expect(
            output.stderr.hasPrefix(
                "scopecheck lint: error: specs/genesys.json:1:1: Malformed JSON in the API spec; expected value, found 'n' at byte 0\n"
            ))
    }

    static let misspeltScope = """
        resource "genesyscloud_oauth_client" "dash" {
          name                     = "Dash"
          authorized_grant_type    = "CODE"
          registered_redirect_uris = ["https://example.com/cb"]
          scopes                   = ["analytics:veiw"]
        }
        """

    @Test func severalCloseScopesAreTheUsersChoiceInLintAndInFix() throws {
        let directory = try Self.module(Self.misspeltScope)
        let lint = try Self.lint(directory)
        #expect(lint.stdout.contains("analytics:readonly, analytics? (unknown-scope)"))
        let text = try CommandRunner.run(["lint", ".", "--spec", Self.spec], in: directory)
        #expect(
            text.stdout.contains(
                #"  fix: replace "analytics:veiw" with one of "analytics:readonly", "analytics" (choose by hand)"#))
        let fix = try CommandRunner.run(["lint", ".", "--spec", Self.spec, "--fix", "--dry-run"], in: directory)
        #expect(fix.stderr.contains("not fixed (unknown-scope)"))
        #expect(
            fix.stderr.contains(
                "several defined scopes are close to it (analytics:readonly, analytics); choose by hand"))
    }

    @Test func theCloseScopeTheCallsAcceptIsTheFixOfBoth() throws {
        let policy = """
            client "genesyscloud_oauth_client.dash" {
              calls = ["POST /api/v2/analytics/queues/observations/query"]
            }
            """
        let directory = try Self.module(Self.misspeltScope, policy: policy)
        let text = try CommandRunner.run(["lint", ".", "--spec", Self.spec, "--policy", "policy.hcl"], in: directory)
        #expect(text.stdout.contains(#"  fix: replace "analytics:veiw" with "analytics:readonly""#))
        try #require(
            CommandRunner.run(["lint", ".", "--spec", Self.spec, "--policy", "policy.hcl", "--fix"], in: directory)
                .status != 2)
        let fixed = try String(contentsOf: directory.appendingPathComponent("main.tf"), encoding: .utf8)
        #expect(fixed.contains(#"scopes                   = ["analytics:readonly"]"#))
    }

    @Test func anIgnoreHeadingABlockCoversItsLabel() throws {
        let directory = try Self.module(
            """
            resource "genesyscloud_oauth_client" "x" {
              # scopecheck:ignore missing-attribute -- created by hand, imported later
              name = "X"
            }
            """)
        let output = try Self.lint(directory)
        #expect(output.status == 0)
        #expect(output.stdout == "no problems found\n", "\(output.stdout)")
        let unguarded = try Self.module(
            """
            resource "genesyscloud_oauth_client" "x" {
              name = "X"
            }
            """)
        #expect(
            try Self.lint(unguarded).stdout.contains(
                "main.tf:1:38: error - genesyscloud_oauth_client.x has no authorized_grant_type"))
    }

    @Test func aHalfParsedBlockGivesOnlyItsSyntaxError() throws {
        let directory = try Self.module(
            """
            resource "genesyscloud_oauth_client" "x" {
              name                     = "X"
              authorized_grant_type    = "CODE"
              scopes                   = ["x" "y"]
              registered_redirect_uris = ["https://example.com/cb"]
            }
            """)
        let output = try Self.lint(directory)
        #expect(output.status == 1)
        #expect(
            output.stdout
                == "main.tf:4:35: error - Missing item separator: Expected a comma to mark the beginning of the next item, or \"]\" to end the tuple. (parse-error)\n1 error, 0 warnings, 0 notes in 1 file\n"
        )
    }
}
