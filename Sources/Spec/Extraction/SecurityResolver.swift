/// Resolves a `security` requirement list into the `ScopeRequirement` of an operation (and the
/// non-OAuth schemes it lists), under the spec's `ScopeListReading`.
struct SecurityResolver {
    /// The reading in force.
    let reading: ScopeListReading
    /// Whether a scheme use is an OAuth one.
    let isOAuth: (SpecDocument.SchemeUse) -> Bool

    init(reading: ScopeListReading, isOAuth: @escaping (SpecDocument.SchemeUse) -> Bool) {
        self.reading = reading
        self.isOAuth = isOAuth
    }

    /// The requirement of `security` (nil or empty: none) and the other schemes it lists.
    func resolve(_ security: [[SpecDocument.SchemeUse]]?) -> (ScopeRequirement, [String]) {
        switch reading.semantics {
        case .anyOf: resolveAnyOf(security ?? [])
        case .allOf: resolveAllOf(security ?? [])
        }
    }

    /// Genesys lists the scopes that each admit a token on their own, so every scope of an OAuth
    /// scheme, in any requirement object, becomes a one-scope alternative.
    private func resolveAnyOf(_ security: [[SpecDocument.SchemeUse]]) -> (ScopeRequirement, [String]) {
        var alternatives: [[String]] = []
        var seenScopes = Set<String>()
        var otherSchemes: [String] = []
        var listsOAuth = false
        for use in security.joined() {
            if isOAuth(use) {
                listsOAuth = true
                for scope in use.scopes where seenScopes.insert(scope).inserted { alternatives.append([scope]) }
            } else if !otherSchemes.contains(use.scheme) {
                otherSchemes.append(use.scheme)
            }
        }
        return (Self.requirement(alternatives, listsOAuth: listsOAuth, otherSchemes: otherSchemes), otherSchemes)
    }

    /// The standard reading: each requirement object naming OAuth schemes is one alternative
    /// holding every scope of those schemes. An object naming OAuth schemes without scopes lets
    /// any token in, and an empty object `{}` makes authentication optional; either way no scope
    /// is needed. Objects naming only other schemes add those to the other schemes.
    private func resolveAllOf(_ security: [[SpecDocument.SchemeUse]]) -> (ScopeRequirement, [String]) {
        var alternatives: [[String]] = []
        var otherSchemes: [String] = []
        var listsOAuth = false
        var anyTokenWillDo = false
        var optional = false
        for requirement in security {
            optional = optional || requirement.isEmpty
            var alternative: [String] = []
            var namesOAuth = false
            for use in requirement {
                if isOAuth(use) {
                    namesOAuth = true
                    for scope in use.scopes where !alternative.contains(scope) { alternative.append(scope) }
                } else if !otherSchemes.contains(use.scheme) {
                    otherSchemes.append(use.scheme)
                }
            }
            guard namesOAuth else { continue }
            listsOAuth = true
            if alternative.isEmpty {
                anyTokenWillDo = true
            } else if !alternatives.contains(alternative) {
                alternatives.append(alternative)
            }
        }
        if optional { return (ScopeRequirement(kind: .noSecurity), otherSchemes) }
        if anyTokenWillDo { return (ScopeRequirement(kind: .oauthWithoutScopes), otherSchemes) }
        return (Self.requirement(alternatives, listsOAuth: listsOAuth, otherSchemes: otherSchemes), otherSchemes)
    }

    private static func requirement(_ alternatives: [[String]], listsOAuth: Bool, otherSchemes: [String])
        -> ScopeRequirement
    {
        let kind: ScopeRequirement.Kind =
            !alternatives.isEmpty
            ? .scopes : listsOAuth ? .oauthWithoutScopes : otherSchemes.isEmpty ? .noSecurity : .otherSchemesOnly
        return ScopeRequirement(kind: kind, alternatives: alternatives)
    }
}
