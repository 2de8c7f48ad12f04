# A well-configured pair of OAuth clients for a queue dashboard:
#  - the browser app signs supervisors in (authorization code grant, read-only scopes);
#  - the back-end poller runs unattended (client credentials, a role with just what it reads).

terraform {
  required_providers {
    genesyscloud = {
      source = "mypurecloud/genesyscloud"
    }
  }
}

locals {
  app_name = "Queue Dashboard"
  # What the dashboard reads: queue observations and the queue list.
  read_scopes = ["analytics:readonly", "routing:readonly"]
}

resource "genesyscloud_oauth_client" "queue_dashboard" {
  name                          = local.app_name
  description                   = "Supervisor dashboard (browser, signs users in)"
  authorized_grant_type         = "CODE"
  registered_redirect_uris      = ["https://${var.dashboard_host}/oauth/callback"]
  scopes                        = local.read_scopes
  access_token_validity_seconds = var.token_validity_seconds
  state                         = "active"
}

resource "genesyscloud_auth_role" "queue_poller" {
  name        = "${local.app_name} poller"
  description = "Reads queue observations and queue configuration"

  permission_policies {
    domain      = "analytics"
    entity_name = "queueObservation"
    action_set  = ["view"]
  }

  permission_policies {
    domain      = "routing"
    entity_name = "queue"
    action_set  = ["view"]
  }
}

resource "genesyscloud_oauth_client" "queue_poller" {
  name                          = "${local.app_name} poller"
  description                   = "Back-end job that polls queue statistics every minute"
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  access_token_validity_seconds = 3600

  roles {
    role_id     = genesyscloud_auth_role.queue_poller.id
    division_id = var.home_division_id
  }
}
