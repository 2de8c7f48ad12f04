/// Where a spec's index stands in the cache after loading it, for `spec info`.
public enum SpecCacheState: Equatable, Sendable {
    /// The index was already cached, at this path.
    case hit(index: String)
    /// The index was not cached; it was built and written to this path now.
    case stored(index: String)
    /// The index was built but could not be written to this directory.
    case notStored(directory: String)
    /// No cache directory: every run reads the whole spec.
    case disabled

    /// The state after `SpecLoader.load` of `spec` with `cache` ended with `outcome`.
    public init(_ outcome: SpecLoadResult.CacheOutcome, spec: APISpec, cache: SpecCache?) {
        guard let cache else {
            self = .disabled
            return
        }
        let index = UInt64(spec.contentHash, radix: 16).map {
            cache.indexPath(contentHash: $0, length: spec.contentLength, semantics: spec.scopeListReading.requested)
        }
        switch (outcome, index) {
        case (.hit, let index?): self = .hit(index: index)
        case (.stored, let index?): self = .stored(index: index)
        case (.disabled, _): self = .disabled
        default: self = .notStored(directory: cache.directory)
        }
    }

    /// `hit`, `stored`, `not-stored` or `disabled`.
    public var name: String {
        switch self {
        case .hit: "hit"
        case .stored: "stored"
        case .notStored: "not-stored"
        case .disabled: "disabled"
        }
    }

    /// The index file, when there is one.
    public var indexPath: String? {
        switch self {
        case .hit(let index), .stored(let index): index
        case .notStored, .disabled: nil
        }
    }

    /// `hit (index /x/spec-….index)`, for the text report.
    public var description: String {
        switch self {
        case .hit(let index): "hit (index \(index))"
        case .stored(let index): "miss (index built now: \(index))"
        case .notStored(let directory): "miss (index not written: \(directory) is not writable)"
        case .disabled: "disabled (no cache directory: set SCOPECHECK_CACHE_DIR, XDG_CACHE_HOME or HOME)"
        }
    }
}
