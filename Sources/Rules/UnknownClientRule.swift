import Core
import Graph

/// `unknown-client`: a policy `client` block selects no OAuth client of the analysed modules, or
/// an `integration` block no integration whose client is outside the configuration.
public struct UnknownClientRule: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "unknown-client",
        summary: "A policy client or integration block names a client or integration that is not in the configuration.",
        defaultSeverity: .warning,
        explanation: """
            A client block selects a genesyscloud_oauth_client by its Terraform address or its \
            name. When no analysed module has such a client — a typo, a renamed or moved resource, \
            a module path left out — the calls the block declares are checked against nothing, so \
            missing scopes or permissions of the real client go unreported. Correct the label or \
            name to the client the message suggests, or remove the block. An integration block \
            says what the OAuth client of an integration holds when that client is not in the \
            configuration; one that names no such integration (a typo, or an integration whose \
            client is in the configuration, whose roles are checked instead) is reported the same \
            way.
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
                client "genesyscloud_oauth_client.dashbaord" {
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
                client {
                  name  = "Dashboard"
                  calls = ["POST /api/v2/analytics/queues/observations/query"]
                }
                """),
    ]

    public func check(_ graph: RequirementGraph) -> [Finding] {
        unknownClients(graph) + unknownIntegrations(graph)
    }

    /// Integration blocks that select no integration whose client is outside the configuration.
    private func unknownIntegrations(_ graph: RequirementGraph) -> [Finding] {
        let external = Self.unique(graph.externalClients.map(\.integration.key))
        var clientOfIntegration: [String: String] = [:]
        for client in graph.clients {
            for integration in client.calls.compactMap(\.call.provenance.integration) {
                clientOfIntegration[integration] = clientOfIntegration[integration] ?? client.client.address
            }
        }
        return graph.policy.integrations.compactMap { block in
            guard !external.contains(block.selector) else { return nil }
            if let client = clientOfIntegration[block.selector] {
                return finding(
                    "the OAuth client of \(block.selector) is \(client), in this configuration: its roles are "
                        + "checked, and this block is not used",
                    at: block.selectorRange, address: block.selector, fix: "remove this integration block")
            }
            let suggestion = ClosestName.to(block.selector, among: external)
            let known =
                external.isEmpty
                ? "no data action of the analysed modules runs with a client outside the configuration"
                : suggestion.map { "did you mean \"\($0)\"?" }
                    ?? "they are \(external.prefix(10).joined(separator: ", "))"
                    + (external.count > 10 ? " and \(external.count - 10) more" : "")
            return finding(
                "no integration of the analysed modules whose data actions run with a client outside the "
                    + "configuration is \(block.selector): this block checks nothing; \(known)",
                at: block.selectorRange, address: block.selector,
                fix: suggestion.map { "replace \"\(block.selector)\" with \"\($0)\"" })
        }
    }

    /// Client blocks that select no client.
    private func unknownClients(_ graph: RequirementGraph) -> [Finding] {
        let clients = graph.modules.flatMap(\.clients)
        return graph.policy.clients.compactMap { declaration in
            guard !clients.contains(where: { RequirementGraph.selects(.client(declaration.selector), $0) }) else {
                return nil
            }
            let (kind, written, candidates): (String, String, [String]) =
                switch declaration.selector {
                case .address(let address):
                    ("address", address, Self.unique(clients.flatMap { [$0.instance.resourceAddress, $0.address] }))
                case .name(let name): ("name", name, Self.unique(clients.compactMap(\.name)))
                }
            let suggestion = Self.suggestion(for: written, among: candidates)
            let known =
                candidates.isEmpty
                ? "the analysed modules have no genesyscloud_oauth_client"
                : suggestion.map { "did you mean \"\($0)\"?" }
                    ?? "the clients are \(candidates.prefix(10).joined(separator: ", "))"
                    + (candidates.count > 10 ? " and \(candidates.count - 10) more" : "")
            return finding(
                "no genesyscloud_oauth_client of the analysed modules has the \(kind) \(declaration.selector.description): "
                    + "the calls this block declares are not checked against any client; \(known)",
                at: declaration.selectorRange, address: declaration.selector.description,
                fix: suggestion.map { "replace \"\(written)\" with \"\($0)\"" })
        }
    }

    /// A client address ending in the written one (the module path left out), else the nearest
    /// by edit distance.
    private static func suggestion(for written: String, among candidates: [String]) -> String? {
        candidates.first { $0.hasSuffix("." + written) } ?? ClosestName.to(written, among: candidates)
    }

    private static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
