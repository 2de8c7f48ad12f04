/// Which specs govern a call, the answer of `SpecSet.route(_:)`.
public enum SpecRoute: Equatable, Sendable {
    /// The specs that govern the call, each with the operation it names there, in set order. A
    /// client must satisfy every one of them.
    case governed([SpecMatch])
    /// The call's URL names a host that no spec covers: none is bound to it or declares it, and
    /// every spec is bound to another host. `knownHosts` are the hosts that are covered, sorted.
    case uncoveredHost(String, knownHosts: [String])
    /// No spec consulted (those for the call's host, or all) knows the operation; the closest
    /// operations of each, in set order.
    case unknownOperation(consulted: [SpecSetMember], suggestions: [SpecMatch])
}

/// An operation of one spec of a set.
public struct SpecMatch: Equatable, Sendable {
    /// The spec.
    public let member: SpecSetMember
    /// The operation, with any overlay changes.
    public let operation: APIOperation
    /// The call's host is not one the spec declares: no spec covers the host, and this spec,
    /// bound to no host, governs it by default (e.g. another region of the same API).
    public let hostFallback: Bool

    public init(member: SpecSetMember, operation: APIOperation, hostFallback: Bool = false) {
        self.member = member
        self.operation = operation
        self.hostFallback = hostFallback
    }

    /// The overlays that changed or added the operation, for findings to name.
    public var overlayNotes: [OverlayNote] { operation.overlayNotes }
}
