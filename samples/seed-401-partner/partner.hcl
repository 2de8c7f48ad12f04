# What the partner (cross-org) query path enforces: the details query needs the partner scope.
overlay "partner-cross-org" {
  endpoint "POST /api/v2/analytics/conversations/details/query" {
    scopes = ["partner:analytics:view"]
    note   = "Cross-org queries through the partner gateway need partner:analytics:view"
  }

  scope "partner:analytics:view" {
    description = "Partner-only scope: analytics queries across organizations"
  }
}
