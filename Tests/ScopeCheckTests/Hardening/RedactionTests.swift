import Foundation
import Testing

@testable import Core
@testable import Explain
@testable import Graph
@testable import Inventory
@testable import Lint
@testable import Policy
@testable import Report
@testable import Spec
@testable import Syntax
@testable import Terraform

/// No secret of `SecretFixture` appears in any output: every lint report format, both inventory
/// formats, and explain (text and JSON) with a client, a token and an error body. Each check
/// also asserts that the output is still useful: the findings are there, redacted.
@Suite struct RedactionTests {
    private let spec = HostileFixture.sampleSpec

    @Test func everyLintFormatOfTheLibrary() throws {
        let directory = try SecretFixture.directory()
        let session = try LintSession.run(
            AnalysisRequest(
                paths: [directory.path], overrides: ConfigOverrides(specs: [SpecBinding(path: spec)]),
                workingDirectory: directory.path, environment: [:]))
        let report = LintReport(
            findings: session.result.findings, rules: session.result.rules, toolVersion: "test",
            modulesAnalyzed: 1, filesAnalyzed: session.filesAnalyzed.count)
        let sources = session.result.redactor.redacting(session.graph.sourceFiles.lines)
        for format in ReportFormat.allCases {
            let output = format.writer(sourceLines: sources).render(report)
            #expect(!output.contains(SecretFixture.marker), "\(format)")
            #expect(output.contains("unknown-scope"), "\(format)")
        }
        let messages = session.result.findings.map { HostileFixture.describe($0, in: directory) }
        #expect(
            messages.contains {
                $0.hasPrefix("variables.tf:15:16 unknown-scope: scope \"(sensitive)\" is not defined")
            }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("child/main.tf:6:28 unknown-scope: scope \"(sensitive)\"") })
        #expect(messages.contains { $0.hasPrefix("child/main.tf:6:40 unknown-scope: scope \"analytics:view\"") })
        let text = ReportFormat.text.writer(sourceLines: sources).render(report)
        #expect(text.contains("  client_secret           = (sensitive)\n  ^~~~~~~~~~~~~\n"))
        #expect(text.contains("pin           = (sensitive)\n"))
    }

    @Test(arguments: ReportFormat.allCases)
    func everyLintFormatOfTheCommand(format: ReportFormat) throws {
        let directory = try SecretFixture.directory()
        let output = try CommandRunner.run(["lint", ".", "--spec", spec, "--format", format.rawValue], in: directory)
        #expect(output.status == 1)
        #expect(!output.stdout.contains(SecretFixture.marker))
        #expect(!output.stderr.contains(SecretFixture.marker))
        #expect(output.stdout.contains("(sensitive)"))
    }

    @Test func baselineFilesHoldNoSecret() throws {
        let directory = try SecretFixture.directory()
        let baseline = directory.appendingPathComponent("baseline.json").path
        let output = try CommandRunner.run(
            ["lint", ".", "--spec", spec, "--write-baseline", baseline], in: directory)
        #expect(output.status == 0)
        let written = try String(contentsOfFile: baseline, encoding: .utf8)
        #expect(!written.contains(SecretFixture.marker))
        #expect(written.contains("(sensitive)"))
    }

    @Test(arguments: ["text", "json"])
    func inventory(format: String) throws {
        let directory = try SecretFixture.directory()
        let output = try CommandRunner.run(["inventory", ".", "--format", format], in: directory)
        #expect(output.status == 1)
        #expect(!output.stdout.contains(SecretFixture.marker))
        #expect(!output.stderr.contains(SecretFixture.marker))
        #expect(output.stdout.contains("(sensitive)"))
        #expect(output.stdout.contains("Child"))
    }

    @Test(arguments: ["text", "json"])
    func explainWithAClientATokenAndAnErrorBody(format: String) throws {
        let directory = try SecretFixture.directory()
        let bodyFile = directory.appendingPathComponent("error-body.txt")
        try SecretFixture.errorBody.write(to: bodyFile, atomically: true, encoding: .utf8)
        let withClient = try CommandRunner.run(
            [
                "explain", "getRoutingQueues", ".", "--spec", spec, "--client", "genesyscloud_oauth_client.app",
                "--error-body", "@" + bodyFile.path, "--format", format,
            ], in: directory)
        #expect(withClient.status == 1)
        #expect(withClient.stdout.contains("(sensitive)"))
        let withToken = try CommandRunner.run(
            [
                "explain", "getRoutingQueues", "--spec", spec, "--token", SecretFixture.token,
                "--error-body", SecretFixture.errorBody, "--format", format,
            ], in: directory)
        #expect(withToken.status == 0, "\(withToken.stderr)")
        #expect(withToken.stdout.contains("routing:readonly"))
        for output in [withClient, withToken] {
            #expect(!output.stdout.contains(SecretFixture.marker))
            #expect(!output.stderr.contains(SecretFixture.marker))
            #expect(!output.stdout.contains(SecretFixture.token))
        }
    }

    @Test func aTokenThatIsNotAJWTIsNeverEchoed() throws {
        let output = try CommandRunner.run(
            ["explain", "getRoutingQueues", "--spec", spec, "--token", "S3CR3T-OPAQUE-TOKEN"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("--token is not a JWT"))
        #expect(!output.stderr.contains(SecretFixture.marker))
        #expect(!output.stdout.contains(SecretFixture.marker))
    }

    // MARK: The pieces

    @Test func secretsAreReplacedWhereverTheyOccur() {
        let redactor = Redactor(secrets: ["hunter2-long", "pin", "", "   "])
        #expect(redactor.secrets == ["hunter2-long", "pin"])
        #expect(redactor.redact("a hunter2-long, xhunter2-longx") == "a (sensitive), x(sensitive)x")
        #expect(redactor.redact("pin: pin spin pin-code pin.") == "(sensitive): (sensitive) spin pin-code (sensitive).")
        let overlapping = Redactor(secrets: ["abcdefgh", "efghijkl"])
        #expect(overlapping.redact("xxabcdefghijklxx") == "xx(sensitive)xx")
        #expect(Redactor.none.redact("anything") == "anything")
    }

    @Test func maskedRangesBlankSourceLines() {
        let range = SourceRange(
            file: "main.tf", start: SourcePosition(line: 2, column: 13, byte: 0),
            end: SourcePosition(line: 2, column: 20, byte: 0))
        let redactor = Redactor(secrets: ["abc-secret"], maskedRanges: [range])
        #expect(
            redactor.redactLines(["x = 1", "  default = \"hello\"  # abc-secret"], of: "main.tf") == [
                "x = 1", "  default = (sensitive)  # (sensitive)",
            ])
        #expect(redactor.redactLines(["  default = \"hello\""], of: "other.tf") == ["  default = \"hello\""])
    }

    @Test func credentialsAreRemovedFromPastedText() {
        let redacted = CredentialRedaction.redact(SecretFixture.errorBody)
        #expect(!redacted.contains(SecretFixture.marker))
        #expect(redacted.contains("> Authorization: (sensitive)"))
        #expect(redacted.contains("> Cookie: (sensitive)"))
        #expect(redacted.contains("> X-Genesys-Api-Token: (sensitive)"))
        #expect(redacted.contains("?access_token=(sensitive) HTTP/1.1"))
        #expect(redacted.contains(#""Authorization": "(sensitive)""#))
        #expect(redacted.contains("Bearer (sensitive) lacks routing:queue:view"))
        #expect(CredentialRedaction.redact(redacted) == redacted)
        #expect(CredentialRedaction.redact("token \(SecretFixture.token) here") == "token (sensitive) here")
        #expect(
            CredentialRedaction.redact(
                #"{"code": "invalid_token", "message": "Token missing required scope: report:execute"}"#)
                == #"{"code": "invalid_token", "message": "Token missing required scope: report:execute"}"#)
    }

    /// A child module's variable given a sensitive value is sensitive there too, and a module
    /// output declared sensitive is sensitive where the parent reads it.
    @Test func sensitivityFollowsValuesAcrossModules() throws {
        let directory = try HostileFixture.module(
            text: [
                "main.tf": """
                variable "key" {
                  sensitive = true
                  default   = "S3CR3T-ROOT"
                }
                module "child" {
                  source = "./child"
                  value  = var.key
                }
                resource "genesyscloud_oauth_client" "root" {
                  name                  = module.child.echo
                  authorized_grant_type = "CODE"
                  scopes                = ["analytics:readonly"]
                }

                """,
                "child/main.tf": """
                variable "value" {}
                output "echo" {
                  value     = "child-${var.value}"
                  sensitive = true
                }
                resource "genesyscloud_auth_role" "role" {
                  name = var.value
                }

                """,
            ], good: false)
        let configuration = ModuleLoader.load(
            directory: directory.path, options: TerraformLoadOptions(environment: [:]))
        #expect(
            configuration.instance(address: "module.child.genesyscloud_auth_role.role")?.attribute("name")?.sensitive
                == true)
        #expect(configuration.instance(address: "genesyscloud_oauth_client.root")?.attribute("name")?.sensitive == true)
        let module = AnalyzedModule(directory: directory.path, configuration: configuration)
        let inventory = Inventory(graph: RequirementGraph(modules: [module], specs: SpecCatalog([]), policy: Policy()))
        #expect(!inventory.text.contains(SecretFixture.marker))
        #expect(!inventory.json.rendered().contains(SecretFixture.marker))
    }
}
