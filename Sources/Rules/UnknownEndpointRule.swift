import Graph

/// `unknown-endpoint`: a declared call that no spec in force knows.
public struct UnknownEndpointRule: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "unknown-endpoint",
        summary: "A policy call names an operation that is not in the API spec.",
        defaultSeverity: .error,
        explanation: """
            Calls are checked against the operations of the spec in force. A call that matches none \
            — a path from outdated documentation, a typo, an invented endpoint — cannot be checked \
            and will 404 at run time. The message lists the nearest real operations.
            """)

    public let examples: [RuleExample] = [
        .triggering(
            """
            resource "genesyscloud_oauth_client" "dashboard" {
              name                  = "Dashboard"
              authorized_grant_type = "CODE"
              scopes                = ["analytics:readonly"]
            }
            """,
            policy: """
                client "genesyscloud_oauth_client.dashboard" {
                  calls = ["POST /api/v2/analytics/report/queue/summary"]
                }
                """),
        .passing(
            """
            resource "genesyscloud_oauth_client" "dashboard" {
              name                  = "Dashboard"
              authorized_grant_type = "CODE"
              scopes                = ["analytics:readonly"]
            }
            """,
            policy: """
                client "genesyscloud_oauth_client.dashboard" {
                  calls = ["POST /api/v2/analytics/queues/observations/query"]
                }
                """),
    ]

    public func check(_ graph: RequirementGraph) -> [Finding] {
        graph.calls.compactMap { call -> Finding? in
            guard case .unknown(let suggestions) = call.resolution else { return nil }
            let names = suggestions.prefix(5).map(\.reference)
            let hint = names.isEmpty ? "" : "; did you mean: \(names.joined(separator: "; "))"
            return finding(
                "\"\(call.text)\" is not an operation of the API spec in force (\(graph.specs.names))\(hint)",
                at: call.range, address: call.call.caller.description,
                fix: names.count == 1 ? "use \"\(names[0])\"" : nil)
        }
    }
}
