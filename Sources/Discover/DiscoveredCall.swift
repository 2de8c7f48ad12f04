import Core
import Spec

/// One place in an application's source that calls the Genesys Cloud API, as `discover` found it.
public struct DiscoveredCall: Equatable, Sendable {
    /// How sure the match is.
    public enum Confidence: String, Comparable, Sendable {
        case low, medium, high

        private var rank: Int {
            switch self {
            case .low: 0
            case .medium: 1
            case .high: 2
            }
        }

        public static func < (lhs: Confidence, rhs: Confidence) -> Bool { lhs.rank < rhs.rank }
    }

    /// What was found.
    public enum Evidence: String, Sendable {
        /// An SDK method call (`apiInstance.postAnalyticsConversationsDetailsQuery(`).
        case sdkMethod = "sdk-method"
        /// An `/api/v2/...` path in the text (a string literal, a curl command, a data action).
        case path
    }

    public var file: String
    /// 1-based line and column (in bytes) of the match.
    public var line: Int
    public var column: Int
    public var evidence: Evidence
    /// The identifier or path as written.
    public var match: String
    /// The operation the match names, when it names exactly one.
    public var operation: APIOperation?
    /// The operations a path without a visible method may be, in method order.
    public var candidates: [APIOperation]
    public var confidence: Confidence
    /// The HTTP method seen near a path literal, when one was.
    public var methodSeen: String?
    /// The path as looked up in the spec (a leading `/` added, a trailing `/` read as `/{id}`).
    public var lookup: String

    public init(
        file: String, line: Int, column: Int, evidence: Evidence, match: String, operation: APIOperation?,
        candidates: [APIOperation] = [], confidence: Confidence, methodSeen: String? = nil, lookup: String = ""
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.evidence = evidence
        self.match = match
        self.operation = operation
        self.candidates = candidates
        self.confidence = confidence
        self.methodSeen = methodSeen
        self.lookup = lookup
    }

    /// The HTTP method, when known.
    public var method: String? { operation?.method }

    /// The path template of the operation, or the path as written when no operation is known.
    public var path: String { operation?.path ?? candidates.first?.path ?? match }

    /// `file:line:column`.
    public var location: String { "\(file):\(line):\(column)" }

    /// The call as the graph resolves it: the operation an SDK method names (by operationId),
    /// `METHOD /path` when a method was seen near a path, the bare path otherwise.
    var request: String {
        switch evidence {
        case .sdkMethod: operation.map { $0.operationId ?? $0.reference } ?? match
        case .path: methodSeen.map { "\($0) \(lookup)" } ?? lookup
        }
    }

    /// Where the mention starts (columns in bytes).
    var range: SourceRange {
        let start = SourcePosition(line: line, column: column, byte: 0)
        return SourceRange(file: file, start: start, end: start)
    }
}
