# scopecheck configuration for this sample: the API spec in force. No policy: the calls come
# from the data actions themselves. Paths are relative to this file.
spec = "../spec/genesys-platform-sample.json"
