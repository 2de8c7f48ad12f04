# Checked against the Genesys-shaped sample spec (the published API).
spec     = "../spec/genesys-platform-sample.json"
policies = ["policy.hcl"]
