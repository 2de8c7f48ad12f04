variable "integration_id" {
  type = string
}

resource "genesyscloud_integration_action" "action" {
  name            = "Observe queues"
  category        = "Queue dashboard"
  integration_id  = var.integration_id
  contract_input  = jsonencode({ type = "object", properties = {} })
  contract_output = jsonencode({ type = "object", properties = {} })
  config_request {
    request_type         = "POST"
    request_url_template = "/api/v2/analytics/queues/observations/query"
  }
}
