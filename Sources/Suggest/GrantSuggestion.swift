import Genesys
import Graph
import Policy

/// The least-privilege grant for a client's declared calls: the smallest scope set (user
/// grants, and client credentials behind a gateway that checks every token's scopes) and the
/// smallest set of permission policies (client credentials), with the calls that need each
/// item. Rendered by `hcl`, `json` and `text`.
public struct GrantSuggestion: Sendable {
    /// One declared call with the operations that govern it.
    public struct Call: Sendable {
        public var call: DeclaredCall
        /// The operations it names, one per spec that knows it; empty when none does.
        public var operations: [GoverningOperation]
        /// Why no operation governs it (not in the specs, a host no spec covers).
        public var unresolved: String?
    }

    /// A call that needs an item, through one of the operations it names.
    public struct Need: Sendable {
        public var call: DeclaredCall
        public var governing: GoverningOperation
        /// Where the requirement comes from when that is not obvious (several specs, overlays).
        public var provenance: String
    }

    /// An item of the grant (a scope or a permission) with the calls that need it.
    public struct Reason: Sendable {
        public var item: String
        /// Whether the item is a scope (otherwise a permission).
        public var isScope: Bool
        public var needs: [Need]

        /// The distinct call texts, in policy order.
        public var callTexts: [String] {
            var seen = Set<String>()
            return needs.map(\.call.text).filter { seen.insert($0).inserted }
        }
    }

    /// A call the grant cannot make callable, and why.
    public struct Uncovered: Sendable {
        public var call: DeclaredCall
        public var reason: String
    }

    /// The client's address.
    public var client: String
    public var grantType: GrantType
    /// The scopes to request, sorted: always for user grants; for client credentials only when
    /// a spec in force checks the scopes of every token (a gateway), nil otherwise.
    public var scopes: [String]?
    /// The permissions of the client's role (client credentials only).
    public var permissions: PermissionCover.Result?
    /// Every declared call, in policy order.
    public var calls: [Call]
    /// Each scope, then each permission, with the calls needing it.
    public var reasons: [Reason]
    /// Calls no grant covers: unknown endpoints, endpoints that take no OAuth token.
    public var uncovered: [Uncovered]
    /// False when the search stopped before proving the grant minimal (very large inputs).
    public var isProvenMinimal: Bool
    /// The scopes the client requests today (known names only), for comparison.
    public var currentScopes: [String]
    /// The resource name proposed for a new role (`genesyscloud_auth_role.<roleName>`).
    public var roleName: String
    /// The display name proposed for a new role.
    public var roleDisplayName: String
    /// Where the calls come from, for the wording of the outputs.
    public var callOrigin: CallOrigin

    /// Where a client's calls come from.
    public enum CallOrigin: Sendable {
        /// A Terraform client: declared in policies and derived from its configuration.
        case declared
        /// A client of the org's API answers: its saved data actions and its observed usage.
        case observed

        /// `declared` or `known`, before "call".
        public var adjective: String {
            switch self {
            case .declared: "declared"
            case .observed: "known"
            }
        }

        /// How the calls are known, for a role's description.
        public var clause: String {
            switch self {
            case .declared: "as declared in its policy"
            case .observed: "as its data actions and observed usage show"
            }
        }
    }
}
