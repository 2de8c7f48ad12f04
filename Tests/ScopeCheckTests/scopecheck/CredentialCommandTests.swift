import Foundation
import Testing

/// The credential findings on `samples/credentials`, end to end: the secret is never printed,
/// in any format or command, and SARIF ranks the findings as security ones.
@Suite struct CredentialCommandTests {
    /// The invented client secret written in the sample.
    static let secret = "Zq3v-7hT0pLw9xYb2Nc5Rd8Kf1Gm4Js6Ue0Ai3Oo7Py"

    @Test(arguments: ["text", "json", "sarif", "github", "junit", "compact", "codeclimate"])
    func theSecretIsNeverPrinted(format: String) throws {
        let output = try CommandRunner.run(["lint", "samples/credentials", "--format", format])
        #expect(output.status == 1, "\(output.stderr)")
        #expect(output.stdout.contains("hardcoded-secret") || output.stdout.contains("HardcodedSecret"))
        #expect(!output.stdout.contains(Self.secret) && !output.stderr.contains(Self.secret))
        // Not even a part of it.
        #expect(!output.stdout.contains(String(Self.secret.prefix(12))))
    }

    @Test func norByTheOtherCommandsThatShowValues() throws {
        for arguments in [
            ["inventory", "samples/credentials"], ["inventory", "samples/credentials", "--format", "json"],
            ["lint", "samples/credentials", "--fix", "--dry-run"],
        ] {
            let output = try CommandRunner.run(arguments)
            #expect(!output.stdout.contains(Self.secret), "\(arguments)")
            #expect(!output.stderr.contains(Self.secret), "\(arguments)")
        }
    }

    /// `--fix` on the sample only marks the variable and the output sensitive: it moves, removes
    /// or rewrites nothing.
    @Test func theFixesOfTheSampleOnlyAddSensitive() throws {
        let output = try CommandRunner.run(["lint", "samples/credentials", "--fix", "--dry-run"])
        #expect(output.status == 1)
        let changed = output.stdout.split(separator: "\n", omittingEmptySubsequences: false).filter {
            ($0.hasPrefix("+") || $0.hasPrefix("-")) && !$0.hasPrefix("+++") && !$0.hasPrefix("---")
        }
        #expect(changed == ["+  sensitive   = true", "+", "+  sensitive = true"])
        #expect(
            output.stderr.split(separator: "\n").map { $0.prefix(while: { $0 != ":" }) }.allSatisfy {
                $0 == "samples/credentials/main.tf"
            })
    }

    @Test func aFixDiffRedactsTheSecretsOfItsContextLines() throws {
        let directory = try TestSupport.temporaryDirectory()
        try Data(
            """
            variable "api_token" {
              type    = string
              default = "Summer2025!"
            }

            """.utf8
        ).write(to: directory.appendingPathComponent("main.tf"))
        let spec = TestSupport.packageRoot.appendingPathComponent("samples/spec/genesys-platform-sample.json").path
        let output = try CommandRunner.run(
            ["lint", ".", "--spec", spec, "--fix", "--dry-run"], in: directory)
        #expect(output.status == 1)
        #expect(output.stdout.contains("+\n+  sensitive = true\n"))
        #expect(output.stdout.contains(#"   default = "(sensitive)""#))
        #expect(!output.stdout.contains("Summer2025!"))
    }

    @Test func sarifRanksTheCredentialRulesAsSecurityFindings() throws {
        let output = try CommandRunner.run(["lint", "samples/credentials", "--format", "sarif"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let run = try #require((object["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        var severities: [String: String] = [:]
        for rule in rules {
            if let properties = rule["properties"] as? [String: Any] {
                severities[rule["id"] as? String ?? ""] = properties["security-severity"] as? String
                #expect(properties["tags"] as? [String] == ["security"])
            }
        }
        #expect(
            severities == [
                "hardcoded-secret": "9.0", "client-secret-in-state": "7.0", "output-not-sensitive": "6.0",
                "variable-not-sensitive": "5.0", "misplaced-permission": "4.0", "placeholder-secret": "2.0",
            ])
    }
}
