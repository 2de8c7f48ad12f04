client "genesyscloud_oauth_client.c" {
  calls      = ["GET /api/v2/users/{userId}", "getRoutingQueues", "POST https://api.mypurecloud.ie/api/v2/analytics/queues/observations/query"]
  user_roles = ["genesyscloud_auth_role.r"]
}
client {
  name  = "poller"
  calls = ["get_routing_queues"]
}
rules {
  forbid_scopes = ["*:admin"]
}
spec     = ["api.mypurecloud.ie=spec.json"]
policies = ["p"]
rule "unknown-scope" {
  enabled  = false
  severity = "warning"
}
