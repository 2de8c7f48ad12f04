import Core

/// Turning what was read into an `APISpec`: the hosts, the scope catalogue of the OAuth schemes,
/// the scope-list semantics, and each operation's security resolved (its own, else the
/// document's) into a `ScopeRequirement`.
extension SpecDocument {
    /// The name of the security scheme of the Genesys spec, a sign of its scope-list convention.
    static let genesysSchemeName = "PureCloud OAuth"

    func assemble(
        format: SpecFormat, semantics: ScopeListSemantics?, source: String, contentHash: UInt64, contentLength: Int
    ) -> APISpec {
        let oauthDefinitions = securityDefinitions.filter { $0.type == "oauth2" || $0.type == "openIdConnect" }
        var scopes: [String: String] = [:]
        for definition in oauthDefinitions {
            for scope in definition.scopes where scopes[scope.name] == nil { scopes[scope.name] = scope.description }
        }
        let oauthSchemes = Set(oauthDefinitions.map(\.name))
        let openIDSchemes = Set(oauthDefinitions.filter { $0.type == "openIdConnect" }.map(\.name))
        let typedSchemes = Set(securityDefinitions.filter { $0.type != nil }.map(\.name))
        // A scheme is OAuth when defined as `oauth2` or `openIdConnect`, or, left undefined (or
        // without a type), when it lists scopes.
        let resolver = SecurityResolver(
            reading: semantics.map { ScopeListReading(semantics: $0, basis: .requested) } ?? detectedReading(format),
            isOAuth: { oauthSchemes.contains($0.scheme) || (!typedSchemes.contains($0.scheme) && !$0.scopes.isEmpty) })
        let resolved = operations.map { pending in
            var operation = pending.operation
            (operation.scopeRequirement, operation.otherSchemes) = resolver.resolve(pending.security ?? security)
            return operation
        }
        // OpenID Connect schemes have no scope list: the scopes used with them are the catalogue.
        if !openIDSchemes.isEmpty {
            let requirementLists = operations.compactMap(\.security) + [security ?? []]
            for use in requirementLists.joined().joined() where openIDSchemes.contains(use.scheme) {
                for scope in use.scopes where scopes[scope] == nil { scopes[scope] = "" }
            }
        }
        let (hosts, basePath) = format == .swagger20 ? (host.map { [$0] } ?? [], self.basePath) : serverHostsAndPath()
        return APISpec(
            source: source, title: title, version: version, format: format.rawValue, hosts: hosts,
            basePath: basePath, contentHash: ContentHash.hex(contentHash), contentLength: contentLength,
            scopeListReading: resolver.reading, scopes: scopes, oauthSchemes: oauthDefinitions.map(\.name),
            operations: resolved)
    }

    /// The reading of a document whose user chose none: `anyOf` for a Swagger 2.0 document in
    /// the Genesys convention (its security scheme, else its operation extensions), else `allOf`.
    private func detectedReading(_ format: SpecFormat) -> ScopeListReading {
        guard format == .swagger20 else { return ScopeListReading(semantics: .allOf, basis: .standard) }
        let usesGenesysScheme =
            securityDefinitions.contains { $0.name == Self.genesysSchemeName }
            || (operations.compactMap(\.security) + [security ?? []]).joined().joined().contains {
                $0.scheme == Self.genesysSchemeName
            }
        if usesGenesysScheme {
            return ScopeListReading(semantics: .anyOf, basis: .genesysScheme(Self.genesysSchemeName))
        }
        if let genesysExtension {
            return ScopeListReading(semantics: .anyOf, basis: .genesysExtension(genesysExtension))
        }
        return ScopeListReading(semantics: .allOf, basis: .standard)
    }

    /// OpenAPI 3: the distinct hosts of every server URL expansion, and the path of the first
    /// server's default URL as the base path (none when empty or templated).
    private func serverHostsAndPath() -> ([String], String?) {
        var hosts: [String] = []
        var seen = Set<String>()
        var basePath: String?
        for (position, server) in servers.enumerated() {
            for (expansion, url) in ServerURL.expansions(of: server.url, variables: server.variables).enumerated() {
                let (host, path) = ServerURL.split(url)
                if position == 0, expansion == 0, !path.isEmpty, !path.contains("{") { basePath = path }
                if let host, !host.contains("{"), seen.insert(host.lowercased()).inserted { hosts.append(host) }
            }
        }
        return (hosts, basePath)
    }
}
