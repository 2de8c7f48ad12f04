import Testing

@testable import Syntax
@testable import Terraform

@Suite struct ReferenceTests {
    private let configuration: TerraformConfiguration

    init() throws {
        configuration = try TerraformFixture.load([
            "main.tf": """
            variable "teams" {
              default = { a = "Alpha", b = "Beta" }
            }
            resource "genesyscloud_auth_role" "team" {
              for_each    = var.teams
              name        = "${each.value} role"
              description = each.key
              permission_policies {
                domain      = "routing"
                entity_name = "*"
                action_set  = ["view"]
              }
            }
            resource "genesyscloud_auth_role" "numbered" {
              count = 2
              name  = "role ${count.index}"
            }
            resource "genesyscloud_auth_role" "single" {
              name = "single"
            }
            data "genesyscloud_auth_role" "admin" {
              name = "Master Admin"
            }
            resource "genesyscloud_oauth_client" "c" {
              name                        = genesyscloud_auth_role.single.name
              description                 = genesyscloud_auth_role.team["a"].name
              authorized_grant_type       = "CLIENT-CREDENTIALS"
              integration_credential_name = genesyscloud_auth_role.numbered[1].name
              scopes                      = genesyscloud_auth_role.numbered[*].id
              roles {
                role_id = genesyscloud_auth_role.single.id
              }
              roles {
                role_id     = genesyscloud_auth_role.team["b"].id
                division_id = "*"
              }
              roles {
                role_id = genesyscloud_auth_role.numbered[0].id
              }
              roles {
                role_id = data.genesyscloud_auth_role.admin.id
              }
            }
            output "policy_domain" { value = genesyscloud_auth_role.team["a"].permission_policies[0].domain }
            output "data_name"     { value = data.genesyscloud_auth_role.admin.name }
            output "state"         { value = genesyscloud_oauth_client.c.state }
            output "client_id"     { value = genesyscloud_oauth_client.c.client_id }
            output "unset"         { value = genesyscloud_auth_role.single.description }
            output "all_ids"       { value = [for key, role in genesyscloud_auth_role.team : role.id] }
            output "whole"         { value = genesyscloud_auth_role.single.name == genesyscloud_auth_role.single["name"] }
            output "elsewhere"     { value = genesyscloud_auth_role.elsewhere["k"].id }
            """
        ])
    }

    private func unknown(_ value: Value?) -> (refersTo: String?, attribute: String?) {
        (value?.unknownValue?.refersTo, value?.unknownValue?.attribute)
    }

    @Test func configuredAttributesOfOtherResourcesAreKnown() throws {
        let client = try #require(configuration.instance(address: "genesyscloud_oauth_client.c"))
        #expect(client.attribute("name")?.value == .string("single"))
        #expect(client.attribute("description")?.value == .string("Alpha role"))
        #expect(client.attribute("integration_credential_name")?.value == .string("role 1"))
        #expect(configuration.output("policy_domain")?.value == .string("routing"))
        #expect(configuration.output("data_name")?.value == .string("Master Admin"))
        #expect(configuration.output("state")?.value == .string("active"))
        #expect(configuration.output("whole")?.value == .bool(true))
    }

