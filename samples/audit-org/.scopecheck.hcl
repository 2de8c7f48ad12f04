# scopecheck configuration for this sample: the API spec in force. Paths are relative to this file.
spec = "../spec/genesys-platform-sample.json"
