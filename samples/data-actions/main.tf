# A Genesys Cloud data actions integration and the OAuth client it runs its actions with.
# The client's role grants what the queue and observation actions need, but not what the
# skills action (defined through a local module) needs: lint reports that one call.

resource "genesyscloud_auth_role" "data_actions" {
  name        = "Data actions"
  description = "What the queue dashboard's data actions call"

  permission_policies {
    domain      = "routing"
    entity_name = "queue"
    action_set  = ["view"]
  }

  permission_policies {
    domain      = "analytics"
    entity_name = "queueObservation"
    action_set  = ["view"]
  }
}

resource "genesyscloud_oauth_client" "data_actions" {
  name                  = "Data actions"
  description           = "Runs the queue dashboard's data actions"
  authorized_grant_type = "CLIENT-CREDENTIALS"

  roles {
    role_id     = genesyscloud_auth_role.data_actions.id
    division_id = "*"
  }
}

resource "genesyscloud_integration_credential" "data_actions" {
  name                 = "Data actions client"
  credential_type_name = "pureCloudOAuthClient"
  fields = {
    clientId     = genesyscloud_oauth_client.data_actions.client_id
    clientSecret = var.client_secret
  }
}

resource "genesyscloud_integration" "data_actions" {
  intended_state   = "ENABLED"
  integration_type = "purecloud-data-actions"
  config {
    name = "Queue dashboard data actions"
    credentials = {
      pureCloudOAuthClient = genesyscloud_integration_credential.data_actions.id
    }
  }
}

resource "genesyscloud_integration_action" "get_queue" {
  name            = "Get queue"
  category        = "Queue dashboard"
  integration_id  = genesyscloud_integration.data_actions.id
  contract_input  = jsonencode({ type = "object", properties = { queueId = { type = "string" } } })
  contract_output = jsonencode({ type = "object", properties = { name = { type = "string" } } })
  config_request {
    request_type         = "GET"
    request_url_template = "/api/v2/routing/queues/$${input.queueId}"
  }
}

resource "genesyscloud_integration_action" "observe_queues" {
  name            = "Observe queues"
  category        = "Queue dashboard"
  integration_id  = genesyscloud_integration.data_actions.id
  contract_input  = jsonencode({ type = "object", properties = {} })
  contract_output = jsonencode({ type = "object", properties = {} })
  config_request {
    request_type         = "POST"
    request_url_template = "/api/v2/analytics/queues/observations/query"
    request_template     = "$${input.rawRequest}"
  }
}

module "list_skills" {
  source         = "./modules/action"
  name           = "List skills"
  integration_id = genesyscloud_integration.data_actions.id
  method         = "GET"
  url            = "/api/v2/routing/skills?pageSize=$${input.pageSize}"
}
