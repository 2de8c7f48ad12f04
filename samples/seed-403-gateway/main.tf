# Seed report 1: "403 insufficient_scope on the queue summary endpoint, although the docs say
# analytics:view covers it". The reporting job as the team configured it, calling the queue
# summary through the eu-gene gateway (api.eu-gene.com), which enforces its own scope matrix.

resource "genesyscloud_auth_role" "queue_reports" {
  name        = "Queue reports"
  description = "Reads queue statistics"

  permission_policies {
    domain      = "analytics"
    entity_name = "queueObservation"
    action_set  = ["view"]
  }
}

resource "genesyscloud_oauth_client" "queue_reports" {
  name                  = "Queue reports job"
  description           = "Nightly queue summary export through the eu-gene gateway"
  authorized_grant_type = "CLIENT-CREDENTIALS"
  scopes                = ["analytics"]

  roles {
    role_id     = genesyscloud_auth_role.queue_reports.id
    division_id = "*"
  }
}
