import Foundation
import Testing

/// `scopecheck lint --fix` and `--fix --dry-run` through the built binary.
@Suite struct LintFixCommandTests {
    static let terraform = """
        resource "genesyscloud_oauth_client" "app" {
          name                  = "App"
          authorized_grant_type = "code"
          scopes                = ["users"] # the prototype's scope
        }

        """

    /// A module with a config naming the sample spec and a policy.
    func project() throws -> URL {
        let directory = try TestSupport.temporaryDirectory()
        let spec = TestSupport.packageRoot.appendingPathComponent("samples/spec/genesys-platform-sample.json").path
        try Self.terraform.write(to: directory.appendingPathComponent("main.tf"), atomically: true, encoding: .utf8)
        try #"client "genesyscloud_oauth_client.app" { calls = ["getRoutingQueues"] }"#.write(
            to: directory.appendingPathComponent("policy.hcl"), atomically: true, encoding: .utf8)
        try "spec = \"\(spec)\"\npolicies = [\"policy.hcl\"]\n".write(
            to: directory.appendingPathComponent(".scopecheck.hcl"), atomically: true, encoding: .utf8)
        return directory
    }

    @Test func dryRunPrintsTheDiffAndChangesNothing() throws {
        let directory = try project()
        let output = try CommandRunner.run(["lint", "--fix", "--dry-run"], in: directory)
        #expect(output.status == 1)
        #expect(
            output.stdout == """
                --- a/main.tf
                +++ b/main.tf
                @@ -1,5 +1,5 @@
                 resource "genesyscloud_oauth_client" "app" {
                   name                  = "App"
                -  authorized_grant_type = "code"
                -  scopes                = ["users"] # the prototype's scope
                +  authorized_grant_type = "CODE"
                +  scopes                = ["routing:readonly"] # the prototype's scope
                 }

                """)
        #expect(
            output.stderr == """
                main.tf:3:27: would fix (invalid-grant-type) in genesyscloud_oauth_client.app: replaced "code" with "CODE"
                main.tf:4:27: would fix (missing-scope) in genesyscloud_oauth_client.app: added "routing:readonly" for getRoutingQueues (policy.hcl:1:51)
                main.tf:4:28: would fix (excess-scope) in genesyscloud_oauth_client.app: removed "users" (no declared call accepts "users")

                """)
        let text = try String(contentsOf: directory.appendingPathComponent("main.tf"), encoding: .utf8)
        #expect(text == Self.terraform)
    }

    @Test func fixWritesAndTheNextRunHasNothingToFix() throws {
        let directory = try project()
        let fixed = try CommandRunner.run(["lint", "--fix"], in: directory)
        #expect(fixed.status == 0, "\(fixed.stdout)\(fixed.stderr)")
        #expect(fixed.stdout == "no problems found\n")
        #expect(fixed.stderr.hasSuffix("scopecheck lint: fixed 3 problem(s) in 1 file(s)\n"))
        let text = try String(contentsOf: directory.appendingPathComponent("main.tf"), encoding: .utf8)
        #expect(
            text
                == Self.terraform.replacingOccurrences(of: "\"code\"", with: "\"CODE\"")
                .replacingOccurrences(of: "[\"users\"]", with: "[\"routing:readonly\"]"))
        let again = try CommandRunner.run(["lint", "--fix", "--dry-run"], in: directory)
        #expect(again.status == 0)
        #expect(again.stdout.isEmpty && again.stderr.isEmpty)
    }

    @Test func dryRunNeedsFixAndFixNeedsTheConfiguration() throws {
        let output = try CommandRunner.run(["lint", "--dry-run"], in: try project())
        #expect(output.status == 2)
        #expect(output.stderr.contains("--dry-run goes with --fix"))
        let plan = try CommandRunner.run(["lint", "--fix", "--plan", "plan.json"], in: try project())
        #expect(plan.status == 2)
        #expect(plan.stderr.contains("--fix edits the configuration files: run it without --plan"))
    }
}
