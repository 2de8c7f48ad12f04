# Seed report 2: a forum answer's OAuth client for a cross-org (partner) analytics query,
# as a team copied it: the invented attributes (type, organization_id, redirect_uris) and the
# team's own read-only analytics scope.

variable "partner_org_id" {
  type    = string
  default = "5b7c0d2e-1111-2222-3333-444455556666"
}

resource "genesyscloud_oauth_client" "partner_reporting" {
  name                  = "Partner reporting"
  description           = "Reads conversation details of the customer org"
  type                  = "confidential"
  organization_id       = var.partner_org_id
  authorized_grant_type = "CODE"
  redirect_uris         = ["https://partner.example.com/callback"]
  scopes                = ["analytics:readonly"]
}
