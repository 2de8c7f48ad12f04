import Core

/// What `SpecSetLoader.load` produced.
public struct SpecSetLoadResult: Sendable {
    /// The set, overlays applied.
    public var set: SpecSet
    /// Problems in the overlay files (syntax and overlay errors, overlays that cannot apply), by
    /// file and position.
    public var diagnostics: [Diagnostic]
    /// How each spec was loaded, in the order of the bindings.
    public var loads: [SpecLoadResult]
    /// The text of the overlay files read, in the order given.
    public var overlaySources: [SourceFile]
}

/// Loads the specs in force (`--spec`, repeatable, `FILE` or `HOST=FILE`) and the spec overlays
/// (HCL files) into a `SpecSet`. Specs go through the cache; overlays are read and applied on
/// every run (they are small and never cached).
public enum SpecSetLoader {
    /// Throws the `SpecError` of the first spec that cannot be loaded; overlay problems are
    /// diagnostics of the result.
    public static func load(bindings: [SpecBinding], overlayPaths: [String], cache: SpecCache?) throws(SpecError)
        -> SpecSetLoadResult
    {
        var loads: [SpecLoadResult] = []
        for binding in bindings {
            loads.append(try SpecLoader.load(path: binding.path, cache: cache, semantics: binding.semantics))
        }
        var overlays: [SpecOverlay] = []
        var diagnostics: [Diagnostic] = []
        var sources: [SourceFile] = []
        for path in overlayPaths {
            let parsed = OverlayParser.load(path: path)
            overlays += parsed.overlays
            diagnostics += parsed.diagnostics
            sources += parsed.source.map { [$0] } ?? []
        }
        let entries = zip(bindings, loads).map { SpecSet.Entry(spec: $1.spec, host: $0.host) }
        let (set, applied) = SpecSet.assemble(entries, overlays: overlays)
        let sorted = (diagnostics + applied).enumerated().sorted { lhs, rhs in
            switch (lhs.element.range, rhs.element.range) {
            case (let left?, let right?) where left != right: left < right
            case (nil, _?): true
            case (_?, nil): false
            default: lhs.offset < rhs.offset
            }
        }.map(\.element)
        return SpecSetLoadResult(set: set, diagnostics: sorted, loads: loads, overlaySources: sources)
    }
}
