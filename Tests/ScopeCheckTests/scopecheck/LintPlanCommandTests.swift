import Foundation
import Testing

@Suite struct LintPlanCommandTests {
    @Test func thePlanWithItsSourceFindsWhatTheHCLFinds() throws {
        let directory = try PlanFixtures.modulesDirectory()
        let hcl = try CommandRunner.run(["lint", ".", "--format", "compact"], in: directory)
        let plan = try CommandRunner.run(["lint", ".", "--plan", "plan.json", "--format", "compact"], in: directory)
        #expect(hcl.status == 1)
        #expect(plan.status == 1, "\(plan.stderr)")
        #expect(plan.stdout == hcl.stdout)
        #expect(
            plan.stdout.split(separator: "\n").map { String($0.prefix(while: { $0 != " " })) } == [
                "main.tf:16:3:", "main.tf:16:3:", "main.tf:26:30:", "main.tf:26:30:", "main.tf:26:31:",
                "main.tf:26:31:", "main.tf:26:51:", "main.tf:26:51:", "main.tf:26:73:", "main.tf:26:73:",
                "variables.tf:9:15:",
                "7",
            ])
    }

    @Test func theGatewaySeedReportFromItsPlanMatchesTheHCL() throws {
        let plan = try TestSupport.temporaryDirectory().appendingPathComponent("plan.json")
        try Data(PlanFixtures.gatewaySeedPlan.utf8).write(to: plan)
        let hcl = try CommandRunner.run(["lint", "samples/seed-403-gateway", "--format", "json"])
        let fromPlan = try CommandRunner.run([
            "lint", "samples/seed-403-gateway", "--plan", plan.path, "--format", "json",
        ])
        #expect(fromPlan.status == 1, "\(fromPlan.stderr)")
        #expect(try findings(fromPlan.stdout) == findings(hcl.stdout))
        #expect(try findings(hcl.stdout).count == 1)
    }

    @Test func thePlanAlonePointsAtTheAddressesInThePlan() throws {
        let directory = try PlanFixtures.modulesDirectory()
        let output = try CommandRunner.run(["lint", "--plan", "plan.json", "--format", "compact"], in: directory)
        #expect(output.status == 1, "\(output.stderr)")
        #expect(
            output.stdout.split(separator: "\n").map { line in
                String(line.prefix(while: { $0 != " " })) + " "
                    + (line.firstMatch(of: /\(([a-z-]+)\)$/).map { String($0.1) } ?? "")
            } == [
                "plan.json:30:22: excess-scope", "plan.json:30:22: excess-scope", "plan.json:30:22: missing-scope",
                "plan.json:30:22: unknown-scope", "plan.json:45:22: excess-scope", "plan.json:45:22: excess-scope",
                "plan.json:45:22: missing-scope", "plan.json:45:22: unknown-scope",
                "plan.json:60:22: missing-permission",
                "plan.json:71:22: missing-permission", "6 ",
            ])
        let text = try CommandRunner.run(["lint", "--plan", "plan.json"], in: directory)
        #expect(!text.stdout.contains("\"address\""), "no excerpt of the plan file")
    }

    @Test func anUnreadablePlanIsAUsageErrorAndABrokenOneAFinding() throws {
        let directory = try PlanFixtures.modulesDirectory()
        let missing = try CommandRunner.run(["lint", "--plan", "absent.json"], in: directory)
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("scopecheck lint: error: cannot read the plan absent.json\n"))
        try Data(#"{"format_version": "1.2", "planned_values": "#.utf8).write(
            to: directory.appendingPathComponent("broken.json"))
        let broken = try CommandRunner.run(["lint", "--plan", "broken.json", "--format", "compact"], in: directory)
        #expect(broken.status == 1)
        #expect(broken.stdout.hasPrefix("broken.json:1:"))
        #expect(broken.stdout.contains("(parse-error)"))
        let recursive = try CommandRunner.run(["lint", "--plan", "plan.json", "--recursive"], in: directory)
        #expect(recursive.status == 2)
        #expect(recursive.stderr.contains("--plan reads one plan; it does not combine with --recursive"))
    }

    /// The findings of a JSON report without the run's metadata.
    private func findings(_ report: String) throws -> [String] {
        let json = try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any]
        let findings = json?["findings"] as? [[String: Any]] ?? []
        return try findings.map { finding in
            String(decoding: try JSONSerialization.data(withJSONObject: finding, options: [.sortedKeys]), as: UTF8.self)
        }
    }
}
