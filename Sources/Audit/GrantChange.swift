import Genesys
import Graph

/// The least change to a client's grant for its calls: the scopes and permissions to add so
/// every call is allowed (the minimal covers of the requirements not met today), and the scopes
/// and permission policies (the roles' `excessPolicies`) no call needs, and the policies that
/// grant more than the calls need narrowed to what they do (the roles' `narrowedPolicies`).
enum GrantChange {
    static func least(
        for calls: [ResolvedCall], grant: ClientGrant, roles: [ClientAudit.Role], scopesIgnored: Bool
    ) -> ClientAudit.Change {
        let requirements = calls.flatMap(\.governing).map(\.requirement)
        var change = ClientAudit.Change(
            addScopes: [], removeScopes: [], addPermissions: [], removePolicies: [], narrowPolicies: [], caveats: [])
        let actsAsClient = grant.grantType?.actsAsClient == true
        guard !calls.isEmpty else {
            change.caveats.append("no call of the client is known, so no change is proposed")
            return change
        }
        guard grant.grantType != nil else {
            change.caveats.append("the grant type is missing or invalid: whether scopes or roles count is unknown")
            return change
        }
        let scopeNeeds = requirements.filter { !actsAsClient || $0.scopesApplyToEveryGrant }
        if !scopesIgnored || scopeNeeds.contains(where: { !$0.scopeAlternatives.isEmpty }) {
            let held = Set(grant.scopes)
            let unmet = scopeNeeds.filter { need in !need.scopeAlternatives.contains { $0.allSatisfy(held.contains) } }
            change.addScopes = ScopeCover.minimum(unmet, held: held).items
            let mentioned = Set(scopeNeeds.flatMap(\.scopeAlternatives).flatMap { $0 })
            change.removeScopes = grant.scopes.filter { !mentioned.contains($0) }
        }
        if actsAsClient {
            let unmet = requirements.filter { !AccessCheck.check(grant, $0).missingPermissions.isEmpty }
            change.addPermissions = PermissionCover.minimum(unmet).permissions
            change.removePolicies = roles.flatMap { role in
                role.excessPolicies.map { "\($0.description) (\(role.reference))" }
            }
            change.narrowPolicies = roles.flatMap { role in
                role.narrowedPolicies.map { narrowing in
                    (
                        from: "\(narrowing.policy.description) (\(role.reference))",
                        to: narrowing.narrower.map { "\($0.description) (\(role.reference))" }
                    )
                }
            }
            let unknownRoles = grant.roles.filter { $0.policies == nil }.map(\.reference)
            if !unknownRoles.isEmpty {
                change.caveats.append(
                    "the permissions of \(unknownRoles.joined(separator: ", ")) are unknown: what they add or make excess is not counted"
                )
            }
        }
        if !change.removeScopes.isEmpty || !change.removePolicies.isEmpty || !change.narrowPolicies.isEmpty {
            change.caveats.append("what to remove assumes the calls above are all the client makes")
        }
        let unresolved = calls.filter { $0.governing.isEmpty }.map(\.text)
        if !unresolved.isEmpty {
            change.caveats.append(
                "calls no spec in force knows are not counted: \(Auditor.unique(unresolved).joined(separator: ", "))")
        }
        return change
    }
}
