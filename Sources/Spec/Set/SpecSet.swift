import Core

/// The specs in force, each optionally bound to a host, with the spec overlays applied: what
/// every verdict is checked against. A call with a URL is governed by the specs for its host, a
/// call without one by every spec that knows the operation (see `route(_:)`); a client must
/// satisfy all of them.
public struct SpecSet: Sendable {
    /// A spec to put in a set, with the host it is bound to (nil: not bound).
    public struct Entry: Sendable {
        public var spec: APISpec
        public var host: String?

        public init(spec: APISpec, host: String? = nil) {
            self.spec = spec
            self.host = host
        }
    }

    /// The specs, in the order given.
    public let members: [SpecSetMember]

    /// A set of one spec, not bound to a host, without overlays.
    public init(_ spec: APISpec) {
        members = [SpecSetMember(position: 0, spec: spec, boundHost: nil)]
    }

    private init(members: [SpecSetMember]) {
        self.members = members
    }

    /// The set of `entries` with `overlays` applied in order: an overlay with a `host` changes the
    /// specs covering that host (bound to it, or declaring it), one without changes every spec.
    /// Problems in overlays (unknown endpoints, endpoints added twice, ...) are diagnostics; the
    /// rest of each overlay is still applied.
    public static func assemble(_ entries: [Entry], overlays: [SpecOverlay]) -> (
        set: SpecSet, diagnostics: [Diagnostic]
    ) {
        let boundHosts = entries.map { $0.host.map(HostName.key) }
        var specs = entries.map(\.spec)
        var diagnostics: [Diagnostic] = []
        if !overlays.isEmpty {
            var application = OverlayApplication(specs: specs, boundHosts: boundHosts)
            application.apply(overlays)
            specs = application.specs()
            diagnostics = application.diagnostics
        }
        let members = specs.indices.map {
            SpecSetMember(position: $0, spec: specs[$0], boundHost: boundHosts[$0])
        }
        return (SpecSet(members: members), diagnostics)
    }

    /// Every host some member covers, normalised and sorted.
    public var knownHosts: [String] {
        Set(members.flatMap(\.hosts).map(HostName.key)).sorted()
    }
}
