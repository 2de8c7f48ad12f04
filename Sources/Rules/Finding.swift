import Core

/// One problem a rule found, ready for every report format.
public struct Finding: Hashable, Sendable {
    /// The rule's stable id (`missing-scope`).
    public var rule: String
    public var severity: Severity
    /// Written for the person who fixes it: what is wrong, what fails at run time, the change.
    public var message: String
    public var range: SourceRange
    /// The Terraform address the finding is about (`genesyscloud_oauth_client.dashboard`), if any.
    public var address: String?
    /// The exact change that fixes it, when one exists.
    public var fix: String?
    /// Other places the finding is about: the declaration of the call it concerns, the role to
    /// extend.
    public var related: [RelatedLocation]

    public init(
        rule: String, severity: Severity, message: String, range: SourceRange, address: String? = nil,
        fix: String? = nil, related: [RelatedLocation] = []
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.range = range
        self.address = address
        self.fix = fix
        self.related = related
    }

    /// A fingerprint that survives line shifts: rule, file, address and message, not positions.
    public var fingerprint: String {
        let key = [rule, range.file, address ?? "", message].joined(separator: "\u{1F}")
        return StableHash.hex(of: key)
    }
}

/// A place a finding refers to besides its own, with what it is.
public struct RelatedLocation: Hashable, Sendable {
    public var range: SourceRange
    /// What is there, for reports (`the call, declared in policy.hcl`).
    public var message: String

    public init(range: SourceRange, message: String) {
        self.range = range
        self.message = message
    }
}

extension Array where Element == Finding {
    /// Findings in report order: file, position, rule, message.
    public func sortedForReport() -> [Finding] {
        sorted { lhs, rhs in
            if lhs.range != rhs.range { return lhs.range < rhs.range }
            if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
            return lhs.message < rhs.message
        }
    }
}
