# What the eu-gene gateway enforces, recorded from its 403 answers: the published Genesys spec
# does not have the queue summary endpoint, and says nothing of report:execute.
overlay "eu1-gateway" {
  host = "api.eu-gene.com"

  endpoint "POST /api/v2/analytics/report/queue/summary" {
    add         = true
    summary     = "Queue summary report (gateway endpoint)"
    scopes      = ["report:execute"]
    require_all = false
    note        = "Gateway enforces report:execute (403 insufficient_scope seen 2026-11)"
  }

  scope "report:execute" {
    description = "Gateway-only scope: run reports through api.eu-gene.com"
  }
}
