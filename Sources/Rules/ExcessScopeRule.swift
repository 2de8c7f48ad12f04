import Core
import Graph
import Spec

/// `excess-scope`: a user-grant client requests a scope none of its declared calls needs, or a
/// write scope where the read-only one covers every declared call.
public struct ExcessScopeRule: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "excess-scope",
        summary: "A user-grant client requests a scope none of its declared calls needs.",
        defaultSeverity: .warning,
        explanation: """
            A token carries every scope of its client, so a leaked or misused token can do all \
            they allow. When a policy declares the client's calls, every scope none of them \
            accepts is access the application does not use, and a write scope (routing) whose \
            read-only sibling (routing:readonly) is accepted by every call that accepts it grants \
            writes nobody makes. Nothing fails at run time: this is least privilege. Remove the \
            scope, or replace it with the read-only one. The rule stays silent for clients \
            without a policy and while any of their calls is not in the spec.
            """)

    public let examples: [RuleExample] = [
        .triggering(
            """
            resource "genesyscloud_oauth_client" "dashboard" {
              name                  = "Dashboard"
              authorized_grant_type = "CODE"
              scopes                = ["analytics", "users:readonly"]
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
        .passing(
            """
            # No policy declares what this client calls, so no scope is known to be excess.
            resource "genesyscloud_oauth_client" "dashboard" {
              name                  = "Dashboard"
              authorized_grant_type = "CODE"
              scopes                = ["analytics", "users:readonly"]
            }
            """),
    ]

    public func check(_ graph: RequirementGraph) -> [Finding] {
        graph.clients.flatMap { entry -> [Finding] in
            guard let declaration = entry.policies.first, let grantType = entry.client.knownGrantType,
                !grantType.actsAsClient
            else { return [] }
            var operations: [APIOperation] = []
            for call in entry.calls {
                guard case .governed(let governing) = call.resolution else { return [] }
                operations += governing.map(\.operation)
            }
            let requested = entry.client.scopeItems.known
            let held = Set(requested.map(\.name))
            var reported = Set<String>()
            return requested.compactMap { item in
                guard graph.specs.isKnownScope(item.name), reported.insert(item.name).inserted else { return nil }
                switch ScopeNarrowing.verdict(for: item.name, operations: operations, specs: graph.specs) {
                case .keep: return nil
                case .remove: return unneeded(item, entry, declaredAt: declaration.selectorRange)
                case .narrow(let readOnly):
                    let accepting = operations.filter { $0.scopeRequirement.acceptedScopes.contains(item.name) }
                    return narrowed(item, to: readOnly, accepting: accepting, held: held, entry)
                }
            }
        }
    }

    /// A scope no declared call accepts.
    private func unneeded(_ item: ScopeItem, _ entry: GraphClient, declaredAt selector: SourceRange) -> Finding {
        let client = "\(entry.client.address) (\(selector.description))"
        let callCount = entry.calls.count
        let calls =
            switch callCount {
            case 0: "the policy declares no calls for \(client)"
            case 1: "the one call the policy declares for \(client) does not accept it"
            default: "none of the \(callCount) calls the policy declares for \(client) accepts it"
            }
        return finding(
            "scope \"\(item.name)\"\(item.viaText) is not needed: \(calls), so its tokens carry access the application does not use",
            at: item.range, address: entry.client.address, fix: "remove \"\(item.name)\" from scopes")
    }

    /// A write scope whose read-only sibling every accepting call also accepts.
    private func narrowed(
        _ item: ScopeItem, to readOnly: String, accepting: [APIOperation], held: Set<String>, _ entry: GraphClient
    ) -> Finding {
        var seen = Set<String>()
        let calls = accepting.map(\.reference).filter { seen.insert($0).inserted }.joined(separator: ", ")
        let alreadyHeld = held.contains(readOnly)
        return finding(
            "scope \"\(item.name)\"\(item.viaText) allows writes, but every declared call that accepts it (\(calls)) also accepts "
                + "\"\(readOnly)\"\(alreadyHeld ? ", which \(entry.client.address) already requests" : ""): "
                + "its tokens can change what the application only reads",
            at: item.range, address: entry.client.address,
            fix: alreadyHeld ? "remove \"\(item.name)\" from scopes" : "replace \"\(item.name)\" with \"\(readOnly)\"")
    }
}
