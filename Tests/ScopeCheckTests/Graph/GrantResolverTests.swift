import Foundation
import Testing

@testable import Core
@testable import Genesys
@testable import Graph
@testable import Terraform

@Suite struct GrantResolverTests {
    /// Loads `files` as a module in a temporary directory.
    static func load(_ files: [String: String]) throws -> TerraformConfiguration {
        let directory = try TestSupport.temporaryDirectory()
        for (name, text) in files {
            try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return ModuleLoader.load(directory: directory.path, options: TerraformLoadOptions(environment: [:]))
    }

    static let configuration: TerraformConfiguration = {
        try! load([
            "main.tf": """
            variable "scopes" { type = list(string) }
            locals { reader = ["analytics:readonly"] }

            resource "genesyscloud_auth_role" "reader" {
              name = "Reader"
              permission_policies {
                domain      = "analytics"
                entity_name = "*"
                action_set  = ["view"]
              }
            }

            resource "genesyscloud_auth_role" "per_team" {
              for_each = toset(["a", "b"])
              name     = "Team ${each.key}"
              permission_policies {
                domain      = "routing"
                entity_name = "queue"
                action_set  = each.key == "a" ? ["view"] : ["view", "edit"]
              }
            }

            data "genesyscloud_auth_role" "admin" {
              name = "Master Admin"
            }

            resource "genesyscloud_oauth_client" "job" {
              name                  = "Job"
              authorized_grant_type = "CLIENT-CREDENTIALS"
              roles {
                role_id     = genesyscloud_auth_role.reader.id
                division_id = "*"
              }
              roles {
                role_id = genesyscloud_auth_role.per_team["b"].id
              }
              roles {
                role_id = data.genesyscloud_auth_role.admin.id
              }
              roles {
                role_id = "0d1c2b3a-0000-1111-2222-333344445555"
              }
            }

            resource "genesyscloud_oauth_client" "app" {
              name                  = "App"
              authorized_grant_type = "CODE"
              scopes                = concat(local.reader, ["routing:readonly"])
            }

            resource "genesyscloud_oauth_client" "open" {
              name                  = "Open"
              authorized_grant_type = "TOKEN"
              scopes                = var.scopes
            }
            """
        ])
    }()

    func client(_ address: String) -> OAuthClient {
        OAuthClient(Self.configuration.instance(address: address)!)
    }

    @Test func followsRoleReferencesToTheirPolicies() {
        let grant = GrantResolver(configuration: Self.configuration).grant(for: client("genesyscloud_oauth_client.job"))
        #expect(grant.grantType == .clientCredentials)
        #expect(
            grant.roles.map(\.reference) == [
                "genesyscloud_auth_role.reader", "genesyscloud_auth_role.per_team[\"b\"]",
                "data.genesyscloud_auth_role.admin", "role id \"0d1c2b3a-0000-1111-2222-333344445555\"",
            ])
        #expect(grant.roles[0].policies == [PermissionPolicy(domain: "analytics", entity: "*", actions: ["view"])])
        #expect(grant.roles[0].division == "*")
        #expect(
            grant.roles[1].policies == [
                PermissionPolicy(domain: "routing", entity: "queue", actions: ["view", "edit"])
            ])
        #expect(grant.roles[1].division == nil)
    }

    @Test func rolesOutsideTheConfigurationAreUnknownGrantsWithTheirReason() {
        let grant = GrantResolver(configuration: Self.configuration).grant(for: client("genesyscloud_oauth_client.job"))
        #expect(grant.roles[2].policies == nil)
        #expect(
            grant.roles[2].unresolvedReason
                == "data.genesyscloud_auth_role.admin (\"Master Admin\") is a data source: the role exists in the org but its permissions are not in the configuration"
        )
        #expect(grant.roles[3].unresolvedReason == "a literal role id: the role is not defined in this configuration")
    }

    @Test func scopesComeFromLocalsAndFunctionsWithRanges() {
        let app = client("genesyscloud_oauth_client.app")
        let grant = GrantResolver(configuration: Self.configuration).grant(for: app)
        #expect(grant.scopes == ["analytics:readonly", "routing:readonly"])
        #expect(app.scopeItems.known.map(\.range) == [app.scopes!.range, app.scopes!.range])
    }

    @Test func scopesFromAVariableWithoutValueAreUnknown() {
        let grant = GrantResolver(configuration: Self.configuration).grant(
            for: client("genesyscloud_oauth_client.open"))
        #expect(grant.scopes.isEmpty)
        #expect(grant.unknownScopes.count == 1)
        #expect(grant.unknownScopes == ["no value was given for the required variable \"scopes\""])
    }

    @Test func literalListsGiveEachScopeItsOwnRange() throws {
        let configuration = try Self.load([
            "main.tf": """
            resource "genesyscloud_oauth_client" "c" {
              name                  = "C"
              authorized_grant_type = "CODE"
              scopes                = ["users", "routing:readonly"]
            }
            """
        ])
        let items = OAuthClient(configuration.resources[0]).scopeItems.known
        #expect(items.map(\.name) == ["users", "routing:readonly"])
        #expect(
            items.map { "\($0.range.start.line):\($0.range.start.column)-\($0.range.end.column)" } == [
                "4:28-35", "4:37-55",
            ])
    }
}
