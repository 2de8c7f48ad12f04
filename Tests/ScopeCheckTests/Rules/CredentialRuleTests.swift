import Foundation
import Testing

@testable import Core
@testable import Graph
@testable import Rules

/// The credential rules: secrets written in the configuration, placeholders, secrets that leak
/// into state and output, and permissions written where they grant nothing.
@Suite struct CredentialRuleTests {
    private func findings(_ rule: any Rule, _ terraform: String, extraFiles: [String: String] = [:]) throws
        -> [String]
    {
        try RuleTestSupport.findings(rule, terraform: terraform, extraFiles: extraFiles).map {
            "\($0.span) \($0.message) | \($0.fix ?? "")"
        }
    }

    static let credential = """
        variable "api_password" {
          type = string
        }
        resource "genesyscloud_integration_credential" "basic" {
          name                 = "Basic"
          credential_type_name = "basicAuth"
          fields = {
            userName = "someUserName"
            password = var.api_password
          }
        }
        """

    @Test func aSecretIsReportedWhereItIsWrittenAndNeverShown() throws {
        let found = try findings(
            HardcodedSecretRule(), Self.credential, extraFiles: ["terraform.tfvars": #"api_password = "P@ssw0rd""#])
        #expect(
            found == [
                #"terraform.tfvars:1:16-1:26 A secret is written here in plain text as the value of variable "api_password": anyone who can read the repository or its history holds it | remove it from this variables file, mark variable "api_password" sensitive = true and set TF_VAR_api_password in the environment (or read it from a secrets manager data source); then rotate it: it is in the history"#
            ])
        #expect(!found.joined().contains("P@ssw0rd"))
    }

    @Test func aSecretInAResourceNamesThePlaceItReaches() throws {
        let found = try findings(
            HardcodedSecretRule(),
            Self.credential.replacingOccurrences(of: "var.api_password", with: #""Welcome1""#))
        #expect(found.count == 1)
        #expect(
            found.first?.hasPrefix(
                "main.tf:9:16-9:26 A secret is written here in plain text and reaches fields.password of genesyscloud_integration_credential.basic: "
            ) == true)
        #expect(found.first?.contains("declare a variable with sensitive = true and no default") == true)
    }

    @Test func placeholdersAreQuietOrANoteForAVariable() throws {
        let quiet = try findings(
            HardcodedSecretRule(), Self.credential.replacingOccurrences(of: "var.api_password", with: #""xxxxxx""#))
        #expect(quiet.isEmpty)
        let note = try findings(
            PlaceholderSecretRule(), Self.credential,
            extraFiles: ["terraform.tfvars": #"api_password = "<your password>""#])
        #expect(
            note == [
                #"terraform.tfvars:1:16-1:33 The secret variable "api_password" is set to a placeholder in this variables file, which wins over TF_VAR_api_password: Terraform sends the placeholder (401 at run time) until someone writes the real secret here, where it is committed | remove api_password from this variables file and set TF_VAR_api_password in the environment"#
            ])
        #expect(
            try findings(
                HardcodedSecretRule(), Self.credential,
                extraFiles: ["terraform.tfvars": #"api_password = "<your password>""#]
            ).isEmpty)
    }

    /// `prod.tfvars` is read only with `-var-file`, but it is committed: a secret there is found;
    /// a placeholder in such a file is an example to copy, not a note.
    @Test func variablesFilesTerraformReadsOnlyWhenToldTo() throws {
        let files = [
            "prod.tfvars": #"api_password = "Winter2026!""#, "example.tfvars": #"api_password = "<your password>""#,
        ]
        #expect(
            try findings(HardcodedSecretRule(), Self.credential, extraFiles: files).map { $0.prefix(27) } == [
                "prod.tfvars:1:16-1:29 A sec"
            ])
        #expect(try findings(PlaceholderSecretRule(), Self.credential, extraFiles: files).isEmpty)
    }

    @Test func theClientSecretInState() throws {
        let found = try findings(ClientSecretInStateRule(), ClientSecretInStateRule().examples[0].terraform)
        #expect(
            found == [
                "main.tf:4:27-4:31 expose_client_secret = true stores the secret of genesyscloud_oauth_client.actions in the Terraform state, in plain text for anyone who can read the state | remove expose_client_secret; for a data-actions integration set integration_credential_name and use integration_credential_id"
            ])
        let off = ClientSecretInStateRule().examples[0].terraform.replacingOccurrences(of: "= true", with: "= false")
        #expect(try findings(ClientSecretInStateRule(), off).isEmpty)
    }

    @Test func anOutputOfASecret() throws {
        let terraform =
            Self.credential + """

                variable "label" {
                  type = string
                }
                resource "genesyscloud_oauth_client" "c" {
                  name                  = "C"
                  authorized_grant_type = "CLIENT-CREDENTIALS"
                }
                output "password" {
                  value = var.api_password
                }
                output "client" {
                  value = genesyscloud_oauth_client.c
                }
                output "client_id" {
                  value = genesyscloud_oauth_client.c.id
                }
                output "label" {
                  value = var.label
                }
                """
        let found = try findings(OutputNotSensitiveRule(), terraform)
        #expect(
            found == [
                #"main.tf:19:8-19:18 output.password reads var.api_password, a secret, but is not marked sensitive: terraform apply and terraform output print it, in CI logs too | add sensitive = true to output "password""#,
                #"main.tf:22:8-22:16 output.client reads genesyscloud_oauth_client.c, a secret, but is not marked sensitive: terraform plan stops with "Output refers to sensitive values" | add sensitive = true to output "client""#,
            ])
    }

    @Test func aVariableThatCarriesASecret() throws {
        let found = try findings(VariableNotSensitiveRule(), Self.credential)
        #expect(
            found == [
                #"main.tf:1:10-1:24 var.api_password carries a secret but is not marked sensitive: terraform plan and apply print its value, in CI logs too | add sensitive = true to variable "api_password""#
            ])
        let marked = Self.credential.replacingOccurrences(
            of: "  type = string\n", with: "  type      = string\n  sensitive = true\n")
        #expect(try findings(VariableNotSensitiveRule(), marked).isEmpty)
    }

    @Test func aPermissionInTheRolesGeneralPermissions() throws {
        let found = try findings(
            MisplacedPermissionRule(),
            """
            resource "genesyscloud_auth_role" "reader" {
              name        = "Queue reader"
              permissions = ["group_creation", "routing:queue:view", "routing:queue:peek"]
            }
            """)
        #expect(
            found == [
                #"main.tf:3:36-3:56 "routing:queue:view" is a domain:entity:action permission, but permissions of genesyscloud_auth_role.reader takes the role's general permission names: it grants nothing of routing:queue:view, and calls that need it fail with 403 | remove it from permissions and add permission_policies { domain = "routing" entity_name = "queue" action_set = ["view"] }"#,
                #"main.tf:3:58-3:78 "routing:queue:peek" is a domain:entity:action permission, but permissions of genesyscloud_auth_role.reader takes the role's general permission names: it grants nothing of routing:queue:peek, and calls that need it fail with 403; the spec in force has no permission routing:queue:peek: check it first | remove it from permissions and add permission_policies { domain = "routing" entity_name = "queue" action_set = ["peek"] }"#,
            ])
    }
}
