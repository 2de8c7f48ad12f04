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
