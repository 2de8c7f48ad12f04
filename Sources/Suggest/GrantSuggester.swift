import Genesys
import Graph
import Policy
import Syntax

/// Why no grant can be suggested for a client.
public struct SuggestError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

/// Computes the least-privilege grant of a client from its calls (declared in a policy, derived
/// from data actions, observed in usage), against the specs in force of the requirement graph.
public enum GrantSuggester {
    /// The suggestion for `entry`. Throws when the policy declares no calls for the client or its
    /// grant type is neither valid nor an obvious misspelling of one.
    public static func suggest(for entry: GraphClient, in graph: RequirementGraph) throws(SuggestError)
        -> GrantSuggestion
    {
        let address = entry.client.address
        guard !entry.calls.isEmpty else {
            let why =
                entry.policies.isEmpty
                ? "no policy declares calls for \(address)"
                : "the policy blocks for \(address) (\(entry.policies.map(\.range.description).joined(separator: ", "))) declare no calls"
            throw SuggestError(
                "\(why): add client \"\(address)\" { calls = [\"METHOD /api/v2/...\"] } to a policy file "
                    + "(or run scopecheck discover on the application's source to find them)")
        }
        return suggest(
            client: address, grantType: try grantType(of: entry), calls: entry.calls, callOrigin: .declared,
            currentScopes: entry.client.scopeItems.known.map(\.name), roleName: proposedRoleName(for: entry),
            roleDisplayName: "\(entry.client.name ?? entry.client.instance.name) (least privilege)", in: graph)
    }

