variable "dashboard_host" {
  type        = string
  description = "Host name the dashboard is served from"
}

variable "token_validity_seconds" {
  type    = number
  default = 3600
}

variable "home_division_id" {
  type        = string
  description = "Division the poller reads from"
  default     = "*"
}
