# What the job calls: the queue summary through the gateway (URL from the 403 log), and the
# queue observations query on the platform.
client "genesyscloud_oauth_client.queue_reports" {
  calls = [
    "POST https://api.eu-gene.com/api/v2/analytics/report/queue/summary",
    "POST /api/v2/analytics/queues/observations/query",
  ]
}