    /// The suggestion for a client of the org's API answers (`--org`), from the calls its data
    /// actions and its observed usage make. Throws when no call of the client is known or its
    /// grant type is not one the API knows.
    public static func suggest(for entry: OrgGraphClient, in graph: RequirementGraph) throws(SuggestError)
        -> GrantSuggestion
    {
        let label = entry.client.label
        guard !entry.calls.isEmpty else {
            let query = "POST /api/v2/oauth/clients/\(entry.client.id)/usage/query"
            let usage =
                graph.usage.rows.isEmpty
                ? "give --usage with its usage query results (\(query))"
                : "the usage results given hold no row of it (query its own: \(query))"
            throw SuggestError(
                "scopecheck knows no call of \(label): \(usage), or save the data actions its integrations run")
        }
        guard let grantType = entry.grant.grantType else {
            let valid = GrantType.allCases.map(\.rawValue).joined(separator: ", ")
            throw SuggestError(
                "\(label): authorizedGrantType \(entry.client.grantType.map { "\"\($0)\"" } ?? "is missing and") is not one of \(valid)"
            )
        }
        return suggest(
            client: label, grantType: grantType, calls: entry.calls, callOrigin: .observed,
            currentScopes: entry.client.scopes.filter(graph.specs.isKnownScope),
            roleName: HCLQuoting.resourceName(entry.client.name?.lowercased() ?? entry.client.id, prefix: "client_"),
            roleDisplayName: "\(entry.client.name ?? entry.client.id) (least privilege)", in: graph)
    }

    /// The smallest grant of `grantType` for `calls`.
    private static func suggest(
        client address: String, grantType: GrantType, calls resolved: [ResolvedCall],
        callOrigin: GrantSuggestion.CallOrigin, currentScopes: [String], roleName: String, roleDisplayName: String,
        in graph: RequirementGraph
    ) -> GrantSuggestion {
        let calls = resolved.map { resolve($0, in: graph) }
        let governed = calls.flatMap { call in call.operations.map { (call: call.call, governing: $0) } }
        let scopeNeeds = governed.filter { need in
            !grantType.actsAsClient || need.governing.requirement.scopesApplyToEveryGrant
        }
        var scopes: MinimumCover.Solution?
        if !grantType.actsAsClient
            || scopeNeeds.contains(where: { !$0.governing.requirement.scopeAlternatives.isEmpty })
        {
            scopes = ScopeCover.minimum(scopeNeeds.map(\.governing.requirement))
        }
        let permissions = grantType.actsAsClient ? PermissionCover.minimum(governed.map(\.governing.requirement)) : nil
        let chosenScopes = Set(scopes?.items ?? [])
        let chosenPermissions = Set(permissions?.permissions ?? [])
        let scopeReasons = reasons(for: scopes?.items ?? [], areScopes: true, needs: scopeNeeds, graph: graph) {
            requirement in
            requirement.scopeAlternatives.filter { $0.allSatisfy(chosenScopes.contains) }.flatMap { $0 }
        }
        let permissionReasons = reasons(
            for: permissions?.permissions ?? [], areScopes: false, needs: governed, graph: graph
        ) {
            $0.permissions.filter(chosenPermissions.contains)
        }
        return GrantSuggestion(
            client: address, grantType: grantType, scopes: scopes?.items, permissions: permissions, calls: calls,
            reasons: scopeReasons + permissionReasons, uncovered: uncovered(calls),
            isProvenMinimal: (scopes?.isProvenMinimal ?? true) && (permissions?.isProvenMinimal ?? true),
            currentScopes: currentScopes, roleName: roleName, roleDisplayName: roleDisplayName, callOrigin: callOrigin)
    }

    /// The configured grant type, or the one a misspelt value certainly means.
    private static func grantType(of entry: GraphClient) throws(SuggestError) -> GrantType {
        if let known = entry.client.knownGrantType { return known }
        let value = entry.client.grantType?.value.stringValue
        if let value, let corrected = GrantType.correcting(value) { return corrected }
        let valid = GrantType.allCases.map(\.rawValue).joined(separator: ", ")
        let what = value.map { "authorized_grant_type \"\($0)\" is not valid" } ?? "authorized_grant_type is not known"
        throw SuggestError(
            "\(entry.client.address): \(what), so it is unclear whether scopes or roles limit its tokens (valid: \(valid))"
        )
    }

    /// A declared call with the operations governing it, or why there are none.
    private static func resolve(_ call: ResolvedCall, in graph: RequirementGraph) -> GrantSuggestion.Call {
        switch call.resolution {
        case .governed(let operations):
            return GrantSuggestion.Call(call: call.call, operations: operations, unresolved: nil)
        case .unknown(let suggestions):
            let names = suggestions.prefix(3).map(\.reference)
            let hint = names.isEmpty ? "" : "; did you mean: \(names.joined(separator: "; "))"
            return GrantSuggestion.Call(
                call: call.call, operations: [],
                unresolved: "not an operation of the API spec in force (\(graph.specs.names))\(hint)")
        case .uncoveredHost(let host, let knownHosts):
            let known = knownHosts.isEmpty ? "" : " (they cover \(knownHosts.joined(separator: ", ")))"
            return GrantSuggestion.Call(
                call: call.call, operations: [], unresolved: "no spec in force covers the host \(host)\(known)")
        }
    }

    /// Each item with the needs whose requirement it serves (`served` gives the items).
    private static func reasons(
        for items: [String], areScopes: Bool, needs: [(call: DeclaredCall, governing: GoverningOperation)],
        graph: RequirementGraph,
        served: (EndpointRequirement) -> [String]
    ) -> [GrantSuggestion.Reason] {
        var byItem: [String: [GrantSuggestion.Need]] = [:]
        for need in needs {
            let entry = GrantSuggestion.Need(
                call: need.call, governing: need.governing, provenance: graph.specs.provenance(need.governing))
            for item in Set(served(need.governing.requirement)) { byItem[item, default: []].append(entry) }
        }
        return items.map { GrantSuggestion.Reason(item: $0, isScope: areScopes, needs: byItem[$0] ?? []) }
    }

    /// The calls the grant leaves uncallable.
    private static func uncovered(_ calls: [GrantSuggestion.Call]) -> [GrantSuggestion.Uncovered] {
        calls.flatMap { call -> [GrantSuggestion.Uncovered] in
            if let reason = call.unresolved { return [GrantSuggestion.Uncovered(call: call.call, reason: reason)] }
            return call.operations.filter { !$0.requirement.acceptsOAuth }.map {
                GrantSuggestion.Uncovered(
                    call: call.call,
                    reason:
                        "\($0.operation.reference) does not accept OAuth tokens (it takes \($0.operation.otherSchemes.joined(separator: ", ")))"
                )
            }
        }
    }

    /// The client's resource name, or `<name>_least_privilege` when a role of the client's
    /// module already has that name.
    private static func proposedRoleName(for entry: GraphClient) -> String {
        let name = entry.client.instance.name
        let taken = entry.module.roles.contains { role in
            role.instance.mode == .managed && role.instance.name == name
                && role.instance.moduleNames == entry.client.instance.moduleNames
        }
        return taken ? "\(name)_least_privilege" : name
    }
}
