# Committed with the repository: the secret itself comes from the environment.
oauthclient_secret = "<client secret>"
