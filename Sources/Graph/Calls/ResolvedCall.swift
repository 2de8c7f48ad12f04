import Core

/// A declared call with what it resolves to across the specs in force.
public struct ResolvedCall: Sendable {
    public var call: DeclaredCall
    public var resolution: CallResolution

    public init(call: DeclaredCall, resolution: CallResolution) {
        self.call = call
        self.resolution = resolution
    }

    /// The call as written.
    public var text: String { call.text }

    /// Where it was declared or derived from.
    public var range: SourceRange { call.range }

    /// The operations governing the call (empty when no spec knows it).
    public var governing: [GoverningOperation] {
        if case .governed(let operations) = resolution { return operations }
        return []
    }
}
