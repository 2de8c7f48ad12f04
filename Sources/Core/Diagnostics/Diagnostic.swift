/// How serious a diagnostic or finding is.
public enum Severity: String, Hashable, Comparable, Sendable, CaseIterable {
    case note
    case warning
    case error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// The one currency every stage (HCL, Terraform, spec, policy, rules) returns for problems in
/// its input: a severity, a one-line summary, an optional detail and the source range it is about.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public var severity: Severity
    public var summary: String
    public var detail: String
    public var range: SourceRange?

    public init(_ severity: Severity, _ summary: String, detail: String = "", at range: SourceRange?) {
        self.severity = severity
        self.summary = summary
        self.detail = detail
        self.range = range
    }

    /// An error diagnostic.
    public static func error(_ summary: String, detail: String = "", at range: SourceRange?) -> Diagnostic {
        Diagnostic(.error, summary, detail: detail, at: range)
    }

    /// A warning diagnostic.
    public static func warning(_ summary: String, detail: String = "", at range: SourceRange?) -> Diagnostic {
        Diagnostic(.warning, summary, detail: detail, at: range)
    }

    /// `file:line:col: error: summary; detail` — the compiler form printed on stderr.
    public var description: String {
        let location = range.map { "\($0.description): " } ?? ""
        return "\(location)\(severity.rawValue): \(summary)\(tail)"
    }

    /// `file:line:col: summary; detail`, without the severity: the message of an error a
    /// command prints after its own `error:`.
    public var located: String {
        let location = range.map { "\($0.description): " } ?? ""
        return "\(location)\(summary)\(tail)"
    }

    private var tail: String { detail.isEmpty ? "" : "; \(detail)" }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
