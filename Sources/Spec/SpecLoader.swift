import Core

/// The entry point of the spec layer: reads a Swagger 2.0 or OpenAPI 3.0/3.1 JSON file into an
/// `APISpec`, through the cache when one is given. Several specs with overlays: `SpecSetLoader`.
public enum SpecLoader {
    /// Loads the spec at `path`. With a `cache`, a cached index of identical content (read with
    /// the same semantics) is used when intact, found without reading the file when its identity
    /// is as recorded (see `SpecCache`), and otherwise (re)written after reading the file;
    /// cache problems never fail a load. `semantics` overrides the detected scope-list semantics.
    /// Throws `SpecError` when the file cannot be read or is not a valid spec.
    public static func load(path: String, cache: SpecCache?, semantics: ScopeListSemantics? = nil) throws(SpecError)
        -> SpecLoadResult
    {
        let clock = ContinuousClock()
        var start = clock.now
        if let cache, let identity = FileIdentity(path: path),
            let contentHash = cache.recordedContentHash(ofSpecAt: path, identity: identity),
            let spec = cache.load(
                contentHash: contentHash, length: Int(identity.size), source: path, semantics: semantics)
        {
            let timings = SpecLoadResult.Timings(
                read: .zero, hash: .zero, build: start.duration(to: clock.now), store: .zero)
            return SpecLoadResult(spec: spec, cacheOutcome: .hit, timings: timings, specRead: false)
        }
        let file: MappedFile
        do {
            file = try MappedFile(path: path)
        } catch {
            throw SpecError(
                kind: .unreadable, file: path, position: nil, expected: "a readable file", found: error.reason)
        }
        let read = start.duration(to: clock.now)
        return try file.withBytes { bytes throws(SpecError) in
            start = clock.now
            let contentHash = ContentHash.xxh64(bytes)
            let hash = start.duration(to: clock.now)
            start = clock.now
            if let cache,
                let spec = cache.load(contentHash: contentHash, length: bytes.count, source: path, semantics: semantics)
            {
                cache.record(specAt: path, identity: file.identity, contentHash: contentHash, now: FileIdentity.now())
                let timings = SpecLoadResult.Timings(
                    read: read, hash: hash, build: start.duration(to: clock.now), store: .zero)
                return SpecLoadResult(spec: spec, cacheOutcome: .hit, timings: timings, specRead: true)
            }
            let spec = try SpecExtractor.extract(bytes, file: path, contentHash: contentHash, semantics: semantics)
            let build = start.duration(to: clock.now)
            start = clock.now
            var outcome = SpecLoadResult.CacheOutcome.disabled
            if let cache {
                outcome = cache.store(spec, contentHash: contentHash) ? .stored : .notStored
                if outcome == .stored {
                    cache.record(
                        specAt: path, identity: file.identity, contentHash: contentHash, now: FileIdentity.now())
                }
            }
            let timings = SpecLoadResult.Timings(
                read: read, hash: hash, build: build, store: start.duration(to: clock.now))
            return SpecLoadResult(spec: spec, cacheOutcome: outcome, timings: timings, specRead: true)
        }
    }

    /// Reads a spec held in memory; `source` names it in errors and in the spec.
    public static func parse(_ bytes: UnsafeRawBufferPointer, source: String, semantics: ScopeListSemantics? = nil)
        throws(SpecError) -> APISpec
    {
        try SpecExtractor.extract(bytes, file: source, contentHash: ContentHash.xxh64(bytes), semantics: semantics)
    }

    /// Reads a spec given as text; `source` names it in errors and in the spec.
    public static func parse(_ text: String, source: String, semantics: ScopeListSemantics? = nil) throws(SpecError)
        -> APISpec
    {
        var text = text
        let result = text.withUTF8 { buffer in
            Result { () throws(SpecError) in
                try parse(UnsafeRawBufferPointer(buffer), source: source, semantics: semantics)
            }
        }
        return try result.get()
    }
}
