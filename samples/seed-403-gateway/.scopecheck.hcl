# The specs in force: the published platform spec for calls without a host, and the same spec
# bound to the gateway host with the gateway's overlay for calls through api.eu-gene.com.
spec = [
  "../spec/genesys-platform-sample.json",
  "api.eu-gene.com=../spec/genesys-platform-sample.json",
]
overlays = ["gateway.hcl"]
policies = ["policy.hcl"]
