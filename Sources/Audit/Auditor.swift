import Core
import Genesys
import Graph
import Org
import Rules

/// Builds the audit of one client from the requirement graph: its grant read against the specs
/// in force, every call's verdict, and the least change to its grant.
public enum Auditor {
    /// The audit of `subject`; `findings` are lint's findings for the whole graph, of which
    /// those about the client are kept.
    public static func audit(_ subject: AuditSubject, in graph: RequirementGraph, findings: [Finding]) -> ClientAudit {
        let grant = subject.grant
        let calls = subject.calls.map { call(for: $0, grant: grant, graph: graph) }
        let scopesIgnored =
            grant.grantType?.actsAsClient == true && !graph.specs.specs.contains(where: \.checksScopesForEveryGrant)
        let scopes = grant.scopes.map { name -> ClientAudit.Scope in
            let users = subject.calls.filter { call in
                call.governing.contains { $0.requirement.scopeAlternatives.contains { $0.contains(name) } }
            }.map(\.text)
            let status: ClientAudit.ScopeStatus =
                if !graph.specs.isKnownScope(name) {
                    .unknown
                } else if scopesIgnored {
                    .ignored
                } else if subject.calls.isEmpty {
                    .unchecked
                } else {
                    users.isEmpty ? .excess : .used
                }
            return ClientAudit.Scope(
                name: name, status: status, usedBy: unique(users),
                suggestions: status == .unknown ? Array(graph.specs.scopeSuggestions(for: name).prefix(3)) : [])
        }
        let needed = Set(subject.calls.flatMap(\.governing).flatMap(\.requirement.permissions))
        let roles = grant.roles.map { role in
            let policies = role.policies ?? []
            let judged = subject.calls.isEmpty ? [] : policies
            return ClientAudit.Role(
                reference: role.reference, division: role.division, policies: role.policies,
                effectivePermissions: unique(policies.flatMap(graph.specs.permissions(grantedBy:))).sorted(),
                unknownReason: role.policies == nil
                    ? (role.unresolvedReason ?? "its permission policies are not in the inputs") : nil,
                excessPolicies: judged.filter { policy in !needed.contains(where: policy.grants) },
                narrowedPolicies: judged.compactMap { policy in
                    let granted = graph.specs.permissions(grantedBy: policy)
                    let kept = granted.filter(needed.contains)
                    guard !kept.isEmpty, kept.count < granted.count else { return nil }
                    return (policy, PermissionCover.merge(kept).policies)
                })
        }
        var notes: [String] = []
        if subject.calls.isEmpty {
            notes.append(
                "scopecheck knows no call of this client: declare its calls in a policy, or give --usage with its usage query results"
            )
        }
        if case .org = subject, !subject.calls.isEmpty, graph.usage.rows.isEmpty {
            notes.append(
                "no usage export was given (--usage): calls of the client that no input shows are not known")
        }
        if scopesIgnored, !grant.scopes.isEmpty {
            notes.append("scopes are ignored for CLIENT-CREDENTIALS clients: what counts is the roles' permissions")
        }
        let own = clientFindings(findings, subject: subject)
        return ClientAudit(
            identity: ClientAudit.Identity(
                label: subject.label, id: subject.id, name: subject.name, grantType: subject.grantTypeText,
                state: subject.state, tokenLifetimeSeconds: subject.tokenLifetimeSeconds,
                definedAt: subject.definedAt, origin: subject.origin),
            specs: graph.specs.names, scopes: scopes, roles: roles, calls: calls, findings: own,
            change: GrantChange.least(for: subject.calls, grant: grant, roles: roles, scopesIgnored: scopesIgnored),
            notes: notes)
    }

    /// One call with the verdict of each operation governing it combined: denied if any is,
    /// unknown if any is, allowed otherwise.
    private static func call(for call: ResolvedCall, grant: ClientGrant, graph: RequirementGraph) -> ClientAudit.Call {
        let governing = call.governing
        var verdict: AccessVerdict = governing.isEmpty ? .unknown : .allowed
        var missing: [String] = []
        var missingPermissions: [String] = []
        var missingScopes: [String] = []
        var unresolved: [String] = graph.specs.unresolvedReason(call.resolution).map { [$0] } ?? []
        var notes: [String] = []
        var requirement: [String] = []
        var needed: [String] = []
        for operation in governing {
            let need = operation.requirement
            let result = AccessCheck.check(grant, need)
            let permissions = "permissions \(RequirementWording.permissions(need.permissionMode, need.permissions))"
            let scopesCount = grant.grantType?.actsAsClient != true || need.scopesApplyToEveryGrant
            requirement.append(
                scopesCount
                    ? "scopes \(RequirementWording.scopes(need.scopeAlternatives)); \(permissions)" : permissions)
            needed += need.permissions
            switch result.verdict {
            case .denied: verdict = .denied
            case .unknown where verdict != .denied: verdict = .unknown
            case .allowed, .unknown: break
            }
            missingPermissions += result.missingPermissions
            missingScopes += result.missingScopeAlternatives.flatMap { $0 }
            if !result.missingPermissions.isEmpty {
                missing.append(
                    "permission \(RequirementWording.permissions(result.missingPermissionMode, result.missingPermissions))"
                )
            }
            if !result.missingScopeAlternatives.isEmpty {
                missing.append("scope \(RequirementWording.scopes(result.missingScopeAlternatives))")
            }
            missing += result.problems
            unresolved += result.unresolved
            notes += result.notes
        }
        let granting = grant.roles.filter { role in
            needed.contains { permission in role.policies?.contains { $0.grants(permission) } == true }
        }
        let observed = graph.usage.rows.first { $0.range == call.range && call.call.provenance.source == "usage" }
        return ClientAudit.Call(
            text: call.text, source: call.call.provenance.source,
            provenance: call.call.provenance.subject == nil
                ? "\(call.call.provenance.source) at \(call.call.range.description)" : call.call.provenance.description,
            range: call.range, operations: governing.map { "\($0.operation.method) \($0.operation.path)" },
            verdict: verdict, requirement: unique(requirement).joined(separator: "; or "),
            permissionsNeeded: unique(needed), missing: unique(missing),
            missingPermissions: unique(missingPermissions), missingScopes: unique(missingScopes),
            grantedBy: unique(granting.map(\.reference)),
            divisions: grant.grantType?.actsAsClient == true && !needed.isEmpty && verdict != .denied
                ? DivisionScope.describe(granting, unknownRoles: grant.roles.filter { $0.policies == nil }) : nil,
            unresolved: unique(unresolved), notes: unique(notes),
            deniedToday: observed?.isDenied == true)
    }

    /// The findings about the client: at its address, or at one of its calls.
    private static func clientFindings(_ findings: [Finding], subject: AuditSubject) -> [Finding] {
        guard case .terraform(let client) = subject else { return [] }
        let callRanges = Set(client.calls.map(\.range))
        return findings.filter { finding in
            finding.address == client.client.address || callRanges.contains(finding.range)
                || client.client.instance.range.contains(finding.range)
        }
    }

    static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
