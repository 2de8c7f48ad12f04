import Genesys
import Spec

/// The least-privilege rule for one requested scope, given the operations of a client's calls:
/// the one rule the `excess-scope` finding and `lint --fix` apply.
public enum ScopeNarrowing {
    /// What a requested scope should become.
    public enum Verdict: Equatable, Sendable {
        /// Keep it: some call needs what it allows.
        case keep
        /// No call accepts it: remove it.
        case remove
        /// Every call that accepts it also accepts its read-only sibling, which the spec defines:
        /// replace it with that.
        case narrow(to: String)
    }

    /// The verdict for `scope` when a client's calls are governed by `operations`.
    public static func verdict(for scope: String, operations: [APIOperation], specs: SpecCatalog) -> Verdict {
        let accepting = operations.filter { $0.scopeRequirement.acceptedScopes.contains(scope) }
        guard !accepting.isEmpty else { return .remove }
        guard let readOnly = ScopeName.readOnlySibling(of: scope), specs.isKnownScope(readOnly),
            accepting.allSatisfy({ $0.scopeRequirement.acceptedScopes.contains(readOnly) })
        else { return .keep }
        return .narrow(to: readOnly)
    }
}
