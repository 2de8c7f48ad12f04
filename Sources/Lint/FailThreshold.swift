import Core
import Rules

/// `--fail-on`: the least severe finding that makes `lint` exit 1.
public enum FailThreshold: String, CaseIterable, Sendable {
    case error
    case warning
    case note
    case never

    /// The threshold called `name` (case-insensitive), or nil.
    public init?(named name: String) {
        self.init(rawValue: name.lowercased())
    }

    /// Whether any finding is at or above the threshold.
    public func isFailing(_ findings: [Finding]) -> Bool {
        let minimum: Severity
        switch self {
        case .error: minimum = .error
        case .warning: minimum = .warning
        case .note: minimum = .note
        case .never: return false
        }
        return findings.contains { $0.severity >= minimum }
    }
}
