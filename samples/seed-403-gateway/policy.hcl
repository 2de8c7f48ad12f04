# What the job calls, as the team wrote it down from the forum answer and the 403 log.
client "genesyscloud_oauth_client.queue_reports" {
  calls = [
    "POST /api/v2/analytics/report/queue/summary",     # the endpoint the forum answer named
    "POST /api/v2/analytics/queues/observations/query", # the real queue statistics endpoint
  ]
}
