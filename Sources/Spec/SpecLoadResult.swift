/// What `SpecLoader.load` produced, and how.
public struct SpecLoadResult: Sendable {
    /// What happened with the cache.
    public enum CacheOutcome: Equatable, Sendable {
        /// No cache was given.
        case disabled
        /// The spec came from a cached index.
        case hit
        /// The spec was read from the file and its index written to the cache.
        case stored
        /// The spec was read from the file; the index could not be written (no failure).
        case notStored
    }

    /// Time spent in each step.
    public struct Timings: Sendable {
        /// Opening and mapping the file.
        public var read: Duration
        /// Hashing its bytes.
        public var hash: Duration
        /// Reading the spec: decoding the cached index, or extracting from the JSON.
        public var build: Duration
        /// Writing the index to the cache.
        public var store: Duration

        /// The whole load.
        public var total: Duration { read + hash + build + store }
    }

    /// The spec.
    public var spec: APISpec
    /// What happened with the cache.
    public var cacheOutcome: CacheOutcome
    /// Time spent in each step.
    public var timings: Timings
    /// Whether the spec file was read: false when its index was found by the file's identity.
    public var specRead: Bool

    /// Whether the spec came from a cached index.
    public var fromCache: Bool { cacheOutcome == .hit }
}
