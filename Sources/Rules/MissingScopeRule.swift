import Graph

/// `missing-scope`: a client lacks every scope a declared call accepts (user grants; every grant
/// behind a gateway that checks scopes).
public struct MissingScopeRule: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "missing-scope",
        summary: "A declared call needs a scope the client does not request.",
        defaultSeverity: .error,
        explanation: """
            Tokens of CODE, TOKEN, SAML2-BEARER and PASSWORD clients carry the client's scopes. An \
            endpoint accepts a token only when it carries one of the endpoint's scopes, so a call \
            the policy declares fails with 403 until the client requests one of them. The fix names \
            the least-privilege choice (a :readonly scope when it is enough). Behind a gateway \
            that checks every token's scopes (a spec bound to the gateway's host, or a spec read \
            with standard OAuth semantics), client-credentials clients need the scopes too.
            """)

    public let examples: [RuleExample] = [
        .triggering(
            """
            resource "genesyscloud_oauth_client" "dashboard" {
              name                  = "Dashboard"
              authorized_grant_type = "CODE"
              scopes                = ["users:readonly"]
            }
            """,
            policy: """
                client "genesyscloud_oauth_client.dashboard" {
                  calls = ["POST /api/v2/analytics/queues/observations/query"]
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
        var findings: [Finding] = []
        for entry in graph.clients {
            guard entry.client.knownGrantType != nil else { continue }
            let grant = entry.grant
            let range = entry.client.scopes?.range ?? entry.client.instance.labelRange
            for call in entry.calls {
                for governing in call.governing {
                    let result = AccessCheck.check(grant, governing.requirement)
                    guard let best = result.suggestedScopes else { continue }
                    let needed = RequirementWording.scopes(result.missingScopeAlternatives)
                    findings.append(
                        finding(
                            "\(governing.operation.reference) (\(call.call.provenance.description)) needs a token with \(needed)"
                                + "\(graph.specs.provenance(governing)), which \(entry.client.address) does not request: "
                                + "the call fails with 403 until it does",
                            at: range, address: entry.client.address,
                            fix: "add \(best.map { "\"\($0)\"" }.joined(separator: " and ")) to scopes",
                            related: [declaration(of: call)]))
                }
            }
        }
        return findings
    }
}
