import Core

/// One problem a fix resolves, for the report of `lint --fix`.
public struct FixChange: Hashable, Sendable {
    /// The id of the rule whose finding the change resolves (`unknown-scope`).
    public var rule: String
    public var address: String
    /// Where the change is made.
    public var range: SourceRange
    /// What was done: `replaced "analytics:view" with "analytics:readonly"`.
    public var message: String

    public init(rule: String, address: String, range: SourceRange, message: String) {
        self.rule = rule
        self.address = address
        self.range = range
        self.message = message
    }
}

/// A problem `lint --fix` leaves to a person, and why.
public struct SkippedFix: Hashable, Sendable {
    public var rule: String
    public var address: String
    public var range: SourceRange
    /// Why it is not edited: ambiguous, not a literal in the client block, JSON syntax, ...
    public var reason: String

    public init(rule: String, address: String, range: SourceRange, reason: String) {
        self.rule = rule
        self.address = address
        self.range = range
        self.reason = reason
    }
}

/// The safe fixes of a requirement graph as text edits on the files read, with what each resolves
/// and what was left alone.
public struct FixPlan: Sendable {
    /// The problems resolved, in file and position order.
    public var changes: [FixChange]
    /// The problems left alone, in file and position order.
    public var skipped: [SkippedFix]
    /// The edits of each file, by path.
    public var edits: [String: [TextEdit]]
    /// The bytes each edited file had when the plan was made, by path.
    public var originals: [String: [UInt8]]

    public init(
        changes: [FixChange] = [], skipped: [SkippedFix] = [], edits: [String: [TextEdit]] = [:],
        originals: [String: [UInt8]] = [:]
    ) {
        self.changes = changes
        self.skipped = skipped
        self.edits = edits
        self.originals = originals
    }

    /// Whether the plan changes nothing.
    public var isEmpty: Bool { edits.values.allSatisfy(\.isEmpty) }

    /// The files the plan edits, sorted.
    public var files: [String] { edits.keys.filter { !(edits[$0]?.isEmpty ?? true) }.sorted() }

    /// The new bytes of `file`; nil when the plan does not edit it or its edits cannot apply.
    public func updated(_ file: String) -> [UInt8]? {
        guard let original = originals[file], let edits = edits[file], !edits.isEmpty else { return nil }
        return TextEdit.apply(edits, to: original)
    }
}
