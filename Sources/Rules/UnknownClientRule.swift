import Core
import Graph

/// `unknown-client`: a policy `client` block selects no OAuth client of the analysed modules.
public struct UnknownClientRule: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "unknown-client",
        summary: "A policy client block names an OAuth client that is not in the configuration.",
        defaultSeverity: .warning,
        explanation: """
            A client block selects a genesyscloud_oauth_client by its Terraform address or its \
            name. When no analysed module has such a client — a typo, a renamed or moved resource, \
            a module path left out — the calls the block declares are checked against nothing, so \
            missing scopes or permissions of the real client go unreported. Correct the label or \
            name to the client the message suggests, or remove the block.
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
