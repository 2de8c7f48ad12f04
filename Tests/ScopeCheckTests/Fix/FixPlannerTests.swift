import Foundation
import Testing

@testable import Core
@testable import Fix
@testable import Graph
@testable import Lint
@testable import Policy

@Suite struct FixPlannerTests {
    static let main = """
        # Clients of the reporting app.
        resource "genesyscloud_oauth_client" "dashboard" {
          name                  = "Dashboard"   # shown on the consent page
          authorized_grant_type = "code"
          redirect_uris         = ["https://app.example.com/cb"]
          scopes = [
            "users",            # left over from a prototype
            "analytics",
            "analytics:view", # the forum said so
          ]
        }

        resource "genesyscloud_oauth_client" "job" {
          name                  = "Job"
          authorized_grant_type = "CLIENT_CREDENTIALS"
          scopes                = ["analytics:view"]
        }

        resource "genesyscloud_oauth_client" "widget" {
          name                  = "Widget"
          authorized_grant_type = "TOKEN"
          scopes                = ["routing", "users:readonly", "user-basic-infos"]
        }

        """

    static let policy = """
        client "genesyscloud_oauth_client.dashboard" {
          calls = ["POST /api/v2/analytics/queues/observations/query", "getRoutingQueues"]
        }
        client "genesyscloud_oauth_client.widget" {
          calls = ["GET /api/v2/routing/queues", "POST /api/v2/analytics/users/aggregates/jobs", "GET /api/v2/users/me"]
        }
        """

    static let fixed = """
        # Clients of the reporting app.
        resource "genesyscloud_oauth_client" "dashboard" {
          name                  = "Dashboard"   # shown on the consent page
          authorized_grant_type = "CODE"
          registered_redirect_uris = ["https://app.example.com/cb"]
          scopes = [
            "analytics:readonly",
            "routing:readonly",
          ]
        }

        resource "genesyscloud_oauth_client" "job" {
          name                  = "Job"
          authorized_grant_type = "CLIENT-CREDENTIALS"
          scopes                = ["analytics:view"]
        }

        resource "genesyscloud_oauth_client" "widget" {
          name                  = "Widget"
          authorized_grant_type = "TOKEN"
          scopes                = ["routing:readonly", "analytics", "user-basic-info"]
        }

        """

    @Test func appliesTheSafeFixesAndNothingElse() throws {
        let (directory, context) = try LintFixture.context(["main.tf": Self.main], policy: Self.policy)
        let plan = FixPlanner.plan(context)
        let file = (directory as NSString).appendingPathComponent("main.tf")
        #expect(plan.files == [file])
        #expect(
            plan.lines().map { LintFixture.relative($0, to: directory) } == [
                "main.tf:4:27: fixed (invalid-grant-type) in genesyscloud_oauth_client.dashboard: replaced \"code\" with \"CODE\"",
                "main.tf:5:3: fixed (unknown-attribute) in genesyscloud_oauth_client.dashboard: renamed redirect_uris to registered_redirect_uris",
                "main.tf:6:12: fixed (missing-scope) in genesyscloud_oauth_client.dashboard: added \"routing:readonly\" for getRoutingQueues (policy.hcl:2:64)",
                "main.tf:7:5: fixed (excess-scope) in genesyscloud_oauth_client.dashboard: removed \"users\" (no declared call accepts \"users\")",
                "main.tf:8:5: fixed (excess-scope) in genesyscloud_oauth_client.dashboard: replaced \"analytics\" with \"analytics:readonly\"",
                "main.tf:9:5: fixed (unknown-scope) in genesyscloud_oauth_client.dashboard: removed unknown scope \"analytics:view\" (\"analytics\", which it resembles, is requested already)",
                "main.tf:15:27: fixed (invalid-grant-type) in genesyscloud_oauth_client.job: replaced \"CLIENT_CREDENTIALS\" with \"CLIENT-CREDENTIALS\"",
                "main.tf:16:28: not fixed (unknown-scope) in genesyscloud_oauth_client.job: \"analytics:view\": several defined scopes are close to it (analytics:readonly, analytics); choose by hand",
                "main.tf:22:27: fixed (missing-scope) in genesyscloud_oauth_client.widget: added \"analytics\" for POST /api/v2/analytics/users/aggregates/jobs (policy.hcl:5:42)",
                "main.tf:22:28: fixed (excess-scope) in genesyscloud_oauth_client.widget: replaced \"routing\" with \"routing:readonly\"",
                "main.tf:22:39: fixed (excess-scope) in genesyscloud_oauth_client.widget: removed \"users:readonly\" (no declared call accepts \"users:readonly\")",
                "main.tf:22:57: fixed (unknown-scope) in genesyscloud_oauth_client.widget: replaced unknown scope \"user-basic-infos\" with \"user-basic-info\"",
            ])
        let (written, refused) = FixWriter.write(plan)
        #expect(written == [file])
        #expect(refused.isEmpty)
        #expect(try LintFixture.read(directory, "main.tf") == Self.fixed)

