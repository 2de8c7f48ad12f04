import Foundation
import Testing

/// Findings go where the value is written, through module calls, and `--fix` edits there;
/// `--recursive` analyses a called module through its caller only.
@Suite struct LintOriginCommandTests {
    static let spec = TestSupport.packageRoot.appendingPathComponent("samples/spec/genesys-platform-sample.json").path

    /// A root (`envs/prod`) calling `modules/outer`, which passes the scopes on to
    /// `modules/client`; `scopes` is the literal the root writes.
    static func twoLevels(scopes: String) throws -> URL {
        let files = [
            "envs/prod/main.tf": """
            module "reporting_client" {
              source = "../../modules/outer"
              name   = "Reporting"
              scopes = \(scopes)
            }
            """,
            "modules/outer/main.tf": """
            variable "name" { type = string }
            variable "scopes" { type = list(string) }
            module "client" {
              source = "../client"
              name   = var.name
              scopes = var.scopes
            }
            """,
            "modules/client/main.tf": """
            variable "name" { type = string }
            variable "scopes" { type = list(string) }
            resource "genesyscloud_oauth_client" "c" {
              name                     = var.name
              description              = "Reporting"
              authorized_grant_type    = "CODE"
              registered_redirect_uris = ["https://app.example.com/cb"]
              scopes                   = var.scopes
            }
            """,
            ".scopecheck.hcl": "spec = \"\(spec)\"\n",
        ]
        return URL(fileURLWithPath: try TerraformFixture.directory(files))
    }

    @Test func aScopeIsReportedWhereTheCallerWritesItWithThePath() throws {
        let directory = try Self.twoLevels(scopes: #"["analytics:readonly", "partner:analytics:view"]"#)
        let output = try CommandRunner.run(["lint", "envs/prod", "--format", "compact"], in: directory)
        #expect(output.status == 1)
        #expect(
            output.stdout.split(separator: "\n").first.map(String.init)
                == #"envs/prod/main.tf:4:35: error - scope "partner:analytics:view" (via module.reporting_client.module.client, module.reporting_client) is not defined by the API spec in force (\#(Self.spec)): the OAuth API rejects it and it grants nothing (unknown-scope)"#
        )
    }

    @Test func fixEditsTheCallersLiteral() throws {
        let directory = try Self.twoLevels(scopes: #"["routng:readonly"]"#)
        let fixed = try CommandRunner.run(["lint", "envs/prod", "--fix"], in: directory)
        #expect(fixed.status == 0, "\(fixed.stdout)\(fixed.stderr)")
        #expect(
            fixed.stderr.contains(
                #"envs/prod/main.tf:4:13: fixed (unknown-scope) in module.reporting_client.module.client.genesyscloud_oauth_client.c: replaced unknown scope "routng:readonly" with "routing:readonly" (via module.reporting_client.module.client, module.reporting_client)"#
            ))
        let caller = try String(contentsOf: directory.appendingPathComponent("envs/prod/main.tf"), encoding: .utf8)
        #expect(caller.contains(#"scopes = ["routing:readonly"]"#))
        let child = try String(contentsOf: directory.appendingPathComponent("modules/client/main.tf"), encoding: .utf8)
        #expect(child.contains("scopes                   = var.scopes"))
    }

    @Test func recursiveAnalysesACalledModuleThroughItsCallerOnly() throws {
        let directory = try Self.twoLevels(scopes: #"["analytics:readonly"]"#)
        let recursive = try CommandRunner.run(["lint", "--recursive", "--format", "json"], in: directory)
        #expect(recursive.status == 0, "\(recursive.stdout)\(recursive.stderr)")
        #expect(try Self.summary(recursive.stdout) == ["errors": 0, "warnings": 0, "notes": 0, "modulesAnalyzed": 1])
        // Linted by name, a module directory is a root of its own: what its caller would give is
        // unknown, and said once where it matters.
        let alone = try CommandRunner.run(["lint", "modules/client", "--format", "compact"], in: directory)
        #expect(alone.status == 0)
        #expect(
            alone.stdout.split(separator: "\n").map { String($0.prefix { $0 != " " }) } == [
                "modules/client/main.tf:8:30:", "0",
            ])
    }

