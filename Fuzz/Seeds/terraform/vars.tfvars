scopes = ["analytics:view", "routing"]
secret = "s"
names = { x = "1" }
