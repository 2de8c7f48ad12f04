# One data action of an integration, its request given by the caller.

variable "name" {
  type = string
}

variable "integration_id" {
  type = string
}

variable "method" {
  type = string
}

variable "url" {
  type = string
}

resource "genesyscloud_integration_action" "action" {
  name            = var.name
  category        = "Queue dashboard"
  integration_id  = var.integration_id
  contract_input  = jsonencode({ type = "object", properties = {} })
  contract_output = jsonencode({ type = "object", properties = {} })
  config_request {
    request_type         = var.method
    request_url_template = var.url
  }
}
