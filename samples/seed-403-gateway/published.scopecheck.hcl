# The same checks against the published Genesys-shaped spec alone (no gateway, no overlay).
spec     = "../spec/genesys-platform-sample.json"
policies = ["policy.hcl"]
