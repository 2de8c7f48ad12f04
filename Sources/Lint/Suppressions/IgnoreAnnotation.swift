import Core
import Rules

/// A `scopecheck:ignore` or `scopecheck:ignore-file` comment and what it covers.
public struct IgnoreAnnotation: Hashable, Sendable {
    /// The findings an annotation applies to.
    public enum Scope: Hashable, Sendable {
        /// Every finding of the file (`scopecheck:ignore-file`).
        case file
        /// Findings that start on this line.
        case line(Int)
        /// Findings that start inside this block or attribute.
        case range(SourceRange)
        /// No code follows the annotation.
        case nothing
    }

    /// The rule ids as written, each with its own range; `all` stands for every rule.
    public var rules: [Located<String>]
    /// The text after `--`, nil when missing or empty.
    public var reason: String?
    public var scope: Scope
    /// The whole comment.
    public var range: SourceRange

    public init(rules: [Located<String>], reason: String?, scope: Scope, range: SourceRange) {
        self.rules = rules
        self.reason = reason
        self.scope = scope
        self.range = range
    }

    /// `scopecheck:ignore-file` or `scopecheck:ignore`, for messages.
    public var keyword: String { scope == .file ? "scopecheck:ignore-file" : "scopecheck:ignore" }

    /// Whether the annotation covers `finding`'s position (its rule aside). Findings of other
    /// files are never covered.
    public func covers(_ finding: Finding) -> Bool {
        guard finding.range.file == range.file else { return false }
        switch scope {
        case .file: return true
        case .line(let line): return finding.range.start.line == line
        case .range(let block):
            let start = finding.range.start.byte
            return start >= block.start.byte && start < max(block.end.byte, block.start.byte + 1)
        case .nothing: return false
        }
    }
}
