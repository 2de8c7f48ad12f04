import Graph

/// `unknown-scope`: a client requests a scope that no API spec in force defines.
public struct UnknownScopeRule: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "unknown-scope",
        summary: "A client requests a scope the API spec does not define.",
        defaultSeverity: .error,
        explanation: """
            Scope names come from the spec's OAuth security definitions. A name that is not there \
            (often invented by a forum answer, such as analytics:view or report:execute) is rejected \
            by the OAuth API when the client is created or a token is requested, and never grants \
            access. Replace it with the real scope the message suggests.
            """)

    public let examples: [RuleExample] = [
        .triggering(
            """
            resource "genesyscloud_oauth_client" "dashboard" {
              name                  = "Dashboard"
              authorized_grant_type = "CODE"
              scopes                = ["analytics:view"]
            }
            """),
        .passing(
            """
            resource "genesyscloud_oauth_client" "dashboard" {
              name                  = "Dashboard"
              authorized_grant_type = "CODE"
              scopes                = ["analytics:readonly"]
            }
            """),
    ]

    public func check(_ graph: RequirementGraph) -> [Finding] {
        graph.clients.flatMap { entry in
            entry.client.scopeItems.known.filter { !graph.specs.isKnownScope($0.name) }.map { item in
                let suggestions = graph.specs.scopeSuggestions(for: item.name)
                let hint = suggestions.isEmpty ? "" : "; did you mean \(suggestions.joined(separator: ", "))?"
                return finding(
                    "scope \"\(item.name)\"\(item.viaText) is not defined by the API spec in force (\(graph.specs.names)): "
                        + "the OAuth API rejects it and it grants nothing\(hint)",
                    at: item.range, address: entry.client.address,
                    fix: suggestions.first.map { "replace \"\(item.name)\" with \"\($0)\"" })
            }
        }
    }
}
