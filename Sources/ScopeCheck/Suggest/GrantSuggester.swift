/// Why no grant can be suggested for a client.
public struct SuggestError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

/// Computes the least-privilege grant of a client from the calls its policy declares, against
/// the specs in force of a lint context.
public enum GrantSuggester {
    /// The suggestion for `entry`. Throws when the policy declares no calls for the client or its
    /// grant type is neither valid nor an obvious misspelling of one.
    public static func suggest(for entry: ClientUnderPolicy, in context: LintContext) throws(SuggestError)
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
        let grantType = try grantType(of: entry)
        let calls = entry.calls.map { call in
            switch context.resolutions[call.text] {
            case .governed(let operations):
                GrantSuggestion.Call(call: call, operations: operations, suggestions: [])
            case .unknown(let suggestions):
                GrantSuggestion.Call(call: call, operations: [], suggestions: suggestions)
            case nil:
                GrantSuggestion.Call(call: call, operations: [], suggestions: [])
            }
        }
        let requirements = calls.flatMap(\.operations).map { EndpointRequirement($0.operation) }
        let grant: GrantSuggestion.Grant
        let proven: Bool
        if grantType.actsAsClient {
            let result = PermissionCover.minimum(requirements)
            grant = .permissions(result)
            proven = result.isProvenMinimal
        } else {
            let solution = ScopeCover.minimum(requirements)
            grant = .scopes(solution.items)
            proven = solution.isProvenMinimal
        }
        let roleName = proposedRoleName(for: entry)
        return GrantSuggestion(
            client: address, grantType: grantType, grant: grant, calls: calls,
            reasons: reasons(for: grant, calls: calls, context: context),
            uncovered: uncovered(calls, context: context), isProvenMinimal: proven,
            currentScopes: entry.client.scopeItems.known.map(\.name),
            roleName: roleName,
            roleDisplayName: "\(entry.client.name ?? entry.client.instance.name) (least privilege)")
    }

    /// The configured grant type, or the one a misspelt value certainly means.
    private static func grantType(of entry: ClientUnderPolicy) throws(SuggestError) -> GrantType {
        if let known = entry.client.knownGrantType { return known }
        let value = entry.client.grantType?.value.stringValue
        if let value, let corrected = GrantType.correcting(value) { return corrected }
        let valid = GrantType.allCases.map(\.rawValue).joined(separator: ", ")
        let what = value.map { "authorized_grant_type \"\($0)\" is not valid" } ?? "authorized_grant_type is not known"
        throw SuggestError(
            "\(entry.client.address): \(what), so it is unclear whether scopes or roles limit its tokens (valid: \(valid))"
        )
    }

    /// Each item of the grant with the calls that need it: for scopes, the calls with an
    /// alternative made of chosen scopes that includes the scope; for permissions, the calls
    /// whose ANY list includes it or whose ALL list forces it.
    static func reasons(for grant: GrantSuggestion.Grant, calls: [GrantSuggestion.Call], context: LintContext)
        -> [GrantSuggestion.Reason]
    {
        let items: [String]
        switch grant {
        case .scopes(let scopes): items = scopes
        case .permissions(let result): items = result.permissions
        }
        let chosen = Set(items)
        var needs: [String: [GrantSuggestion.Need]] = [:]
        for call in calls {
            for governing in call.operations {
                let requirement = EndpointRequirement(governing.operation)
                let needed: [String]
                switch grant {
                case .scopes:
                    needed = requirement.scopeAlternatives.filter { $0.allSatisfy(chosen.contains) }.flatMap { $0 }
                case .permissions:
                    needed = requirement.permissions.filter(chosen.contains)
                }
                let need = GrantSuggestion.Need(
                    call: call.call, operation: governing.operation,
                    specAttribution: context.specs.attribution(governing.spec.spec))
                for item in Set(needed) { needs[item, default: []].append(need) }
            }
        }
        return items.map { GrantSuggestion.Reason(item: $0, needs: needs[$0] ?? []) }
    }

    /// The calls the grant leaves uncallable.
    private static func uncovered(_ calls: [GrantSuggestion.Call], context: LintContext) -> [GrantSuggestion.Uncovered]
    {
        calls.flatMap { call -> [GrantSuggestion.Uncovered] in
            guard !call.operations.isEmpty else {
                let names = call.suggestions.prefix(3).map(\.reference)
                let hint = names.isEmpty ? "" : "; did you mean: \(names.joined(separator: "; "))"
                return [
                    GrantSuggestion.Uncovered(
                        call: call.call,
                        reason: "not an operation of the API spec in force (\(context.specs.names))\(hint)")
                ]
            }
            return call.operations.filter { $0.operation.scopeRequirement.kind == .otherSchemesOnly }.map {
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
    private static func proposedRoleName(for entry: ClientUnderPolicy) -> String {
        let name = entry.client.instance.name
        let taken = entry.module.roles.contains { role in
            role.instance.mode == .managed && role.instance.name == name
                && role.instance.moduleNames == entry.client.instance.moduleNames
        }
        return taken ? "\(name)_least_privilege" : name
    }
}
