variable "integration_id" {
  type = string
}

resource "genesyscloud_integration_action" "action" {
  name            = "Get queue"
  category        = "Queue dashboard"
  integration_id  = var.integration_id
  contract_input  = jsonencode({ type = "object", properties = { queueId = { type = "string" } } })
  contract_output = jsonencode({ type = "object", properties = {} })
  config_request {
    request_type         = "GET"
    request_url_template = "/api/v2/routing/queues/$${input.queueId}"
  }
}
