# One team: its queue and its skill.

variable "name" {
  type = string
}

resource "genesyscloud_routing_queue" "queue" {
  name = var.name
}

resource "genesyscloud_routing_skill" "skill" {
  name = var.name
}
