import Foundation
import Testing

@testable import Core
@testable import Syntax
@testable import Terraform

/// Remote modules installed by `terraform init`: read from `.terraform/modules/modules.json` the
/// way Terraform reads it, nested calls included; what is not installed is said once per source.
@Suite struct ModuleManifestTests {
    static let caller = """
        module "integration" {
          source  = "git::https://github.com/GenesysCloudDevOps/integration-module.git?ref=main"
          name    = "Actions"
        }

        module "again" {
          source  = "git::https://github.com/GenesysCloudDevOps/integration-module.git?ref=main"
          name    = "Second"
        }

        output "integration_id" { value = module.integration.integration_id }
        output "nested_role" { value = module.integration.role_id }
        """

    /// The installed module: it calls a nested remote module and a local one of its own.
    static let installed: [String: String] = [
        ".terraform/modules/integration/main.tf": """
        variable "name" { type = string }
        module "role" {
          source = "GenesysCloudDevOps/role/genesyscloud"
        }
        module "local_child" {
          source = "./child"
        }
        resource "genesyscloud_integration" "i" {
          integration_type = "purecloud-data-actions"
          config { name = var.name }
        }
        output "integration_id" { value = genesyscloud_integration.i.id }
        output "role_id" { value = module.role.id }
        output "child" { value = module.local_child.text }
        """,
        ".terraform/modules/integration/child/main.tf": #"output "text" { value = "from the child" }"#,
        ".terraform/modules/integration.role/main.tf": """
        resource "genesyscloud_auth_role" "r" { name = "Role" }
        output "id" { value = genesyscloud_auth_role.r.id }
        """,
        ".terraform/modules/again/main.tf": """
        variable "name" { type = string }
        output "integration_id" { value = "second" }
        """,
    ]

    static let manifest = """
        {"Modules": [
          {"Key": "", "Source": "", "Dir": "."},
          {"Key": "integration", "Source": "git::https://github.com/GenesysCloudDevOps/integration-module.git?ref=main",
           "Dir": ".terraform/modules/integration"},
          {"Key": "integration.role", "Source": "registry.terraform.io/GenesysCloudDevOps/role/genesyscloud",
           "Version": "1.0.0", "Dir": ".terraform/modules/integration.role"},
          {"Key": "integration.local_child", "Source": "./child", "Dir": ".terraform/modules/integration/child"},
          {"Key": "again", "Source": "git::https://github.com/GenesysCloudDevOps/integration-module.git?ref=main",
           "Dir": ".terraform/modules/again"}
        ]}
        """

    @Test func installedModulesAreReadFromTheirDirectoriesNestedKeysIncluded() throws {
        var files = Self.installed
        files["main.tf"] = Self.caller
        files[".terraform/modules/modules.json"] = Self.manifest
        let configuration = try TerraformFixture.load(files)
        #expect(configuration.diagnostics.isEmpty, "\(configuration.diagnostics)")
        #expect(
            configuration.modules.map(\.address) == [
                "", "module.again", "module.integration", "module.integration.module.local_child",
                "module.integration.module.role",
            ])
        #expect(configuration.instance(address: "module.integration.genesyscloud_integration.i") != nil)
        #expect(configuration.instance(address: "module.integration.module.role.genesyscloud_auth_role.r") != nil)
        #expect(
            configuration.output("integration_id")?.value.unknownValue?.refersTo
                == "module.integration.genesyscloud_integration.i")
        #expect(
            configuration.output("nested_role")?.value.unknownValue?.refersTo
                == "module.integration.module.role.genesyscloud_auth_role.r")
    }

    @Test func aModuleNotInstalledIsNotedOncePerSourceWithTheCommand() throws {
        let directory = try TerraformFixture.directory(["main.tf": Self.caller])
        let configuration = ModuleLoader.load(directory: directory, options: TerraformLoadOptions(environment: [:]))
        #expect(configuration.summaries == ["note: Module not installed"])
        let note = try #require(configuration.diagnostics.first)
        #expect(note.range?.start.line == 2)
        #expect(
            note.detail
                == #""git::https://github.com/GenesysCloudDevOps/integration-module.git?ref=main" (module.integration, module.again) is a remote module that terraform init has not installed, so its resources and outputs are unknown; run terraform init in \#(directory) and lint again"#
        )
        let id = try #require(configuration.output("integration_id")?.value.unknownValue)
        #expect(id.refersTo == "module.integration")
        #expect(id.attribute == "integration_id")
    }

    @Test func aNestedModuleMissingFromTheManifestIsNotedAtItsCall() throws {
        var files = Self.installed
        files["main.tf"] = Self.caller
        files[".terraform/modules/modules.json"] = Self.manifest.replacingOccurrences(
            of: #""Key": "integration.role""#, with: #""Key": "integration.other""#)
        let directory = try TerraformFixture.directory(files)
        let configuration = ModuleLoader.load(directory: directory, options: TerraformLoadOptions(environment: [:]))
        #expect(configuration.summaries == ["note: Module not installed"])
        let note = try #require(configuration.diagnostics.first)
        #expect(note.range?.file.hasSuffix(".terraform/modules/integration/main.tf") == true)
        #expect(
            note.detail.hasPrefix(
                #""GenesysCloudDevOps/role/genesyscloud" (module.integration.module.role) is a remote module that terraform init has not installed (not in \#(directory)/.terraform/modules/modules.json)"#
            ))
    }

    @Test func aModuleInstalledFromAnotherSourceIsNotInstalled() throws {
        var files = Self.installed
        files["main.tf"] = Self.caller.replacingOccurrences(of: "?ref=main", with: "?ref=v2")
        files[".terraform/modules/modules.json"] = Self.manifest
        let configuration = try TerraformFixture.load(files)
        // The configuration changed since terraform init: its modules are not the ones on disk.
        #expect(configuration.summaries == ["note: Module not installed"])
        #expect(configuration.modules.map(\.address) == [""])
    }

    @Test func theDataDirectoryComesFromTFDataDir() throws {
        var files: [String: String] = ["main.tf": Self.caller]
        for (path, text) in Self.installed {
            files[path.replacingOccurrences(of: ".terraform/", with: "tfdata/")] = text
        }
        files["tfdata/modules/modules.json"] = Self.manifest.replacingOccurrences(
            of: ".terraform/modules", with: "tfdata/modules")
        let configuration = try TerraformFixture.load(files, environment: ["TF_DATA_DIR": "tfdata"])
        #expect(configuration.diagnostics.isEmpty, "\(configuration.diagnostics)")
        #expect(configuration.instance(address: "module.integration.genesyscloud_integration.i") != nil)
    }

    @Test(arguments: [
        (#"{"Modules": {}}"#, #"expected an object with a "Modules" list"#),
        (#"{"Modules": [{"Key": "a"}]}"#, #"a module record needs "Key" and "Dir" strings"#),
        (#"{"Modules": ["#, nil),
    ])
    func aBrokenManifestIsAWarningAndNothingInstalled(text: String, detail: String?) throws {
        let configuration = try TerraformFixture.load([
            "main.tf": Self.caller, ".terraform/modules/modules.json": text,
        ])
        #expect(configuration.diagnostics.first?.severity == .warning)
        #expect(configuration.diagnostics.first?.range?.file.hasSuffix("modules.json") == true)
        if let detail { #expect(configuration.diagnostics.first?.detail == detail) }
        #expect(configuration.summaries.last == "note: Module not installed")
    }
}
