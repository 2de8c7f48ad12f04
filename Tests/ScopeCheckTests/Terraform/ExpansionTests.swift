import Testing

@testable import Core

@Suite struct ExpansionTests {
    @Test func countAndForEachExpandInstances() throws {
        let configuration = try TerraformFixture.load([
            "main.tf": """
            resource "genesyscloud_auth_role" "counted" {
              count = "3"
              name  = "r${count.index}"
            }
            resource "genesyscloud_auth_role" "set" {
              for_each = toset(["b", "a", "b"])
              name     = "${each.key}=${each.value}"
            }
            resource "genesyscloud_auth_role" "none" {
              count = 0
              name  = "never"
            }
            """
        ])
        #expect(configuration.diagnostics.isEmpty)
        #expect(
            configuration.resources.map(\.address) == [
                "genesyscloud_auth_role.counted[0]", "genesyscloud_auth_role.counted[1]",
                "genesyscloud_auth_role.counted[2]",
                "genesyscloud_auth_role.set[\"a\"]", "genesyscloud_auth_role.set[\"b\"]",
            ])
        #expect(
            configuration.resources.map { $0.attribute("name")?.value } == [
                .string("r0"), .string("r1"), .string("r2"), .string("a=a"), .string("b=b"),
            ])
    }

    @Test func unknownExpansionIsOneMarkedInstance() throws {
        let configuration = try TerraformFixture.load([
            "main.tf": """
            data "genesyscloud_auth_role" "admin" {
              name = "Master Admin"
            }
            resource "genesyscloud_auth_role" "copies" {
              count = length(data.genesyscloud_auth_role.admin.permissions)
              name  = "copy ${count.index}"
            }
            output "first" { value = genesyscloud_auth_role.copies[0].id }
            output "any"   { value = genesyscloud_auth_role.copies[var.which].id }
            variable "which" { type = number }
            """
        ])
        let copies = try #require(configuration.resources(ofType: "genesyscloud_auth_role", mode: .managed).first)
        #expect(copies.address == "genesyscloud_auth_role.copies")
        #expect(copies.instanceKey == .none)
        #expect(copies.expansionUnknown?.refersTo == "data.genesyscloud_auth_role.admin")
        #expect(copies.attribute("name")?.value.unknownValue != nil)
        #expect(configuration.output("first")?.value.unknownValue?.refersTo == "genesyscloud_auth_role.copies[0]")
        #expect(configuration.output("any")?.value.unknownValue?.refersTo == "genesyscloud_auth_role.copies")
        #expect(configuration.output("any")?.value.unknownValue?.attribute == "id")
        #expect(configuration.summaries == ["note: Instances not known statically"])
        #expect(configuration.diagnostics.first?.range?.start.line == 5)
    }

    @Test(arguments: [
        ("count = -1", "Invalid count argument", "count must be a whole number from 0 to 10000, not -1"),
        ("count = 1.5", "Invalid count argument", "count must be a whole number from 0 to 10000, not 1.5"),
        ("count = null", "Invalid count argument", "count must be a whole number from 0 to 10000, not null"),
        (
            #"for_each = ["a", 1]"#, "Invalid for_each argument",
            "for_each needs a map or a set of strings; this list holds a number"
        ),
        (#"for_each = "a""#, "Invalid for_each argument", "for_each needs a map or a set of strings, not string"),
    ])
    func invalidExpansionsAreErrors(argument: String, summary: String, detail: String) throws {
        let configuration = try TerraformFixture.load([
            "main.tf": "resource \"genesyscloud_auth_role\" \"r\" {\n  \(argument)\n  name = \"x\"\n}\n"
        ])
        #expect(configuration.diagnostics.map(\.summary) == [summary])
        #expect(configuration.diagnostics.map(\.detail) == [detail])
        #expect(configuration.resources.first?.expansionUnknown != nil)
    }

    @Test func countAndForEachTogetherIsAnError() throws {
        let configuration = try TerraformFixture.load([
            "main.tf": "resource \"genesyscloud_auth_role\" \"r\" {\n  count = 1\n  for_each = {}\n  name = \"x\"\n}\n"
        ])
        #expect(configuration.summaries == ["error: Invalid combination of \"count\" and \"for_each\""])
    }

    @Test func dynamicBlocksExpand() throws {
        let configuration = try TerraformFixture.load([
            "main.tf": """
            variable "grants" {
              default = {
                admin = { role = "r-admin", division = "*" }
                agent = { role = "r-agent", division = "d1" }
              }
            }
            data "genesyscloud_auth_role" "admin" {
              name = "Master Admin"
            }
            resource "genesyscloud_oauth_client" "c" {
              name                  = "c"
              authorized_grant_type = "CLIENT-CREDENTIALS"
              dynamic "roles" {
                for_each = var.grants
                iterator = grant
                content {
                  role_id     = grant.value.role
                  division_id = "${grant.key}:${grant.value.division}"
                }
              }
              dynamic "roles" {
                for_each = ["x"]
                content {
                  role_id = roles.value
                }
              }
              dynamic "roles" {
                for_each = data.genesyscloud_auth_role.admin.permissions
                content {
                  role_id = roles.value
                }
              }
            }
            resource "genesyscloud_auth_role" "r" {
              name = "r"
              dynamic "permission_policies" {
                for_each = [{ domain = "routing", actions = ["view"] }]
                content {
                  domain      = permission_policies.value.domain
                  entity_name = "*"
                  action_set  = permission_policies.value.actions
                  dynamic "conditions" {
                    for_each = []
                    content {
                      conjunction = "AND"
                    }
                  }
                }
              }
            }
            """
        ])
        #expect(configuration.diagnostics.isEmpty)
        let client = try #require(configuration.instance(address: "genesyscloud_oauth_client.c"))
        let roles = client.blocks(ofType: "roles")
        #expect(roles.count == 4)
        #expect(
            roles.map { $0.attribute("role_id")?.value } == [
                .string("r-admin"), .string("r-agent"), .string("x"), roles[3].attribute("role_id")?.value,
            ])
        #expect(roles[0].attribute("division_id")?.value == .string("admin:*"))
        #expect(roles[0].dynamicExpansion == .element(key: .string("admin")))
        #expect(roles[2].dynamicExpansion == .element(key: .number(0)))
        guard case .unknown(let unknown)? = roles[3].dynamicExpansion else {
            Issue.record("the last dynamic block is unknown")
            return
        }
        #expect(unknown.refersTo == "data.genesyscloud_auth_role.admin")
        #expect(roles[3].attribute("role_id")?.value.unknownValue != nil)
        #expect(roles[0].typeRange.start.line == 13)
        #expect(roles[0].block.type == "dynamic")
        let role = try #require(configuration.instance(address: "genesyscloud_auth_role.r"))
        let policy = try #require(role.blocks(ofType: "permission_policies").first)
        #expect(policy.attribute("action_set")?.value == .list([.string("view")]))
        #expect(policy.blocks.isEmpty)
    }

    @Test func malformedDynamicBlocksAreErrors() throws {
        let configuration = try TerraformFixture.load([
            "main.tf": """
            resource "genesyscloud_oauth_client" "c" {
              dynamic "roles" {
                content {}
              }
              dynamic "roles" {
                for_each = [1]
              }
              dynamic "roles" {
                for_each = 1
                content {}
              }
              dynamic {
                for_each = []
                content {}
              }
            }
            """
        ])
        #expect(
            configuration.summaries == [
                "error: Missing required argument", "error: Missing content block",
                "error: Invalid dynamic for_each value",
                "error: Invalid dynamic block",
            ])
        #expect(configuration.resources.first?.blocks.isEmpty == true)
    }
}
