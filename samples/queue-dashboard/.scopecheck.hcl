# scopecheck configuration for this sample: which API spec is in force and which policy
# declares what each client calls. Paths are relative to this file.
spec     = "../spec/genesys-platform-sample.json"
policies = ["policy.hcl"]
