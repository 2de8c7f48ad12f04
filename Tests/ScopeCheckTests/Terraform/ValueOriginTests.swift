import Foundation
import Testing

@testable import Core
@testable import Syntax
@testable import Terraform

/// Where a value is written: followed through module arguments, variables files, defaults,
/// locals and `for_each` items.
@Suite struct ValueOriginTests {
    /// The origin of `attribute` of the resource at `address`, as `file:line:col via ...`.
    private func origin(_ configuration: TerraformConfiguration, _ address: String, _ attribute: String) throws
        -> String
    {
        let instance = try #require(configuration.instance(address: address))
        let expression = try #require(instance.attribute(attribute)).expression
        let origin = configuration.origin(of: expression, in: instance)
        let file = URL(fileURLWithPath: origin.range.file).lastPathComponent
        let parent = URL(fileURLWithPath: origin.range.file).deletingLastPathComponent().lastPathComponent
        return "\(parent)/\(file):\(origin.range.start.line):\(origin.range.start.column)\(origin.viaText)"
    }

    static let client = """
        variable "scopes" { type = list(string) }
        resource "genesyscloud_oauth_client" "c" {
          name                  = "C"
          authorized_grant_type = "CODE"
          scopes                = var.scopes
        }
        """

    @Test func throughTwoModuleLevelsToTheCallersLiteral() throws {
        let directory = try TerraformFixture.directory([
            "root/main.tf": """
            module "reporting_client" {
              source = "../outer"
              scopes = ["analytics:readonly", "partner:analytics:view"]
            }
            """,
            "outer/main.tf": """
            variable "scopes" { type = list(string) }
            module "inner" {
              source = "../inner"
              scopes = var.scopes
            }
            """,
            "inner/main.tf": Self.client,
        ])
        let configuration = ModuleLoader.load(
            directory: directory + "/root", options: TerraformLoadOptions(environment: [:]))
        #expect(
            try origin(configuration, "module.reporting_client.module.inner.genesyscloud_oauth_client.c", "scopes")
                == "root/main.tf:3:12 (via module.reporting_client.module.inner, module.reporting_client)")
    }

    @Test func toTheVariablesFileOrTheDefault() throws {
        let fromFile = try TerraformFixture.load([
            "main.tf": Self.client, "terraform.tfvars": #"scopes = ["users:readonly"]"#,
        ])
        #expect(try origin(fromFile, "genesyscloud_oauth_client.c", "scopes").hasSuffix("terraform.tfvars:1:10"))
        let fromDefault = try TerraformFixture.load([
            "main.tf": Self.client.replacingOccurrences(
                of: #"variable "scopes" { type = list(string) }"#,
                with: #"variable "scopes" { default = ["users:readonly"] }"#)
        ])
        #expect(try origin(fromDefault, "genesyscloud_oauth_client.c", "scopes").hasSuffix("main.tf:1:31"))
        // Unset: the trail stops at the reference.
        let unset = try TerraformFixture.load(["main.tf": Self.client])
        #expect(try origin(unset, "genesyscloud_oauth_client.c", "scopes").hasSuffix("main.tf:5:27"))
    }

    @Test func throughLocalsAndForEachItemsToTheItemOfTheKey() throws {
        let configuration = try TerraformFixture.load([
            "main.tf": """
            variable "readonly" { default = "users:readonly" }
            locals {
              clients = {
                a = { scopes = ["routing:readonly"] }
                b = { scopes = [var.readonly] }
              }
            }
            resource "genesyscloud_oauth_client" "c" {
              for_each              = local.clients
              name                  = each.key
              authorized_grant_type = "CODE"
              scopes                = each.value.scopes
            }
            """
        ])
        #expect(try origin(configuration, #"genesyscloud_oauth_client.c["a"]"#, "scopes").hasSuffix("main.tf:4:20"))
        #expect(try origin(configuration, #"genesyscloud_oauth_client.c["b"]"#, "scopes").hasSuffix("main.tf:5:20"))
    }

    @Test func aComputedForEachStopsAtEachValue() throws {
        let configuration = try TerraformFixture.load([
            "main.tf": """
            resource "genesyscloud_oauth_client" "c" {
              for_each              = { for name in ["a"] : name => { scopes = ["users"] } }
              name                  = each.key
              authorized_grant_type = "CODE"
              scopes                = each.value.scopes
            }
            """
        ])
        #expect(try origin(configuration, #"genesyscloud_oauth_client.c["a"]"#, "scopes").hasSuffix("main.tf:5:27"))
    }

    @Test func aLoopOfLocalsEnds() throws {
        let configuration = try TerraformFixture.load([
            "main.tf": """
            locals {
              a = local.b
              b = local.a
            }
            resource "genesyscloud_oauth_client" "c" {
              name                  = "C"
              authorized_grant_type = local.a
            }
            """
        ])
        // The cycle is reported elsewhere; the origin still ends, at a reference in the loop.
        let found = try origin(configuration, "genesyscloud_oauth_client.c", "authorized_grant_type")
        #expect(found.hasSuffix("main.tf:2:7") || found.hasSuffix("main.tf:3:7"))
    }
}
