# scopecheck configuration for this sample: the API spec in force and the policy saying what the
# pipeline's client holds. Paths are relative to this file.
spec     = "../spec/genesys-platform-sample.json"
policies = ["policy.hcl"]
