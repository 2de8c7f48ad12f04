# The published Genesys-shaped spec with the partner overlay applied.
spec     = "../spec/genesys-platform-sample.json"
overlays = ["partner.hcl"]
policies = ["policy.hcl"]
