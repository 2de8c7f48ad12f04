locals {
  a = [for k, v in var.m : "${k}=${v}" if v != null]
  b = { for x in local.a : x => upper(x)... }
  c = var.x == null ? 1 : -var.x * 2 % 3
  d = <<-EOT
    text ${local.a[0]} %{ if true }yes%{ else }no%{ endif }
    %{ for i in range(3) ~}${i}%{ endfor }
  EOT
  e = try(jsondecode(file("x.json")), {})
  f = [for s in var.list : s][*].name
  g = module.m.out["k"].attr
}
# scopecheck:ignore unknown-scope -- seed
dynamic "roles" {
  for_each = var.roles
  iterator = r
  content {
    role_id = r.value.id
  }
}
