import Graph

/// `unknown-endpoint`: a call (declared by a policy, or a data action's request) that no spec in
/// force knows.
public struct UnknownEndpointRule: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "unknown-endpoint",
        summary: "A call names an operation that is not in the API spec.",
        defaultSeverity: .error,
        explanation: """
            Calls — those a policy declares and the requests of data actions — are checked against \
            the operations of the spec in force. A call that matches none — a path from outdated \
            documentation, a typo, an invented endpoint, a data action of a Genesys Cloud \
            integration that requests another service — cannot be checked and will fail at run \
            time. The message lists the nearest real operations. A call to a host that no spec \
            covers (every spec is bound to other hosts) is a note: it is not checked until a spec \
            is bound to that host.
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
            if case .uncoveredHost(let host, let knownHosts) = call.resolution {
                var uncovered = finding(
                    "\"\(call.text)\" goes to \(host), which no spec in force covers (they cover "
                        + "\(knownHosts.joined(separator: ", "))): it is not checked",
                    at: call.range, address: call.call.caller.description,
                    fix: "bind a spec to the host: --spec \(host)=FILE, or spec = [\"\(host)=FILE\"] in .scopecheck.hcl"
                )
                uncovered.severity = .note
                return uncovered
            }
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