    /// The summary counts of a JSON report that matter here.
    static func summary(_ json: String) throws -> [String: Int] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Int])
        return summary.filter { ["errors", "warnings", "notes", "modulesAnalyzed"].contains($0.key) }
    }

    @Test func grantTypesAndRoleIdsToo() throws {
        let files = [
            "main.tf": """
            variable "role_id" { type = string }

            module "poller" {
              source     = "./client"
              grant_type = "CLIENT_CREDENTIALS"
              role_id    = var.role_id
            }
            """,
            "client/main.tf": """
            variable "grant_type" { type = string }
            variable "role_id" { type = string }

            resource "genesyscloud_oauth_client" "c" {
              name                  = "Poller"
              description           = "Polls queues"
              authorized_grant_type = var.grant_type
              roles {
                role_id = var.role_id
              }
            }
            """,
        ]
        let directory = URL(fileURLWithPath: try TerraformFixture.directory(files))
        let lint = try CommandRunner.run(["lint", ".", "--spec", Self.spec, "--format", "compact"], in: directory)
        #expect(
            lint.stdout.split(separator: "\n").map(String.init) == [
                #"main.tf:5:16: error - authorized_grant_type "CLIENT_CREDENTIALS" (via module.poller) is not valid (valid: CODE, TOKEN, SAML2BEARER, SAML2-BEARER, PASSWORD, CLIENT-CREDENTIALS); did you mean "CLIENT-CREDENTIALS"? (invalid-grant-type)"#,
                #"main.tf:6:16: note - the role_id of a roles block of module.poller.genesyscloud_oauth_client.c is not known before terraform apply (no value was given for the required variable "role_id") (via module.poller): the permissions of that role cannot be checked (unresolved-value)"#,
                "1 error, 0 warnings, 1 note in 1 file",
            ])
        let fixed = try CommandRunner.run(["lint", ".", "--spec", Self.spec, "--fix"], in: directory)
        #expect(fixed.status == 0)
        let caller = try String(contentsOf: directory.appendingPathComponent("main.tf"), encoding: .utf8)
        #expect(caller.contains(#"grant_type = "CLIENT-CREDENTIALS""#))
    }

    @Test func installedCodeIsReportedAtTheModuleCallAndNeverEdited() throws {
        let source = "git::https://example.com/clients.git?ref=v1"
        let installed = """
            resource "genesyscloud_oauth_client" "c" {
              name                  = "Poller"
              description           = "Polls queues"
              authorized_grant_type = "CLIENT_CREDENTIALS"
            }
            """
        let files = [
            "main.tf": "module \"clients\" {\n  source = \"\(source)\"\n}\n",
            ".terraform/modules/clients/main.tf": installed,
            ".terraform/modules/modules.json":
                #"{"Modules": [{"Key": "clients", "Source": "\#(source)", "Dir": ".terraform/modules/clients"}]}"#,
        ]
        let directory = URL(fileURLWithPath: try TerraformFixture.directory(files))
        let lint = try CommandRunner.run(["lint", ".", "--spec", Self.spec, "--format", "compact"], in: directory)
        #expect(
            lint.stdout.split(separator: "\n").first.map(String.init)
                == #"main.tf:1:8: error - authorized_grant_type "CLIENT_CREDENTIALS" is not valid (valid: CODE, TOKEN, SAML2BEARER, SAML2-BEARER, PASSWORD, CLIENT-CREDENTIALS); did you mean "CLIENT-CREDENTIALS"? [in module.clients, installed by terraform init from "\#(source)"] (invalid-grant-type)"#
        )
        let fixed = try CommandRunner.run(["lint", ".", "--spec", Self.spec, "--fix"], in: directory)
        #expect(fixed.stderr.contains("but it is written in module.clients, which terraform init installed from"))
        let after = try String(
            contentsOf: directory.appendingPathComponent(".terraform/modules/clients/main.tf"), encoding: .utf8)
        #expect(after == installed)
    }
}
