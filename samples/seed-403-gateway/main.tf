# Seed report 1: "403 insufficient_scope on the queue summary endpoint, although the docs say
# analytics:view covers it". The client as the team configured it after following that advice.

resource "genesyscloud_auth_role" "queue_reports" {
  name        = "Queue reports"
  description = "What the reporting job was given"

  permission_policies {
    domain      = "routing"
    entity_name = "queue"
    action_set  = ["view"]
  }
}

resource "genesyscloud_oauth_client" "queue_reports" {
  name                  = "Queue reports job"
  description           = "Nightly queue summary export"
  authorized_grant_type = "CLIENT-CREDENTIALS"
  scopes                = ["analytics:view", "report:execute", "ucp:reports:view"]

  roles {
    role_id     = genesyscloud_auth_role.queue_reports.id
    division_id = "*"
  }
}
