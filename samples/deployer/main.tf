# A contact-centre configuration as a pipeline applies it: queues, skills and wrap-up codes, one
# team through a local module. What the pipeline's OAuth client (the provider's client) needs
# comes from the provider's endpoint table and the spec: scopecheck deployer prints it.

terraform {
  required_providers {
    genesyscloud = {
      source  = "mypurecloud/genesyscloud"
      version = "~> 1.84"
    }
  }
}

resource "genesyscloud_routing_skill" "english" {
  name = "English"
}

resource "genesyscloud_routing_wrapupcode" "resolved" {
  name = "Resolved"
}

resource "genesyscloud_routing_queue" "support" {
  name = "Support"
}

data "genesyscloud_routing_wrapupcode" "default" {
  name = "Default Wrap-up Code"
}

module "billing" {
  source = "./modules/team"
  name   = "Billing"
}
