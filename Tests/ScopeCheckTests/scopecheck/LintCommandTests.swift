import Foundation
import Testing

@Suite struct LintCommandTests {
    @Test func cleanSampleExitsZero() throws {
        let output = try CommandRunner.run(["lint", "samples/queue-dashboard"])
        #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
        #expect(output.stdout == "no problems found\n")
    }

    /// Copies a sample (and the sample spec it points at) to a temporary directory, so a test
    /// can edit it.
    static func copySample(_ name: String) throws -> URL {
        let root = try TestSupport.temporaryDirectory()
        let samples = root.appendingPathComponent("samples")
        try FileManager.default.createDirectory(at: samples, withIntermediateDirectories: true)
        for folder in [name, "spec"] {
            try FileManager.default.copyItem(
                at: TestSupport.packageRoot.appendingPathComponent("samples/\(folder)"),
                to: samples.appendingPathComponent(folder))
        }
        return root
    }

    static func replace(_ old: String, with new: String, in file: URL) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(old))
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
    }

    /// The rule ids of a compact report, in order.
    static func rules(_ output: CommandRunner.Output) -> [String] {
        output.stdout.split(separator: "\n").compactMap { line in
            line.firstMatch(of: /\(([a-z-]+)\)$/).map { String($0.output.1) }
        }
    }

    @Test func gatewaySeedReportsTheMissingGatewayScope() throws {
        let output = try CommandRunner.run(["lint", "samples/seed-403-gateway"])
        #expect(output.status == 1)
        #expect(
            output.stdout.hasPrefix(
                "samples/seed-403-gateway/main.tf:20:27: error[missing-scope]: POST /api/v2/analytics/report/queue/summary (samples/seed-403-gateway/policy.hcl:5:5) needs a token with report:execute [spec: samples/spec/genesys-platform-sample.json (api.eu-gene.com); overlay \"eu1-gateway\""
            ))
        #expect(output.stdout.contains("Gateway enforces report:execute (403 insufficient_scope seen 2026-11)"))
        #expect(output.stdout.contains("  fix: add \"report:execute\" to scopes\n"))
        #expect(output.stdout.hasSuffix("1 error, 0 warnings, 0 notes in 1 file\n"))
    }

    @Test func gatewaySeedWithTheScopeAddedIsCleanAndUnknownToThePublishedSpec() throws {
        let root = try Self.copySample("seed-403-gateway")
        let sample = root.appendingPathComponent("samples/seed-403-gateway")
        try Self.replace(
            "scopes                = [\"analytics\"]",
            with: "scopes                = [\"analytics\", \"report:execute\"]",
            in: sample.appendingPathComponent("main.tf"))
        let gateway = try CommandRunner.run(["lint", "samples/seed-403-gateway"], in: root)
        #expect(gateway.status == 0, "\(gateway.stdout)")
        let published = try CommandRunner.run(
            [
                "lint", "samples/seed-403-gateway", "--config", "samples/seed-403-gateway/published.scopecheck.hcl",
                "--format", "compact",
            ], in: root)
        #expect(published.status == 1)
        #expect(Self.rules(published) == ["scopes-ignored", "unknown-scope", "unknown-endpoint"])
        #expect(published.stdout.contains("scope \"report:execute\" is not defined by the API spec in force"))
    }

    @Test func partnerSeedReportsTheMissingPartnerScope() throws {
        let output = try CommandRunner.run(["lint", "samples/seed-401-partner", "--format", "json"])
        #expect(output.status == 1)
        let json = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
        let findings = json?["findings"] as? [[String: Any]] ?? []
        let missing = findings.filter { ($0["rule"] as? String) == "missing-scope" }
        #expect(missing.count == 1)
        #expect(missing.first?["line"] as? Int == 17)
        #expect(missing.first?["column"] as? Int == 27)
        #expect(missing.first?["fix"] as? String == "add \"partner:analytics:view\" to scopes")
        #expect(missing.first?["address"] as? String == "genesyscloud_oauth_client.partner_reporting")
        #expect((missing.first?["message"] as? String)?.contains("overlay \"partner-cross-org\"") == true)
    }

    @Test func partnerSeedWithTheScopeAddedIsUnknownToThePublishedSpec() throws {
        let root = try Self.copySample("seed-401-partner")
        let sample = root.appendingPathComponent("samples/seed-401-partner")
        try Self.replace(
            "[\"analytics:readonly\"]", with: "[\"partner:analytics:view\"]",
            in: sample.appendingPathComponent("main.tf"))
        let partner = try CommandRunner.run(["lint", "samples/seed-401-partner", "--format", "compact"], in: root)
        #expect(!Self.rules(partner).contains("missing-scope"))
        #expect(!Self.rules(partner).contains("unknown-scope"))
        let published = try CommandRunner.run(
            [
                "lint", "samples/seed-401-partner", "--config", "samples/seed-401-partner/published.scopecheck.hcl",
                "--format", "compact",
            ], in: root)
        #expect(Self.rules(published).contains("unknown-scope"))
        #expect(published.stdout.contains("scope \"partner:analytics:view\" is not defined by the API spec in force"))
    }

    @Test func overlaysFromTheCommandLineApply() throws {
        let output = try CommandRunner.run([
            "lint", "samples/seed-401-partner", "--config", "samples/seed-401-partner/published.scopecheck.hcl",
            "--overlay", "samples/seed-401-partner/partner.hcl", "--format", "compact",
        ])
        #expect(Self.rules(output).contains("missing-scope"))
        #expect(output.stdout.contains("overlay \"partner-cross-org\""))
    }

    @Test func failOnAndDisableChangeTheExitCode() throws {
        #expect(try CommandRunner.run(["lint", "samples/seed-403-gateway", "--fail-on", "never"]).status == 0)
        let published = ["--config", "samples/seed-403-gateway/published.scopecheck.hcl"]
        let onlyWarnings = try CommandRunner.run(
            ["lint", "samples/seed-403-gateway", "--disable", "unknown-endpoint"] + published)
        #expect(onlyWarnings.status == 0, "\(onlyWarnings.stdout)")
        let failOnWarning = try CommandRunner.run(
            ["lint", "samples/seed-403-gateway", "--disable", "unknown-endpoint", "--fail-on", "warning"] + published)
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

    @Test func aCallToAHostNoSpecCoversIsANoteWithTheBinding() throws {
        let directory = try TestSupport.temporaryDirectory()
        try Data(
            """
            resource "genesyscloud_oauth_client" "app" {
              name                  = "App"
              description           = "Reports"
              authorized_grant_type = "CLIENT-CREDENTIALS"
            }
            """.utf8
        ).write(to: directory.appendingPathComponent("main.tf"))
        try Data(
            #"client "genesyscloud_oauth_client.app" { calls = ["GET https://api.other.example/api/v2/routing/queues"] }"#
                .utf8
        ).write(to: directory.appendingPathComponent("policy.hcl"))
        let spec = TestSupport.packageRoot.appendingPathComponent("samples/spec/genesys-platform-sample.json").path
        let output = try CommandRunner.run(
            ["lint", ".", "--spec", "api.mypurecloud.com=\(spec)", "--policy", "policy.hcl", "--format", "compact"],
            in: directory)
        #expect(
            output.stdout.contains(
                #"policy.hcl:1:51: note - "GET https://api.other.example/api/v2/routing/queues" goes to api.other.example, which no spec in force covers (they cover api.mypurecloud.com): it is not checked (unknown-endpoint)"#
            ), "\(output.stdout)")
    }
}
