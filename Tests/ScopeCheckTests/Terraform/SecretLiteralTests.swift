import Foundation
import Testing

@testable import Core
@testable import Syntax
@testable import Terraform

/// Strings written out that reach a place a secret goes, found where they are written.
@Suite struct SecretLiteralTests {
    /// `file:line:col shape slot [via] (variable)` of each literal, file names without folders.
    private func literals(_ configuration: TerraformConfiguration) -> [String] {
        configuration.secrets().literals.map { literal in
            let file = URL(fileURLWithPath: literal.range.file).lastPathComponent
            let via = literal.via.isEmpty ? "" : " via \(literal.via.joined(separator: ", "))"
            let variable = literal.rootVariable.map { " (\($0))" } ?? ""
            return
                "\(file):\(literal.range.start.line):\(literal.range.start.column) \(literal.shape) \(literal.slot ?? "-")\(via)\(variable)"
        }
    }

    @Test func aCredentialsSecretFieldsAndNotItsOthers() throws {
        let configuration = try TerraformFixture.load([
            "main.tf": """
            resource "genesyscloud_integration_credential" "basic" {
              name                 = "Basic"
              credential_type_name = "basicAuth"
              fields = {
                userName = "someUserName"
                password = "$tr0ngP@s$w0rd"
              }
            }
            resource "genesyscloud_user" "agent" {
              name     = "Agent"
              email    = "agent@example.com"
              password = "initialP@ssW0rd"
            }
            provider "genesyscloud" {
              oauthclient_id     = "5e1c6d39-0a6f-4b6e-9d38-2f8f3c1f4a11"
              oauthclient_secret = "client-secret"
            }
            """
        ])
        #expect(
            literals(configuration) == [
                "main.tf:6:16 secret fields.password of genesyscloud_integration_credential.basic",
                "main.tf:12:14 secret password of genesyscloud_user.agent",
                #"main.tf:16:24 placeholder oauthclient_secret of provider "genesyscloud""#,
            ])
    }

    @Test func followedThroughLocalsVariablesAndModuleCallsToWhereItIsWritten() throws {
        let directory = try TerraformFixture.directory([
            "root/main.tf": """
            locals {
              secret = "Zq3v-7hT0pLw9xYb2Nc5Rd8Kf1Gm4Js6Ue0Ai3Oo7Py"
            }
            module "actions" {
              source        = "../integration"
              client_id     = "5e1c6d39-0a6f-4b6e-9d38-2f8f3c1f4a11"
              client_secret = local.secret
              auth          = var.auth
            }
            variable "auth" {
              type = string
            }
            """,
            "root/terraform.tfvars": #"auth = "hunter2""#,
            "integration/main.tf": """
            variable "client_id" { type = string }
            variable "client_secret" { type = string }
            variable "auth" { type = string }
            resource "genesyscloud_integration_credential" "c" {
              name                 = "C"
              credential_type_name = "pureCloudOAuthClient"
              fields = {
                clientId     = var.client_id
                clientSecret = var.client_secret
                apiToken     = var.auth
              }
            }
            """,
        ])
        let configuration = ModuleLoader.load(
            directory: directory + "/root", options: TerraformLoadOptions(environment: [:]))
        #expect(
            literals(configuration) == [
                "main.tf:2:12 genesysClientSecret fields.clientSecret of module.actions.genesyscloud_integration_credential.c via module.actions",
                "terraform.tfvars:1:8 secret fields.apiToken of module.actions.genesyscloud_integration_credential.c via module.actions (auth)",
            ])
        // The variables that carry them: named for a secret, or read where one goes.
        #expect(configuration.secrets().variables[["actions"]] == ["client_secret", "auth"])
        #expect(configuration.secrets().variables[[]] == ["auth"])
    }

    /// The blueprint shape: a remote module not installed yet, given the client's id and secret
    /// as literals; the input's name says which is the secret.
    @Test func aLiteralGivenToAModuleThatIsNotInstalled() throws {
        let configuration = try TerraformFixture.load([
            "main.tf": """
            module "data_actions_integration" {
              source                          = "git::https://github.com/GenesysCloudDevOps/public-api-data-actions-integration-module.git?ref=main"
              integration_creds_client_id     = "5e1c6d39-0a6f-4b6e-9d38-2f8f3c1f4a11"
              integration_creds_client_secret = "kQ9-rT2pXw7LmZ4vB8nC1dF6gH3jK5sA0eY-uI2oP4q"
            }
            """
        ])
        #expect(
            literals(configuration) == [
                "main.tf:4:37 genesysClientSecret input integration_creds_client_secret of module.data_actions_integration"
            ])
    }

    @Test func variablesDefaultsVariablesFilesAndTheJSONSyntax() throws {
        let configuration = try TerraformFixture.load([
            "main.tf.json": """
            {"variable": {"api_token": {"type": "string", "default": "<api token>"}},
             "resource": {"genesyscloud_integration_credential": {"z": {
               "name": "Z", "credential_type_name": "zendeskApiToken",
               "fields": {"userEmail": "a@example.com", "apiToken": "9f86d081884c7d659a2feaa0c55ad015"}}}}}
            """,
            "terraform.tfvars": #"user_password = "Password123!""#,
        ])
        #expect(
            literals(configuration) == [
                "main.tf.json:1:58 placeholder variable \"api_token\" (api_token)",
                "main.tf.json:4:57 secret fields.apiToken of genesyscloud_integration_credential.z",
                "terraform.tfvars:1:17 secret variable \"user_password\" (user_password)",
            ])
    }

    @Test func aGenesysClientSecretAnywhereAndOnePlaceOnce() throws {
        let configuration = try TerraformFixture.load([
            "main.tf": """
            locals {
              settings = { note = "Zq3v-7hT0pLw9xYb2Nc5Rd8Kf1Gm4Js6Ue0Ai3Oo7Py", name = "App" }
            }
            resource "genesyscloud_oauth_client" "c" {
              name                    = "C"
              authorized_grant_type   = "CLIENT-CREDENTIALS"
              directory_client_secret = "Zq3v-7hT0pLw9xYb2Nc5Rd8Kf1Gm4Js6Ue0Ai3Oo7Pz"
            }
            """
        ])
        #expect(
            literals(configuration) == [
                "main.tf:2:23 genesysClientSecret -",
                "main.tf:7:29 genesysClientSecret directory_client_secret of genesyscloud_oauth_client.c",
            ])
    }

    @Test func theRedactorHidesEverySecretButNotThePlaceholders() throws {
        let configuration = try TerraformFixture.load([
            "main.tf": """
            resource "genesyscloud_user" "agent" {
              name     = "Agent"
              email    = "agent@example.com"
              password = "initialP@ssW0rd"
            }
            provider "genesyscloud" {
              oauthclient_secret = "changeme"
            }
            """
        ])
        let redactor = Redactor(configurations: [configuration])
        #expect(redactor.redact("initialP@ssW0rd and changeme") == "(sensitive) and changeme")
    }
}
