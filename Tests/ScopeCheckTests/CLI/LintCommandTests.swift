import Foundation
import Testing

@Suite struct LintCommandTests {
    @Test func cleanSampleExitsZero() throws {
        let output = try CommandRunner.run(["lint", "samples/queue-dashboard"])
        #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
        #expect(output.stdout == "no problems found\n")
    }

    @Test func gatewaySeedReportFindsEachProblem() throws {
        let output = try CommandRunner.run(["lint", "samples/seed-403-gateway", "--format", "compact"])
        #expect(output.status == 1)
        let lines = output.stdout.split(separator: "\n").map(String.init)
        let rules = lines.compactMap { line in line.firstMatch(of: /\(([a-z-]+)\)$/).map { String($0.output.1) } }
        #expect(
            rules == [
                "scopes-ignored", "unknown-scope", "unknown-scope", "unknown-scope", "missing-permission",
                "unknown-endpoint",
            ])
        #expect(
            lines.contains { $0.hasPrefix("samples/seed-403-gateway/main.tf:19:46: error - scope \"report:execute\"") })
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "samples/seed-403-gateway/policy.hcl:4:5: error - \"POST /api/v2/analytics/report/queue/summary\" is not an operation"
                )
            })
    }

    @Test func partnerSeedReportFindsTheMissingAndUnknownScopes() throws {
        let output = try CommandRunner.run(["lint", "samples/seed-401-partner", "--format", "json"])
        #expect(output.status == 1)
        let json = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
        let findings = json?["findings"] as? [[String: Any]] ?? []
        let summary = findings.map { "\($0["rule"] ?? "") \($0["line"] ?? ""):\($0["column"] ?? "")" }
        #expect(summary.contains("missing-scope 16:27"))
        #expect(summary.contains("unknown-scope 16:28"))
        let missing = findings.first { ($0["rule"] as? String) == "missing-scope" }
        #expect(missing?["fix"] as? String == "add \"analytics:readonly\" to scopes")
        #expect(missing?["address"] as? String == "genesyscloud_oauth_client.partner_reporting")
    }

    @Test func failOnAndDisableChangeTheExitCode() throws {
        #expect(try CommandRunner.run(["lint", "samples/seed-403-gateway", "--fail-on", "never"]).status == 0)
        let onlyWarnings = try CommandRunner.run([
            "lint", "samples/seed-403-gateway", "--disable", "unknown-scope", "--disable", "missing-permission",
            "--disable", "unknown-endpoint",
        ])
        #expect(onlyWarnings.status == 0, "\(onlyWarnings.stdout)")
        let failOnWarning = try CommandRunner.run([
            "lint", "samples/seed-403-gateway", "--disable", "unknown-scope", "--disable", "missing-permission",
            "--disable", "unknown-endpoint", "--fail-on", "warning",
        ])
        #expect(failOnWarning.status == 1)
    }

    @Test func usageErrorsExitTwo() throws {
        let unknownRule = try CommandRunner.run(["lint", "samples/queue-dashboard", "--disable", "unknown-scop"])
        #expect(unknownRule.status == 2)
        #expect(unknownRule.stderr.contains("unknown rule 'unknown-scop'; did you mean \"unknown-scope\"?"))
        let missingPath = try CommandRunner.run(["lint", "samples/does-not-exist"])
        #expect(missingPath.status == 2)
        #expect(missingPath.stderr.contains("samples/does-not-exist: no such file or directory"))
        let badFormat = try CommandRunner.run(["lint", "samples/queue-dashboard", "--format", "xml"])
        #expect(badFormat.status == 2)
        #expect(badFormat.stderr.contains("unknown format 'xml'"))
    }

    @Test func baselineHidesKnownFindingsOnly() throws {
        let directory = try TestSupport.temporaryDirectory()
        let baseline = directory.appendingPathComponent("baseline.json").path
        let write = try CommandRunner.run(["lint", "samples/seed-403-gateway", "--write-baseline", baseline])
        #expect(write.status == 0)
        let again = try CommandRunner.run(["lint", "samples/seed-403-gateway", "--baseline", baseline])
        #expect(again.status == 0, "\(again.stdout)")
        #expect(again.stdout == "no problems found\n")
        let other = try CommandRunner.run(["lint", "samples/seed-401-partner", "--baseline", baseline])
        #expect(other.status == 1)
    }

    @Test func reportsAreByteIdenticalAcrossRuns() throws {
        for format in ["text", "json", "sarif", "github", "junit", "compact"] {
            let first = try CommandRunner.run(["lint", "samples/seed-403-gateway", "--format", format])
            let second = try CommandRunner.run(["lint", "samples/seed-403-gateway", "--format", format])
            #expect(first.stdout == second.stdout, "\(format) differs between runs")
            #expect(!first.stdout.isEmpty)
        }
    }
}
