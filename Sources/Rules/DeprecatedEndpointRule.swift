import Graph

/// `deprecated-endpoint`: a policy declares a call to an operation the spec marks deprecated.
public struct DeprecatedEndpointRule: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "deprecated-endpoint",
        summary: "A policy call names an operation the API spec marks deprecated.",
        defaultSeverity: .warning,
        explanation: """
            Deprecated operations (deprecated: true in the spec) still answer today but are \
            scheduled for removal; once removed, the call fails with 404 and the integration \
            breaks without any change on your side. Move the integration to the operation that \
            replaces it (the API documentation of the deprecated operation names it) and update \
            the policy's calls.
            """)

    public let examples: [RuleExample] = [
        .triggering(
            """
            resource "genesyscloud_oauth_client" "wallboard" {
              name                  = "Wallboard"
              authorized_grant_type = "CODE"
              scopes                = ["routing:readonly"]
            }
            """,
            policy: """
                client "genesyscloud_oauth_client.wallboard" {
                  calls = ["GET /api/v2/routing/queues/{queueId}/users"]
                }
                """),
        .passing(
            """
            resource "genesyscloud_oauth_client" "wallboard" {
              name                  = "Wallboard"
              authorized_grant_type = "CODE"
              scopes                = ["routing:readonly"]
            }
            """,
            policy: """
                client "genesyscloud_oauth_client.wallboard" {
                  calls = ["GET /api/v2/routing/queues/{queueId}/members"]
                }
                """),
    ]

    public func check(_ graph: RequirementGraph) -> [Finding] {
        graph.calls.flatMap { call in
            call.governing.filter(\.operation.deprecated).map { governing in
                finding(
                    "\(governing.operation.label) is deprecated in the API spec in force"
                        + "\(graph.specs.provenance(governing)): it still answers, but once it is "
                        + "removed the call fails with 404; move to the operation that replaces it",
                    at: call.range, address: call.call.caller.description)
            }
        }
    }
}
