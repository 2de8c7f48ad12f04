import Foundation
import Testing

@testable import Fix
@testable import Lint
@testable import Policy

/// `lint --fix` on generated clients: whatever the scopes, layouts and calls, a second plan
/// after applying the first has nothing left to fix, and what the fixable rules still report
/// is exactly what the plan left alone.
@Suite struct FixIdempotenceTests {
    static let scopes = [
        "analytics", "analytics:readonly", "routing", "routing:readonly", "users", "users:readonly",
        "user-basic-info", "conversations", "analytics:view", "routng", "report:execute",
    ]
    static let calls = [
        "POST /api/v2/analytics/queues/observations/query", "getRoutingQueues", "POST /api/v2/routing/queues",
        "GET /api/v2/users/me", "getUsers", "POST /api/v2/analytics/users/aggregates/jobs",
        "GET /api/v2/routing/queues/{queueId}/members", "getWebchatGuestConversationMembers",
    ]
    static let grantTypes = ["CODE", "code", "TOKEN", "CLIENT_CREDENTIALS", "PASSWORD"]

    func client(_ index: Int, _ random: inout SeededRandom) -> String {
        let picked = (0..<random.next(in: 0...4)).map { _ in Self.scopes[random.next(in: 0...(Self.scopes.count - 1))] }
        let quoted = picked.map { "\"\($0)\"" }
        let list: String
        switch random.next(in: 0...2) {
        case 0: list = "[\(quoted.joined(separator: ", "))]"
        case 1: list = "[\n" + quoted.map { "    \($0), # why\n" }.joined() + "  ]"
        default: list = "[\n" + quoted.map { "    \($0)" }.joined(separator: ",\n") + "\n  ]"
        }
        let grantType = Self.grantTypes[random.next(in: 0...(Self.grantTypes.count - 1))]
        let redirect = random.next(in: 0...3) == 0 ? "  redirect_uris = [\"https://x.example.com/cb\"]\n" : ""
        return """
            resource "genesyscloud_oauth_client" "c\(index)" {
              name                  = "Client \(index)"
              authorized_grant_type = "\(grantType)"
            \(redirect)  scopes                = \(list)
            }

            """
    }

    @Test func aSecondPlanFindsNothingToFix() throws {
        var random = SeededRandom(seed: 7)
        for _ in 0..<12 {
            var terraform = ""
            var policy = ""
            for index in 0..<6 {
                terraform += client(index, &random)
                let calls = (0..<random.next(in: 0...3)).map { _ in
                    "\"\(Self.calls[random.next(in: 0...(Self.calls.count - 1))])\""
                }
                policy +=
                    "client \"genesyscloud_oauth_client.c\(index)\" { calls = [\(calls.joined(separator: ", "))] }\n"
            }
            let (directory, context) = try LintFixture.context(["main.tf": terraform], policy: policy)
            let plan = FixPlanner.plan(context)
            #expect(FixWriter.write(plan).refused.isEmpty)
            let again = LintFixture.reload(directory, policy: policy)
            #expect(again.modules.flatMap(\.configuration.diagnostics).filter { $0.severity == .error }.isEmpty)
            let fixed = try LintFixture.read(directory, "main.tf")
            let second = FixPlanner.plan(again)
            #expect(second.isEmpty, "\(second.lines())\n\(fixed)")
            let rules: Set<String> = [
                "unknown-scope", "missing-scope", "invalid-grant-type", "excess-scope", "unknown-attribute",
            ]
            let left = Linter.run(again, config: ScopeCheckConfig()).findings.filter { rules.contains($0.rule) }
            let skipped = Set(second.skipped.map(\.range))
            let unexplained = left.filter { !skipped.contains($0.range) }
            #expect(unexplained.isEmpty, "\(unexplained.map(\.message))\n\(fixed)")
        }
    }
}
