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
                    fix: Self.fix(item.name, suggestions: suggestions, client: entry, graph))
            }
        }
    }

    /// The change `lint --fix` makes, said the same way: drop the scope when one it resembles
    /// is requested already (and none is to be added); else replace it with the one close
    /// scope, or with the one close scope the least addition for the client's unmet calls
    /// holds; with several, the choice is the user's.
    static func fix(_ name: String, suggestions: [String], client: GraphClient, _ graph: RequirementGraph) -> String? {
        let grant = client.grant
        let held = Set(grant.scopes)
        let unmet = client.calls.flatMap(\.governing).map(\.requirement).filter {
            !AccessCheck.check(grant, $0).missingScopeAlternatives.isEmpty
        }
        let additions = Set(ScopeCover.minimum(unmet, held: held).items)
        let needed = suggestions.filter(additions.contains)
        if needed.isEmpty, let present = suggestions.first(where: held.contains) {
            return "remove \"\(name)\": \"\(present)\", which it resembles, is requested already"
        }
        if let only = suggestions.count == 1 ? suggestions.first : needed.count == 1 ? needed.first : nil {
            return "replace \"\(name)\" with \"\(only)\""
        }
        guard !suggestions.isEmpty else { return nil }
        return
            "replace \"\(name)\" with one of \(suggestions.map { "\"\($0)\"" }.joined(separator: ", ")) (choose by hand)"
    }
}
