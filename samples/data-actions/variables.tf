variable "client_secret" {
  description = "The OAuth client's secret, from the environment (TF_VAR_client_secret)"
  type        = string
  sensitive   = true
}