        // Linting again, what is left of these rules is exactly what the plan left alone.
        let again = LintFixture.reload(directory, policy: Self.policy)
        let second = FixPlanner.plan(again)
        #expect(second.isEmpty)
        #expect(second.changes.isEmpty)
        #expect(second.skipped.map(\.reason) == plan.skipped.map(\.reason))
        let rules: Set<String> = [
            "unknown-scope", "missing-scope", "invalid-grant-type", "excess-scope", "unknown-attribute",
        ]
        let left = Linter.run(again, config: ScopeCheckConfig()).findings.filter { rules.contains($0.rule) }
        #expect(left.map(\.range) == second.skipped.map(\.range))
    }

    @Test func dryRunDiffIsExact() throws {
        let (directory, context) = try LintFixture.context(["main.tf": Self.main], policy: Self.policy)
        let diff = LintFixture.relative(FixPlanner.plan(context).diff, to: directory)
        let expected = [
            "--- a/main.tf",
            "+++ b/main.tf",
            "@@ -1,23 +1,22 @@",
            " # Clients of the reporting app.",
            " resource \"genesyscloud_oauth_client\" \"dashboard\" {",
            "   name                  = \"Dashboard\"   # shown on the consent page",
            "-  authorized_grant_type = \"code\"",
            "-  redirect_uris         = [\"https://app.example.com/cb\"]",
            "+  authorized_grant_type = \"CODE\"",
            "+  registered_redirect_uris = [\"https://app.example.com/cb\"]",
            "   scopes = [",
            "-    \"users\",            # left over from a prototype",
            "-    \"analytics\",",
            "-    \"analytics:view\", # the forum said so",
            "+    \"analytics:readonly\",",
            "+    \"routing:readonly\",",
            "   ]",
            " }",
            " ",
            " resource \"genesyscloud_oauth_client\" \"job\" {",
            "   name                  = \"Job\"",
            "-  authorized_grant_type = \"CLIENT_CREDENTIALS\"",
            "+  authorized_grant_type = \"CLIENT-CREDENTIALS\"",
            "   scopes                = [\"analytics:view\"]",
            " }",
            " ",
            " resource \"genesyscloud_oauth_client\" \"widget\" {",
            "   name                  = \"Widget\"",
            "   authorized_grant_type = \"TOKEN\"",
            "-  scopes                = [\"routing\", \"users:readonly\", \"user-basic-infos\"]",
            "+  scopes                = [\"routing:readonly\", \"analytics\", \"user-basic-info\"]",
            " }",
        ]
        #expect(diff == expected.joined(separator: "\n") + "\n")
        #expect(try LintFixture.read(directory, "main.tf") == Self.main)
    }

    @Test func whatCannotBeEditedInPlaceIsReported() throws {
        let (directory, context) = try LintFixture.context(
            [
                "main.tf": """
                locals {
                  scopes = concat(["users"], [])
                }
                resource "genesyscloud_oauth_client" "shared" {
                  name                  = "Shared"
                  authorized_grant_type = "CODE"
                  scopes                = local.scopes
                }
                resource "genesyscloud_oauth_client" "guessed" {
                  name                  = "Guessed"
                  authorized_grant_type = "CODE"
                  scopes                = ["analytics:view", "report:execute", "routing:readonly"]
                  redirect_uris            = ["https://a.example.com/cb"]
                  registered_redirect_uris = ["https://b.example.com/cb"]
                }
                resource "genesyscloud_oauth_client" "odd" {
                  name                  = "Odd"
                  authorized_grant_type = "CLIENT-CREDENTALS"
                }
                resource "genesyscloud_oauth_client" "guest" {
                  name                  = "Guest"
                  authorized_grant_type = "CODE"
                  scopes                = ["conversations"]
                }
                """,
                "json.tf.json": """
                {"resource": {"genesyscloud_oauth_client": {"json": {
                  "name": "Json", "authorized_grant_type": "CLIENT_CREDENTIALS"}}}}
                """,
            ],
            policy: """
                client "genesyscloud_oauth_client.shared" { calls = ["getRoutingQueues"] }
                client "genesyscloud_oauth_client.guessed" { calls = ["getRoutingQueues"] }
                client "genesyscloud_oauth_client.guest" { calls = ["getWebchatGuestConversationMembers"] }
                """)
        let plan = FixPlanner.plan(context)
        #expect(plan.isEmpty)
        #expect(
            plan.lines().map { LintFixture.relative($0, to: directory) } == [
                "json.tf.json:2:44: not fixed (invalid-grant-type) in genesyscloud_oauth_client.json: JSON syntax (json.tf.json) is not edited",
                "main.tf:2:12: not fixed (missing-scope) in genesyscloud_oauth_client.shared: added \"routing:readonly\" for getRoutingQueues (policy.hcl:1:54): scopes comes from concat([\"users\"], []), not a literal list: change it where it is defined",
                "main.tf:2:12: not fixed (excess-scope) in genesyscloud_oauth_client.shared: removed \"users\" (no declared call accepts \"users\"): scopes comes from concat([\"users\"], []), not a literal list: change it where it is defined",
                "main.tf:12:28: not fixed (unknown-scope) in genesyscloud_oauth_client.guessed: \"analytics:view\": several defined scopes are close to it (analytics:readonly, analytics); choose by hand",
                "main.tf:12:46: not fixed (unknown-scope) in genesyscloud_oauth_client.guessed: \"report:execute\": no defined scope is close to it; choose by hand",
                "main.tf:13:3: not fixed (unknown-attribute) in genesyscloud_oauth_client.guessed: registered_redirect_uris is set as well: remove redirect_uris after merging its values by hand",
                "main.tf:18:27: not fixed (invalid-grant-type) in genesyscloud_oauth_client.odd: \"CLIENT-CREDENTALS\" is not a grant type spelt differently: choose one by hand",
                "main.tf:23:28: not fixed (excess-scope) in genesyscloud_oauth_client.guest: \"conversations\": removing it would leave the client without scopes",
            ])
    }

    @Test func instancesOfOneBlockAreFixedOnlyWhenTheyAgree() throws {
        let terraform = """
            resource "genesyscloud_oauth_client" "team" {
              for_each              = toset(["a", "b"])
              name                  = "Team ${each.key}"
              authorized_grant_type = "CODE"
              scopes                = ["users:readonly"]
            }
            """
        let agreeing = """
            client "genesyscloud_oauth_client.team" { calls = ["getRoutingQueues"] }
            """
        let (directory, context) = try LintFixture.context(["main.tf": terraform], policy: agreeing)
        let plan = FixPlanner.plan(context)
        #expect(plan.edits.values.joined().map(\.replacement) == ["\"routing:readonly\""])
        #expect(
            plan.lines().map { LintFixture.relative($0, to: directory) }
                == [
                    "main.tf:5:28: fixed (excess-scope) in genesyscloud_oauth_client.team[\"a\"]: removed \"users:readonly\" (no declared call accepts \"users:readonly\")",
                    "main.tf:5:27: fixed (missing-scope) in genesyscloud_oauth_client.team[\"a\"]: added \"routing:readonly\" for getRoutingQueues (policy.hcl:1:52)",
                ].sorted())
        let differing = """
            client "genesyscloud_oauth_client.team[\\"a\\"]" { calls = ["getRoutingQueues"] }
            client "genesyscloud_oauth_client.team[\\"b\\"]" { calls = ["getUsers"] }
            """
        let split = FixPlanner.plan(LintFixture.reload(directory, policy: differing))
        #expect(split.isEmpty)
        #expect(
            split.skipped.map(\.reason).sorted() == [
                "added \"routing:readonly\" for getRoutingQueues (policy.hcl:1:59) for this instance, but the instances of genesyscloud_oauth_client.team need different changes",
                "removed \"users:readonly\" (no declared call accepts \"users:readonly\") for this instance, but the instances of genesyscloud_oauth_client.team need different changes",
            ])
    }

    @Test func aGatewayThatChecksEveryTokenGetsItsScopeOnAClientCredentialsClient() throws {
        let root = try TestSupport.temporaryDirectory()
        for sample in ["seed-403-gateway", "spec"] {
            try FileManager.default.copyItem(
                at: TestSupport.packageRoot.appendingPathComponent("samples/\(sample)"),
                to: root.appendingPathComponent(sample))
        }
        let request = AnalysisRequest(
            paths: [root.appendingPathComponent("seed-403-gateway").path],
            workingDirectory: FileManager.default.currentDirectoryPath,
            environment: [:])
        let plan = FixPlanner.plan(try LintSession.run(request).graph)
        #expect(
            plan.lines().map { LintFixture.relative($0, to: root.path) } == [
                "seed-403-gateway/main.tf:20:27: fixed (missing-scope) in genesyscloud_oauth_client.queue_reports: added \"report:execute\" for POST https://api.eu-gene.com/api/v2/analytics/report/queue/summary (seed-403-gateway/policy.hcl:5:5)"
            ])
        #expect(plan.edits.values.joined().map(\.replacement) == [", \"report:execute\""])
    }
}
