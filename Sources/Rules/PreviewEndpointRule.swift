import Graph

/// `preview-endpoint`: a policy declares a call to a preview (unstable) operation.
public struct PreviewEndpointRule: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "preview-endpoint",
        summary: "A policy call names a preview operation of the API spec.",
        defaultSeverity: .note,
        explanation: """
            Preview operations (x-genesys-preview: true in the spec) are not covered by the API's \
            stability promise: their requests, responses, scopes and permissions can change or the \
            operation can disappear without notice, and the call then starts failing with 400, \
            403 or 404. Keep preview calls out of production integrations, or accept the risk \
            consciously with a suppression.
            """)

    public let examples: [RuleExample] = [
        .triggering(
            """
            resource "genesyscloud_oauth_client" "export" {
              name                  = "Export"
              authorized_grant_type = "CODE"
              scopes                = ["analytics"]
            }
            """,
            policy: """
                client "genesyscloud_oauth_client.export" {
                  calls = ["POST /api/v2/analytics/users/aggregates/jobs"]
                }
                """),
        .passing(
            """
            resource "genesyscloud_oauth_client" "export" {
              name                  = "Export"
              authorized_grant_type = "CODE"
              scopes                = ["analytics:readonly"]
            }
            """,
            policy: """
                client "genesyscloud_oauth_client.export" {
                  calls = ["POST /api/v2/analytics/users/aggregates/query"]
                }
                """),
    ]

    public func check(_ graph: RequirementGraph) -> [Finding] {
        graph.calls.flatMap { call in
            call.governing.filter(\.operation.preview).map { governing in
                finding(
                    "\(governing.operation.label) is a preview operation in the API spec in force"
                        + "\(graph.specs.provenance(governing)): it can change or disappear "
                        + "without notice, and the call then fails (400, 403 or 404)",
                    at: call.range, address: call.call.caller.description)
            }
        }
    }
}
