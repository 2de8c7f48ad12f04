# The blueprint shape: the data actions integration comes from a remote module (installed by
# terraform init under .terraform/modules), the OAuth client it runs with is given by variables,
# and the actions are local modules. The client is not in this configuration, so lint says what
# its roles must grant.

variable "client_id" {
  description = "The OAuth client the data actions run with (TF_VAR_client_id)"
  type        = string
}

variable "client_secret" {
  description = "Its secret (TF_VAR_client_secret)"
  type        = string
  sensitive   = true
}

module "data_actions_integration" {
  source                          = "git::https://github.com/GenesysCloudDevOps/public-api-data-actions-integration-module.git?ref=main"
  integration_name                = "Queue dashboard data actions"
  integration_creds_client_id     = var.client_id
  integration_creds_client_secret = var.client_secret
}

module "get_queue" {
  source         = "./actions/get-queue"
  integration_id = module.data_actions_integration.integration_id
}

module "observe_queues" {
  source         = "./actions/observe-queues"
  integration_id = module.data_actions_integration.integration_id
}
