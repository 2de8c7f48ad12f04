# What the two queue dashboard clients must be able to do.

client "genesyscloud_oauth_client.queue_dashboard" {
  calls = [
    "POST /api/v2/analytics/queues/observations/query",  # live queue statistics
    "getRoutingQueues",                                   # the queue picker (operationId)
    "GET https://api.mypurecloud.ie/api/v2/routing/queues/0c5e2b4a-9f7e-4a51-8f3e-2a1d7c9b6e10", # from the browser's network log
  ]
}

client "genesyscloud_oauth_client.queue_poller" {
  calls = [
    "POST /api/v2/analytics/queues/observations/query",
    "GET /api/v2/routing/queues/{queueId}",
  ]
}

rules {
  deny_scopes                = ["*:admin"]
  max_token_validity_seconds = 3600
  require_description        = true
}
