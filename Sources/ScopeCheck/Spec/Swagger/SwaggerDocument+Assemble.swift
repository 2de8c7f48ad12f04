/// Turning what was read into an `APISpec`: the scope catalogue of the OAuth definitions, and
/// each operation's security resolved (its own, else the document's) into a `ScopeRequirement`.
extension SwaggerDocument {
    func assemble(source: String, contentHash: UInt64, contentLength: Int) -> APISpec {
        let oauthDefinitions = securityDefinitions.filter { $0.type == "oauth2" }
        var scopes: [String: String] = [:]
        for definition in oauthDefinitions {
            for scope in definition.scopes where scopes[scope.name] == nil { scopes[scope.name] = scope.description }
        }
        let oauthSchemes = Set(oauthDefinitions.map(\.name))
        let definedSchemes = Set(securityDefinitions.map(\.name))
        // A scheme is OAuth when defined as `oauth2`, or, left undefined, when it lists scopes.
        func isOAuth(_ use: SchemeUse) -> Bool {
            oauthSchemes.contains(use.scheme) || (!definedSchemes.contains(use.scheme) && !use.scopes.isEmpty)
        }
        let operations = operations.map { pending in
            var operation = pending.operation
            (operation.scopeRequirement, operation.otherSchemes) = Self.resolve(pending.security ?? security, isOAuth)
            return operation
        }
        return APISpec(
            source: source, title: title, version: version, format: "swagger-2.0", host: host, basePath: basePath,
            contentHash: ContentHash.hex(contentHash), contentLength: contentLength, scopes: scopes,
            oauthSchemes: oauthDefinitions.map(\.name), operations: operations)
    }

    /// Genesys lists the scopes that each admit a token on their own, so every scope of an OAuth
    /// scheme becomes a one-scope alternative.
    private static func resolve(_ security: [[SchemeUse]]?, _ isOAuth: (SchemeUse) -> Bool) -> (
        ScopeRequirement, [String]
    ) {
        var alternatives: [[String]] = []
        var seenScopes = Set<String>()
        var otherSchemes: [String] = []
        var listsOAuth = false
        for use in (security ?? []).joined() {
            if isOAuth(use) {
                listsOAuth = true
                for scope in use.scopes where seenScopes.insert(scope).inserted { alternatives.append([scope]) }
            } else if !otherSchemes.contains(use.scheme) {
                otherSchemes.append(use.scheme)
            }
        }
        let kind: ScopeRequirement.Kind =
            !alternatives.isEmpty
            ? .scopes : listsOAuth ? .oauthWithoutScopes : otherSchemes.isEmpty ? .noSecurity : .otherSchemesOnly
        return (ScopeRequirement(kind: kind, alternatives: alternatives), otherSchemes)
    }
}
