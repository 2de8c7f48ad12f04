/// Which specs govern a call.
extension SpecSet {
    /// The specs that govern a call named by `reference` (`METHOD path-or-URL`, a path or URL,
    /// an operationId or SDK method name; see `OperationIndex.resolve(_:)`):
    /// - a URL is checked against the specs bound to its host; without any, the unbound specs
    ///   declaring that host; without any, the unbound specs (`SpecMatch.hostFallback`); without
    ///   any (every spec is bound elsewhere), no spec covers the host;
    /// - a call without a host is checked against every spec that knows the operation.
    public func route(_ reference: String) -> SpecRoute {
        let consulted: [SpecSetMember]
        var fallback = false
        if let host = Self.host(of: reference) {
            let bound = members.filter { $0.boundHost == host }
            let declaring = members.filter { $0.boundHost == nil && $0.covers(host: host) }
            let unbound = members.filter { $0.boundHost == nil }
            if !bound.isEmpty {
                consulted = bound
            } else if !declaring.isEmpty {
                consulted = declaring
            } else if !unbound.isEmpty {
                consulted = unbound
                fallback = true
            } else {
                return .uncoveredHost(host, knownHosts: knownHosts)
            }
        } else {
            consulted = members
        }
        var matches: [SpecMatch] = []
        var suggestions: [SpecMatch] = []
        for member in consulted {
            switch member.index.resolve(reference) {
            case .found(let operation):
                matches.append(SpecMatch(member: member, operation: operation, hostFallback: fallback))
            case .notFound(let closest):
                suggestions += closest.map { SpecMatch(member: member, operation: $0, hostFallback: fallback) }
            }
        }
        return matches.isEmpty ? .unknownOperation(consulted: consulted, suggestions: suggestions) : .governed(matches)
    }

    /// The host of a reference's URL, as compared (`HostName.key`); nil without a URL.
    static func host(of reference: String) -> String? {
        switch OperationReference(reference) {
        case .request(_, let target), .target(let target): RequestTarget.host(of: target)
        case .name: nil
        }
    }
}
