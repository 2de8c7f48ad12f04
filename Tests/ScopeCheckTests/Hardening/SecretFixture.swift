import Foundation

/// A module that puts recognisable secrets (every one contains `S3CR3T`) everywhere a secret
/// can hide: the default and the `.tfvars` value of sensitive variables, a sensitive scope
/// list, a number that fails its type, a literal `client_secret`, a sensitive value passed to a
/// child module that does not declare it sensitive; and an access token and an error body
/// carrying credentials. No output of scopecheck may contain `S3CR3T`.
enum SecretFixture {
    /// The text every secret contains.
    static let marker = "S3CR3T"

    static let files: [String: String] = [
        "variables.tf": """
        variable "vault_secret" {
          type      = string
          sensitive = true
          default   = "S3CR3T-DEFAULT-7f2d"
        }

        variable "tfvars_secret" {
          type      = string
          sensitive = true
        }

        variable "secret_scopes" {
          type      = list(string)
          sensitive = true
          default   = ["S3CR3T-SCOPE-0a0a"]
        }

        variable "pin" {
          type      = number
          sensitive = true
        }

        """,
        "terraform.tfvars": """
        tfvars_secret = "S3CR3T-TFVARS-91ab"
        pin           = "S3CR3T-PIN-NOT-A-NUMBER"

        """,
        "main.tf": """
        resource "genesyscloud_oauth_client" "app" {
          name                    = "App ${var.vault_secret}"
          description             = var.tfvars_secret
          authorized_grant_type   = "CODE"
          scopes                  = var.secret_scopes
          client_secret           = "S3CR3T-CLIENT-5e6f"
          directory_client_secret = var.vault_secret
        }

        resource "genesyscloud_oauth_client" "poller" {
          name                          = "Poller"
          authorized_grant_type         = "CLIENT-CREDENTIALS"
          access_token_validity_seconds = var.pin
        }

        module "child" {
          source = "./child"
          secret = var.vault_secret
        }

        """,
        "child/main.tf": """
        variable "secret" {}

        resource "genesyscloud_oauth_client" "child" {
          name                  = "Child"
          authorized_grant_type = "CODE"
          scopes                = [var.secret, "analytics:view"]
        }

        """,
    ]

    /// A JWT whose signature is a secret (header and payload are claims, shown by design).
    static let token: String = {
        func part(_ json: String) -> String {
            Data(json.utf8).base64EncodedString().replacing("+", with: "-").replacing("/", with: "_")
                .replacing("=", with: "")
        }
        let header = part(#"{"alg":"RS256","typ":"JWT"}"#)
        let payload = part(
            #"{"scope":"routing:readonly analytics","org_id":"org-1","exp":4102444800,"client_id":"app-1","grant_type":"authorization_code"}"#
        )
        return "\(header).\(payload).S3CR3T-SIGNATURE-c0ffee"
    }()

    /// A pasted HTTP exchange with credentials in headers, a cookie, a query parameter and the
    /// message itself.
    static let errorBody = """
        > GET /api/v2/routing/queues?access_token=S3CR3T-QUERY-TOKEN HTTP/1.1
        > Authorization: Bearer S3CR3T-BEARER-abcdef
        > Cookie: session=S3CR3T-COOKIE
        > X-Genesys-Api-Token: S3CR3T-HEADER-TOKEN
        >
        < HTTP/1.1 403 Forbidden
        {"status": 403, "code": "missing.any.permissions", "message": "Bearer S3CR3T-IN-MESSAGE-123 lacks routing:queue:view", "headers": {"Authorization": "Basic S3CR3T-BASIC"}}
        """

    /// The module written to a new temporary directory.
    static func directory() throws -> URL {
        let root = try TestSupport.temporaryDirectory()
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }
}
