import Testing

@testable import Terraform

@Suite struct LocalsTests {
    @Test func localsOfAllBlocksAreMergedAndEvaluatedLazily() throws {
        let configuration = try TerraformFixture.load([
            "a.tf": """
            locals {
              prefix = "ci"
              name   = "${local.prefix}-${local.suffix}"
            }
            """,
            "b.tf": """
            locals {
              suffix = upper(var.env)
            }
            variable "env" { default = "prod" }
            resource "genesyscloud_auth_role" "r" {
              name = local.name
            }
            output "name" { value = local.name }
            """,
        ])
        #expect(configuration.diagnostics.isEmpty)
        #expect(configuration.modules.first?.locals.map(\.name) == ["prefix", "name", "suffix"])
        #expect(
            configuration.instance(address: "genesyscloud_auth_role.r")?.attribute("name")?.value == .string("ci-PROD"))
        #expect(configuration.output("name")?.value == .string("ci-PROD"))
    }

    @Test func duplicateLocalIsAnError() throws {
        let configuration = try TerraformFixture.load([
            "a.tf": "locals {\n  a = 1\n}\n",
            "b.tf": "locals {\n  a = 2\n}\n",
        ])
        let diagnostic = try #require(configuration.diagnostics.first)
        #expect(configuration.diagnostics.count == 1)
        #expect(diagnostic.summary == "Duplicate local value definition")
        #expect(diagnostic.range?.file.hasSuffix("b.tf") == true)
        #expect(diagnostic.range?.start.line == 2)
        #expect(diagnostic.detail.hasPrefix("a local value named \"a\" was already defined at "))
        #expect(diagnostic.detail.contains("a.tf:2:3"))
    }

    @Test func cyclesAreReportedWithTheirChain() throws {
        let configuration = try TerraformFixture.load([
            "main.tf": """
            locals {
              a = local.b
              b = "${local.a}!"
              c = local.c
              d = local.a
            }
            output "a" { value = local.a }
            output "d" { value = local.d }
            """
        ])
        #expect(
            configuration.diagnostics.map { "\($0.range?.start.line ?? 0): \($0.summary): \($0.detail)" } == [
                "2: Cycle in references: local.a → local.b → local.a: these values refer to each other, so none can be known",
                "4: Cycle in references: local.c → local.c: these values refer to each other, so none can be known",
            ])
        #expect(configuration.output("a")?.value.unknownValue?.reason == "cycle: local.a → local.b → local.a")
        #expect(configuration.output("d")?.value.unknownValue?.reason == "cycle: local.a → local.b → local.a")
    }

    @Test func undeclaredNamesAreWarnings() throws {
        let configuration = try TerraformFixture.load([
            "main.tf": """
            output "x" { value = [local.missing, var.missing, module.missing.out, path.nothing] }
            """
        ])
        #expect(
            configuration.summaries == [
                "warning: Reference to undeclared local value", "warning: Reference to undeclared variable",
                "warning: Reference to undeclared module", "error: Invalid \"path\" attribute",
            ])
        let values = try #require(configuration.output("x")?.value.listValue)
        #expect(values.allSatisfy { $0.unknownValue != nil })
        #expect(values[2].unknownValue?.refersTo == "module.missing")
        #expect(values[2].unknownValue?.attribute == "out")
    }

    @Test func builtinNamespaces() throws {
        let directory = try TerraformFixture.directory([
            "main.tf": """
            module "child" { source = "./modules/child" }
            output "paths" { value = [path.module, path.root, terraform.workspace, module.child.path] }
            output "cwd" { value = path.cwd }
            output "misplaced" { value = [count.index, each.key, self.id] }
            """,
            "modules/child/main.tf": #"output "path" { value = path.module }"#,
        ])
        let configuration = ModuleLoader.load(directory: directory, options: TerraformLoadOptions(environment: [:]))
        #expect(
            configuration.output("paths")?.value
                == .list([.string("."), .string("."), .string("default"), .string("modules/child")]))
        #expect(configuration.output("cwd")?.value.stringValue?.hasPrefix("/") == true)
        #expect(
            configuration.summaries == [
                "error: Reference to \"count\" outside its block", "error: Reference to \"each\" outside its block",
            ])
    }
}
