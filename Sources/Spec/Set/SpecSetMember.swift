/// One spec of a `SpecSet`: the spec with the overlays for it applied, the host it is bound to,
/// and its index for lookups.
public struct SpecSetMember: Sendable, Equatable {
    /// The member's place in the set (the order the specs were given in).
    public let position: Int
    /// The spec, with overlays applied (see `APISpec.overlays`).
    public let spec: APISpec
    /// The host it is bound to (`HOST=FILE`), normalised; nil when not bound.
    public let boundHost: String?
    /// The lookups over `spec`.
    public let index: OperationIndex

    init(position: Int, spec: APISpec, boundHost: String?) {
        self.position = position
        self.spec = spec
        self.boundHost = boundHost
        self.index = OperationIndex(spec)
    }

    /// The hosts whose calls it governs: the bound host, else the hosts the spec declares.
    public var hosts: [String] { Self.hosts(of: spec, boundHost: boundHost) }

    /// How findings name the spec: its file, with the bound host (`gateway.json (api.eu-gene.com)`).
    public var name: String { Self.name(of: spec, boundHost: boundHost) }

    /// Whether it covers calls to `host` (a `HostName.key`): bound to it, or, unbound, declaring it.
    func covers(host: String) -> Bool { Self.covers(host: host, spec: spec, boundHost: boundHost) }

    static func hosts(of spec: APISpec, boundHost: String?) -> [String] {
        boundHost.map { [$0] } ?? spec.hosts
    }

    static func name(of spec: APISpec, boundHost: String?) -> String {
        boundHost.map { "\(spec.source) (\($0))" } ?? spec.source
    }

    static func covers(host: String, spec: APISpec, boundHost: String?) -> Bool {
        if let boundHost { return boundHost == host }
        return spec.hosts.contains { HostName.key($0) == host }
    }

    public static func == (lhs: SpecSetMember, rhs: SpecSetMember) -> Bool {
        lhs.position == rhs.position && lhs.boundHost == rhs.boundHost && lhs.spec == rhs.spec
    }
}
