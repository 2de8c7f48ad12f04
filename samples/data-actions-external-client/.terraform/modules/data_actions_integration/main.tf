# A stand-in for the remote integration module, as terraform init installs it: a Genesys Cloud
# data actions integration whose credential holds the client id and secret it is given.

variable "integration_name" {
  type = string
}

variable "integration_creds_client_id" {
  type = string
}

variable "integration_creds_client_secret" {
  type      = string
  sensitive = true
}

resource "genesyscloud_integration_credential" "credential" {
  name                 = "${var.integration_name} credential"
  credential_type_name = "pureCloudOAuthClient"
  fields = {
    clientId     = var.integration_creds_client_id
    clientSecret = var.integration_creds_client_secret
  }
}

resource "genesyscloud_integration" "integration" {
  intended_state   = "ENABLED"
  integration_type = "purecloud-data-actions"
  config {
    name = var.integration_name
    credentials = {
      pureCloudOAuthClient = genesyscloud_integration_credential.credential.id
    }
  }
}

output "integration_id" {
  value = genesyscloud_integration.integration.id
}
