# The Queue Sync client of ../org, as it would be written in Terraform: the same role, the same
# client and the same data action. `scopecheck audit` gives the same verdicts from here as from
# the org's API answers (see ../README.md).

resource "genesyscloud_auth_role" "queue_sync" {
  name        = "Queue Sync Role"
  description = "What the queue synchronisation job calls"

  permission_policies {
    domain      = "routing"
    entity_name = "queue"
    action_set  = ["view"]
  }

  permission_policies {
    domain      = "routing"
    entity_name = "wrapupCode"
    action_set  = ["view"]
  }

  permission_policies {
    domain      = "analytics"
    entity_name = "conversationDetail"
    action_set  = ["view"]
  }
}

resource "genesyscloud_oauth_client" "queue_sync" {
  name                          = "Queue Sync"
  description                   = "Synchronises queue membership from the workforce system"
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  access_token_validity_seconds = 86400

  roles {
    role_id     = genesyscloud_auth_role.queue_sync.id
    division_id = "*"
  }
}

variable "queue_sync_client_secret" {
  description = "The Queue Sync client's secret, from the environment (TF_VAR_queue_sync_client_secret)."
  type        = string
  sensitive   = true
}

resource "genesyscloud_integration_credential" "queue_sync" {
  name                 = "Queue Sync client"
  credential_type_name = "pureCloudOAuthClient"
  fields = {
    clientId     = genesyscloud_oauth_client.queue_sync.client_id
    clientSecret = var.queue_sync_client_secret
  }
}

resource "genesyscloud_integration" "queue_sync" {
  intended_state   = "ENABLED"
  integration_type = "purecloud-data-actions"
  config {
    name = "Queue Sync Data Actions"
    credentials = {
      pureCloudOAuthClient = genesyscloud_integration_credential.queue_sync.id
    }
  }
}

resource "genesyscloud_integration_action" "get_queue" {
  name            = "Get Queue"
  category        = "Queue Sync"
  integration_id  = genesyscloud_integration.queue_sync.id
  contract_input  = jsonencode({ type = "object", required = ["QUEUE_ID"], properties = { QUEUE_ID = { type = "string" } } })
  contract_output = jsonencode({ type = "object", properties = {} })
  config_request {
    request_type         = "GET"
    request_url_template = "/api/v2/routing/queues/$${input.QUEUE_ID}"
    request_template     = "$${input.rawRequest}"
  }
}
