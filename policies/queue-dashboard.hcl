# Policy for the queue dashboard in samples/queue-dashboard: which API calls each of its two
# OAuth clients makes. scopecheck compares these calls with the clients' Terraform
# configuration and the API spec: a call the client can't make is an error, a scope or role
# permission no call needs is reported as excess.
#
# Copy this file next to your Terraform, rename the clients and list your own calls.
# Every value here must be written out literally: no variables, functions or ${} interpolation.

# The browser app. It signs supervisors in with the authorization code grant, so its tokens
# act as the signed-in user: they need one of each call's scopes, and the user needs the
# call's permissions.
client "genesyscloud_oauth_client.queue_dashboard" {
  calls = [
    # A method and a path, as in the API reference.
    "POST /api/v2/analytics/queues/observations/query",
    # An operationId (or an SDK method name such as get_routing_queues) works as well.
    "getRoutingQueues",
    # A concrete URL is matched to its path template (/api/v2/routing/queues/{queueId}); the
    # host says which region's gateway answers.
    "GET https://api.mypurecloud.ie/api/v2/routing/queues/0c5e9c3a-5a1f-4b7e-9d1b-1e2f3a4b5c6d",
  ]

  # Optional, for user grants: the roles the signed-in users hold, as Terraform addresses of
  # genesyscloud_auth_role resources or data sources. With it scopecheck can also tell whether
  # the users may call each endpoint. Uncomment and point it at your own role:
  # user_roles = ["data.genesyscloud_auth_role.supervisor"]
}

# The back-end poller. It uses the client credentials grant, so its tokens act as the client
# itself: what counts are the permissions of the roles assigned to it, not scopes.
# This block finds the client by its name attribute instead of its address, which suits clients
# created by a module you don't control.
client {
  name = "Queue Dashboard poller"
  calls = [
    "POST /api/v2/analytics/queues/observations/query",
    "GET /api/v2/routing/queues",
  ]
}
