# The credentials of a data-actions setup, written the way real repositories write them — and
# one of each mistake scopecheck's credential rules find. Every secret here is invented.

variable "oauthclient_secret" {
  description = "The secret of the OAuth client the provider runs with."
  type        = string
}

provider "genesyscloud" {
  oauthclient_id     = "5e1c6d39-0a6f-4b6e-9d38-2f8f3c1f4a11"
  oauthclient_secret = var.oauthclient_secret
}

resource "genesyscloud_auth_role" "queue_reader" {
  name        = "Queue reader"
  permissions = ["routing:queue:view"]
}

resource "genesyscloud_oauth_client" "actions" {
  name                  = "Data actions"
  authorized_grant_type = "CLIENT-CREDENTIALS"
  expose_client_secret  = true
  roles {
    role_id = genesyscloud_auth_role.queue_reader.id
  }
}

resource "genesyscloud_integration_credential" "actions" {
  name                 = "Data actions credential"
  credential_type_name = "pureCloudOAuthClient"
  fields = {
    clientId     = genesyscloud_oauth_client.actions.id
    clientSecret = "Zq3v-7hT0pLw9xYb2Nc5Rd8Kf1Gm4Js6Ue0Ai3Oo7Py"
  }
}

output "actions_client_secret" {
  value = genesyscloud_oauth_client.actions.client_secret
}
