# The same checks against the published Genesys-shaped spec alone (no overlay).
spec     = "../spec/genesys-platform-sample.json"
policies = ["policy.hcl"]
