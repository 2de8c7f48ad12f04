/// The OAuth scopes an operation accepts, as alternatives: a token satisfies the requirement when
/// it holds **every** scope of **at least one** alternative.
///
/// How a `security` list becomes alternatives depends on the spec's `ScopeListSemantics`: the
/// Genesys spec's `[{"PureCloud OAuth": ["a", "b"]}]` ("any one of a, b") reads as `[["a"], ["b"]]`;
/// the standard reading of `[{"A": ["a", "b"]}, {"B": ["c"]}]` is `[["a", "b"], ["c"]]`.
public struct ScopeRequirement: Hashable, Sendable {
    /// How the operation declares its security, which tells apart the ways of needing no scope.
    public enum Kind: UInt8, Hashable, Sendable {
        /// No security requirement: no `security` key on the operation or the document, an
        /// empty `security` list, or (standard reading) an empty requirement object `{}`, which
        /// makes authentication optional.
        case noSecurity
        /// An OAuth scheme is listed, but with no scopes (`[{"PureCloud OAuth": []}]`; in the
        /// standard reading, one requirement object naming OAuth schemes without scopes is
        /// enough): any valid token will do.
        case oauthWithoutScopes
        /// Only non-OAuth schemes are listed (e.g. `Guest Chat JWT`); see `APIOperation.otherSchemes`.
        case otherSchemesOnly
        /// At least one scope is listed.
        case scopes
    }

    /// How the requirement was declared.
    public var kind: Kind
    /// The alternatives, each a set of scopes that must all be held, in spec order.
    public var alternatives: [[String]]

    public init(kind: Kind, alternatives: [[String]] = []) {
        self.kind = kind
        self.alternatives = alternatives
    }

    /// Every scope named by any alternative, once each, in spec order.
    public var acceptedScopes: [String] {
        var seen = Set<String>()
        return alternatives.joined().filter { seen.insert($0).inserted }
    }

    /// Whether the requirement names no scope at all (see `kind` for why).
    public var isEmpty: Bool { alternatives.isEmpty }

    /// Whether a token holding `granted` satisfies a non-empty requirement: it holds every scope
    /// of some alternative. An empty requirement is satisfied by any token.
    public func isSatisfied(by granted: Set<String>) -> Bool {
        isEmpty || alternatives.contains { $0.allSatisfy(granted.contains) }
    }
}
