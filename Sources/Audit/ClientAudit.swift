import Core
import Genesys
import Graph
import Rules

/// Everything about one OAuth client on one page: who it is, what it holds (scopes, roles and
/// their effective permissions), every call it makes from every source with its verdict and the
/// divisions it holds in, the findings lint gives for it, and the change that would make its
/// grant the least one its calls need. `Auditor` builds it; the writers render it.
public struct ClientAudit: Sendable {
    /// Who the client is and where it is defined.
    public struct Identity: Sendable {
        public var label: String
        public var id: String?
        public var name: String?
        public var grantType: String?
        public var state: String?
        public var tokenLifetimeSeconds: Int?
        public var definedAt: SourceRange
        /// `terraform` or `org`.
        public var origin: String
    }

    /// What a scope the client requests is to its calls.
    public enum ScopeStatus: String, Sendable {
        /// Some call needs it.
        case used
        /// No call needs it.
        case excess
        /// No call of the client is known, so whether it is needed cannot be said.
        case unchecked
        /// No spec in force knows the name.
        case unknown
        /// The grant type takes no scopes into account (client credentials, no gateway).
        case ignored
    }

    public struct Scope: Sendable {
        public var name: String
        public var status: ScopeStatus
        /// The calls whose requirement lists the scope, in call order.
        public var usedBy: [String]
        /// The nearest real scope names, for unknown ones.
        public var suggestions: [String]
    }

    public struct Role: Sendable {
        /// The role's label (`Name (id)`, a Terraform address, a literal id).
        public var reference: String
        /// The division the role is granted in: `*` for all, an id, or nil when not known.
        public var division: String?
        public var policies: [PermissionPolicy]?
        /// The permissions of the specs in force the policies grant, wildcards expanded.
        public var effectivePermissions: [String]
        /// Why the policies are unknown, when they are.
        public var unknownReason: String?
        /// The policies that grant nothing any call needs.
        public var excessPolicies: [PermissionPolicy]
        /// The policies that grant some permissions calls need and some they do not, with the
        /// narrower policies granting only the needed ones.
        public var narrowedPolicies: [(policy: PermissionPolicy, narrower: [PermissionPolicy])]
    }

    /// A call with its verdict.
    public struct Call: Sendable {
        /// `METHOD /path` as the source gives it.
        public var text: String
        /// `policy`, `data action`, `usage`.
        public var source: String
        /// Where it comes from, in words (`data action x at file:line:col`).
        public var provenance: String
        public var range: SourceRange
        /// The governing operations (`GET /api/v2/routing/queues/{queueId}`); empty when unresolved.
        public var operations: [String]
        public var verdict: AccessVerdict
        /// The scope alternatives and permissions the call needs, in words.
        public var requirement: String
        /// The permissions the call needs that some role grants.
        public var permissionsNeeded: [String]
        /// What is missing, in words; empty when nothing is.
        public var missing: [String]
        /// The permissions that are missing (any one or all, as `missing` says).
        public var missingPermissions: [String]
        /// The scopes of the alternatives that are missing.
        public var missingScopes: [String]
        /// The roles whose policies grant a needed permission.
        public var grantedBy: [String]
        /// Where the call's permissions hold: all divisions, some, or unknown.
        public var divisions: String?
        /// Why no operation governs the call, or what keeps the verdict open.
        public var unresolved: [String]
        /// Facts that do not change the verdict.
        public var notes: [String]
        /// For an observed call, whether its 4xx counts say it is refused today.
        public var deniedToday: Bool
    }

    /// The change that makes the grant the least the calls need.
    public struct Change: Sendable {
        public var addScopes: [String]
        public var removeScopes: [String]
        public var addPermissions: [String]
        /// Permission policies (`domain:entity:actions`) that grant nothing any call needs.
        public var removePolicies: [String]
        /// Permission policies that grant more than the calls need, each with the narrower
        /// policies to put in its place (`routing:queue:delete,view` → `routing:queue:view`).
        public var narrowPolicies: [(from: String, to: [String])]
        /// What keeps the change from being complete (unresolved calls, unknown roles).
        public var caveats: [String]

        public var isEmpty: Bool {
            addScopes.isEmpty && removeScopes.isEmpty && addPermissions.isEmpty && removePolicies.isEmpty
                && narrowPolicies.isEmpty
        }
    }

    public var identity: Identity
    /// The specs in force, by name.
    public var specs: String
    public var scopes: [Scope]
    public var roles: [Role]
    public var calls: [Call]
    /// What lint reports for the client (Terraform clients).
    public var findings: [Finding]
    public var change: Change
    /// What the audit could not know or wants said once.
    public var notes: [String]

    /// `allowed` when every call is, `denied` when one is, `unknown` otherwise.
    public var verdict: AccessVerdict {
        if calls.contains(where: { $0.verdict == .denied }) { return .denied }
        if calls.contains(where: { $0.verdict == .unknown }) { return .unknown }
        return .allowed
    }

    /// The verdict as the listing and the JSON write it: `no calls` when no call is known.
    public var verdictWord: String { calls.isEmpty ? "no calls" : verdict.rawValue }

    /// Whether the audit found something to fix: a denied or unknown call, an unknown or excess
    /// scope, an error or warning finding.
    public var isProblem: Bool {
        verdict != .allowed || scopes.contains { $0.status == .unknown || $0.status == .excess }
            || findings.contains { $0.severity != .note } || !change.isEmpty
    }
}
