import Spec

/// What `discover` found in an application's source.
public struct Discovery: Sendable {
    /// A file that was not read, and why.
    public struct Skipped: Equatable, Sendable {
        public var file: String
        public var reason: String
    }

    /// Every call found, sorted by file, line and column.
    public var calls: [DiscoveredCall]
    /// The number of files read.
    public var filesScanned: Int
    /// The files passed over (binary, too large, unreadable), sorted by path.
    public var skipped: [Skipped]
    /// The spec the matches were made against (its file name), for headers.
    public var specName: String
    /// The paths given, for headers.
    public var roots: [String]

    /// The distinct operations found with the calls naming each, sorted by path then method;
    /// `minimum` leaves out calls below that confidence.
    public func operations(minimum: DiscoveredCall.Confidence) -> [(operation: APIOperation, calls: [DiscoveredCall])] {
        var byReference: [String: (operation: APIOperation, calls: [DiscoveredCall])] = [:]
        for call in calls where call.confidence >= minimum {
            guard let operation = call.operation else { continue }
            byReference[operation.reference, default: (operation, [])].calls.append(call)
        }
        return byReference.values.sorted { lhs, rhs in
            (lhs.operation.path, lhs.operation.method) < (rhs.operation.path, rhs.operation.method)
        }
    }
}
