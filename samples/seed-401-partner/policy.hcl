client "genesyscloud_oauth_client.partner_reporting" {
  calls = [
    "POST /api/v2/analytics/conversations/details/query",
  ]
}
