/// Scope names across the specs of a set. A scope is known to the set when any spec (with its
/// overlays) declares it; `SpecSetMember.index` answers for one spec.
extension SpecSet {
    /// Where a scope is declared: a spec, and the overlay declaration when an overlay declared it.
    public struct ScopeSource: Equatable, Sendable {
        public let member: SpecSetMember
        /// The overlay's `scope` block, when the scope comes from (or is redescribed by) an overlay.
        public let overlayNote: OverlayNote?
    }

    /// Whether any spec of the set declares `name`.
    public func isKnownScope(_ name: String) -> Bool {
        members.contains { $0.index.isKnownScope(name) }
    }

    /// The specs that declare `name`, in set order, with the overlay declaring it, if any.
    public func sources(ofScope name: String) -> [ScopeSource] {
        members.filter { $0.index.isKnownScope(name) }.map {
            ScopeSource(member: $0, overlayNote: $0.spec.scopeNotes[name])
        }
    }

    /// Every scope name any spec declares, sorted.
    public var scopeNames: [String] {
        Set(members.flatMap(\.spec.scopes.keys)).sorted()
    }

    /// Up to 5 scope names of the whole set closest to `name`, best first; `[name]` when known.
    public func scopeSuggestions(for name: String) -> [String] {
        isKnownScope(name) ? [name] : NameSuggester.suggestions(for: name, among: scopeNames)
    }
}