    @Test func idsAreUnknownsPointingAtTheInstance() throws {
        let client = try #require(configuration.instance(address: "genesyscloud_oauth_client.c"))
        let roles = client.blocks(ofType: "roles").map { unknown($0.attribute("role_id")?.value) }
        #expect(
            roles.map(\.refersTo) == [
                "genesyscloud_auth_role.single", "genesyscloud_auth_role.team[\"b\"]",
                "genesyscloud_auth_role.numbered[0]",
                "data.genesyscloud_auth_role.admin",
            ])
        #expect(roles.allSatisfy { $0.attribute == "id" })
        let reason = client.blocks(ofType: "roles").first?.attribute("role_id")?.value.unknownValue?.reason
        #expect(reason == "genesyscloud_auth_role.single.id is assigned by the provider when the resource is created")
        let scopes = try #require(client.attribute("scopes")?.value.listValue)
        #expect(
            scopes.map { unknown($0).refersTo } == [
                "genesyscloud_auth_role.numbered[0]", "genesyscloud_auth_role.numbered[1]",
            ])
        let ids = try #require(configuration.output("all_ids")?.value.listValue)
        #expect(
            ids.map { unknown($0).refersTo } == [
                "genesyscloud_auth_role.team[\"a\"]", "genesyscloud_auth_role.team[\"b\"]",
            ])
    }

    @Test func unsetAndComputedAttributesAreUnknown() {
        #expect(unknown(configuration.output("client_id")?.value) == ("genesyscloud_oauth_client.c", "client_id"))
        #expect(
            configuration.output("client_id")?.value.unknownValue?.reason
                == "genesyscloud_oauth_client.c.client_id is computed by the provider")
        #expect(unknown(configuration.output("unset")?.value) == ("genesyscloud_auth_role.single", "description"))
        #expect(unknown(configuration.output("elsewhere")?.value) == ("genesyscloud_auth_role.elsewhere[\"k\"]", "id"))
        #expect(configuration.summaries == ["warning: Reference to undeclared resource"])
    }

    @Test func instancesAreListedWithAddresses() {
        #expect(
            configuration.resources.map(\.address) == [
                "data.genesyscloud_auth_role.admin", "genesyscloud_auth_role.numbered[0]",
                "genesyscloud_auth_role.numbered[1]",
                "genesyscloud_auth_role.single", "genesyscloud_auth_role.team[\"a\"]",
                "genesyscloud_auth_role.team[\"b\"]",
                "genesyscloud_oauth_client.c",
            ])
        #expect(configuration.resources(ofType: "genesyscloud_auth_role").count == 6)
        #expect(configuration.resources(ofType: "genesyscloud_auth_role", mode: .managed).count == 5)
        let team = configuration.instance(address: "genesyscloud_auth_role.team[\"b\"]")
        #expect(team?.instanceKey == .string("b"))
        #expect(team?.resourceAddress == "genesyscloud_auth_role.team")
        #expect(team?.attribute("description")?.value == .string("b"))
        #expect(team?.attribute("for_each") == nil)
        #expect(team?.typeRange.start.line == 4)
        #expect(team?.labelRange.start.column == 35)
        #expect(team?.modulePath == "")
        #expect(configuration.instance(address: "genesyscloud_auth_role.numbered[1]")?.instanceKey == .int(1))
    }
}

@Suite struct ResourceReferenceErrorTests {
    @Test func badIndexesAndCycles() throws {
        let configuration = try TerraformFixture.load([
            "main.tf": """
            resource "genesyscloud_auth_role" "n" {
              count = 1
              name  = "n"
            }
            resource "genesyscloud_auth_role" "a" {
              name = genesyscloud_auth_role.b.name
            }
            resource "genesyscloud_auth_role" "b" {
              name = genesyscloud_auth_role.a.name
            }
            output "bad" { value = genesyscloud_auth_role.n[3].id }
            output "bare" { value = genesyscloud_auth_role }
            """
        ])
        #expect(
            configuration.diagnostics.map { "\($0.range?.start.line ?? 0): \($0.summary): \($0.detail)" } == [
                "5: Cycle in references: genesyscloud_auth_role.a → genesyscloud_auth_role.b → genesyscloud_auth_role.a: these values refer to each other, so none can be known",
                "11: Invalid index: genesyscloud_auth_role.n has no instance 3",
                "12: Invalid reference: a reference to a resource type must be followed by the resource name, as in genesyscloud_auth_role.name",
            ])
        let a = configuration.instance(address: "genesyscloud_auth_role.a")?.attribute("name")?.value
        #expect(a?.unknownValue?.reason.hasPrefix("cycle: ") == true)
    }
}
