extension SpecCatalog {
    /// The specs in force, for messages: `gateway.json (api.eu-gene.com), genesys-swagger.json`.
    public var names: String {
        specs.map(\.name).joined(separator: ", ")
    }

    /// What a finding about `governing` adds so the reader knows where the requirement comes
    /// from: the spec when several are in force, and every overlay that changed the operation
    /// with its note. Empty for a single spec without overlays.
    public func provenance(_ governing: GoverningOperation) -> String {
        var parts: [String] = []
        if let reading = governing.reading { parts.append(reading) }
        if specs.count > 1 { parts.append("spec: \(governing.spec.name)") }
        parts += governing.operation.overlayNotes.map(\.summary)
        return parts.isEmpty ? "" : " [\(parts.joined(separator: "; "))]"
    }
}

extension SpecCatalog {
    /// Why no operation of the specs governs a call, in words; nil when one does.
    public func unresolvedReason(_ resolution: CallResolution) -> String? {
        switch resolution {
        case .governed: return nil
        case .unknown(let suggestions):
            let nearest = suggestions.prefix(5).map(\.reference)
            let hint = nearest.isEmpty ? "" : "; did you mean: \(nearest.joined(separator: "; "))"
            return "not an operation of the API spec in force (\(names))\(hint)"
        case .uncoveredHost(let host, let knownHosts):
            let known = knownHosts.isEmpty ? "" : " (they cover \(knownHosts.joined(separator: ", ")))"
            return "no spec in force covers the host \(host)\(known)"
        }
    }
}
