/// The least-privilege grant for a client's declared calls: the smallest scope set (user
/// grants) or the smallest set of permission policies (client credentials), with the calls that
/// need each item. Rendered by `hcl`, `json` and `text`.
public struct GrantSuggestion: Sendable {
    /// What to grant.
    public enum Grant: Sendable, Equatable {
        /// The scopes of a user-context client, sorted.
        case scopes([String])
        /// The permissions of a client-credentials client's role.
        case permissions(PermissionCover.Result)
    }

    /// One declared call with the operations that govern it.
    public struct Call: Sendable {
        public var call: PolicyCall
        /// The operations it names, one per spec that knows it; empty when none does.
        public var operations: [GoverningOperation]
        /// The nearest operations when no spec knows the call.
        public var suggestions: [APIOperation]
    }

    /// A call that needs an item, through one of the operations it names.
    public struct Need: Sendable {
        public var call: PolicyCall
        public var operation: APIOperation
        /// The spec the operation comes from, for messages when several specs are in force.
        public var specAttribution: String
    }

    /// An item of the grant with the calls that need it.
    public struct Reason: Sendable {
        public var item: String
        public var needs: [Need]

        /// The distinct call texts, in policy order.
        public var callTexts: [String] {
            var seen = Set<String>()
            return needs.map(\.call.text).filter { seen.insert($0).inserted }
        }
    }

    /// A call the grant cannot make callable, and why.
    public struct Uncovered: Sendable {
        public var call: PolicyCall
        public var reason: String
    }

    /// The client's address.
    public var client: String
    public var grantType: GrantType
    public var grant: Grant
    /// Every declared call, in policy order.
    public var calls: [Call]
    /// Each item of the grant with the calls needing it, in the grant's order.
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
}
