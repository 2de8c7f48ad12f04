import Testing

@testable import Syntax
@testable import Terraform

@Suite struct VariableTests {
    private let declaration = """
        variable "v" {
          type    = string
          default = "default"
        }
        """

    @Test func eachLayerOverridesThePreviousOne() throws {
        var files = ["main.tf": declaration]
        var arguments: [TerraformLoadOptions.VariableArgument] = []
        var environment: [String: String] = [:]
        func resolved() throws -> ResolvedVariable {
            let configuration = try TerraformFixture.load(files, arguments: arguments, environment: environment)
            #expect(configuration.diagnostics.isEmpty, "\(configuration.diagnostics)")
            return try #require(configuration.variable("v"))
        }
        #expect(try resolved().value == .string("default"))
        #expect(try resolved().source == .defaultValue)
        environment["TF_VAR_v"] = "environment"
        #expect(try resolved().value == .string("environment"))
        #expect(try resolved().source == .environment)
        files["terraform.tfvars"] = #"v = "tfvars""#
        #expect(try resolved().value == .string("tfvars"))
        files["terraform.tfvars.json"] = #"{"v": "tfvars json"}"#
        #expect(try resolved().value == .string("tfvars json"))
        files["b.auto.tfvars.json"] = #"{"v": "auto b"}"#
        files["a.auto.tfvars"] = #"v = "auto a""#
        #expect(try resolved().value == .string("auto b"))
        let extra = try TerraformFixture.directory(["extra.tfvars": #"v = "var file""#]) + "/extra.tfvars"
        arguments = [.file(extra)]
        let fromFile = try resolved()
        #expect(fromFile.value == .string("var file"))
        #expect(fromFile.source == .file(extra))
        #expect(fromFile.range?.start.column == 5)
        arguments = [.file(extra), .assignment(name: "v", value: "command line")]
        #expect(try resolved().value == .string("command line"))
        #expect(try resolved().source == .commandLine)
        arguments = [.assignment(name: "v", value: "command line"), .file(extra)]
        #expect(try resolved().value == .string("var file"))
    }

    @Test func commandLineValuesAreParsedByType() throws {
        let configuration = try TerraformFixture.load(
            [
                "main.tf": """
                variable "number" { type = number }
                variable "list" { type = list(string) }
                variable "text" { type = string }
                variable "untyped" {}
                variable "object" { type = object({ name = string, size = optional(number, 3) }) }
                variable "from_env" { type = map(number) }
                """
            ],
            arguments: [
                .assignment(name: "number", value: "5"), .assignment(name: "list", value: #"["a", "b"]"#),
                .assignment(name: "text", value: "[1]"), .assignment(name: "untyped", value: "{a = 1}"),
                .assignment(name: "object", value: #"{ name = "x" }"#),
            ],
            environment: ["TF_VAR_from_env": "{ a = 1 }", "TF_VAR_unrelated": "ignored"])
        #expect(configuration.diagnostics.isEmpty, "\(configuration.diagnostics)")
        #expect(configuration.variable("number")?.value == .number(5))
        #expect(configuration.variable("list")?.value == .list([.string("a"), .string("b")]))
        #expect(configuration.variable("text")?.value == .string("[1]"))
        #expect(configuration.variable("untyped")?.value == .string("{a = 1}"))
        #expect(configuration.variable("object")?.value == .object(["name": .string("x"), "size": .number(3)]))
        #expect(configuration.variable("from_env")?.value == .object(["a": .number(1)]))
    }

    @Test func reportsBadValues() throws {
        let configuration = try TerraformFixture.load(
            [
                "main.tf": """
                variable "n" { type = number }
                variable "required" {}
                """,
                "terraform.tfvars": """
                n = "abc"
                stray = 1
                """,
            ],
            arguments: [.assignment(name: "missing", value: "1"), .file("/nonexistent-scopecheck/x.tfvars")])
        #expect(
            configuration.diagnostics.map {
                "\($0.range.map { "\($0.start.line):\($0.start.column) " } ?? "")\($0.severity.rawValue): \($0.summary)"
            }
                == [
                    "error: Value for undeclared variable",
                    "error: Failed to read variables file",
                    "1:5 error: Invalid value for input variable",
                    "2:1 warning: Value for undeclared variable",
                ])
        #expect(configuration.variable("n")?.value.unknownValue != nil)
        #expect(configuration.variable("required")?.source == .unset)
        #expect(
            configuration.variable("required")?.value.unknownValue?.reason
                == "no value was given for the required variable \"required\"")
    }

    @Test func malformedExpressionOnTheCommandLineIsAnError() throws {
        let configuration = try TerraformFixture.load(
            ["main.tf": "variable \"n\" { type = number }"], arguments: [.assignment(name: "n", value: "1 +")])
        #expect(configuration.errors.count == 1)
        #expect(configuration.errors.first?.range?.file == "<value for --var n>")
        #expect(configuration.variable("n")?.value.unknownValue != nil)
    }

    @Test func sensitiveVariablesAreFlagged() throws {
        let configuration = try TerraformFixture.load([
            "main.tf": """
            variable "secret" {
              type      = string
              default   = "s3cr3t"
              sensitive = true
            }
            locals {
              wrapped = "x-${var.secret}"
              plain   = "y"
            }
            resource "genesyscloud_oauth_client" "c" {
              name                    = local.plain
              directory_client_secret = local.wrapped
            }
            """
        ])
        #expect(configuration.diagnostics.isEmpty)
        #expect(configuration.variable("secret")?.sensitive == true)
        #expect(configuration.modules.first?.variable("secret")?.sensitive == true)
        let client = try #require(configuration.instance(address: "genesyscloud_oauth_client.c"))
        #expect(client.attribute("directory_client_secret")?.sensitive == true)
        #expect(client.attribute("directory_client_secret")?.value == .string("x-s3cr3t"))
        #expect(client.attribute("name")?.sensitive == false)
    }

    @Test func variableDeclarationsAreModelled() throws {
        let configuration = try TerraformFixture.load([
            "main.tf": """
            variable "roles" {
              type        = set(string)
              default     = ["b", "a", "b"]
              description = "Role names"
              nullable    = false
            }
            variable "bad" {
              type    = number
              default = "x"
              oops    = 1
            }
            variable "legacy" { type = "string" }
            """
        ])
        let module = try #require(configuration.modules.first)
        let roles = try #require(module.variable("roles"))
        #expect(roles.type == .set(.string))
        #expect(roles.defaultValue == .list([.string("a"), .string("b")]))
        #expect(roles.description == "Role names")
        #expect(roles.nullable == false)
        #expect(roles.takesLiteralValues == false)
        #expect(
            configuration.summaries == [
                "error: Invalid default value for variable", "error: Unsupported argument",
                "error: Invalid quoted type constraints",
            ])
    }
}
