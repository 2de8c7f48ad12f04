import Core

/// What a rule is, independent of any input: its stable id, a one-line summary, its default
/// severity, a longer explanation and its documentation page. Reports use it for rule metadata
/// (SARIF `rules`, help links); `docs/rules/<id>.md` is checked against it.
public struct RuleDescriptor: Hashable, Sendable {
    public var id: String
    public var summary: String
    public var defaultSeverity: Severity
    /// A paragraph on why it matters and how to fix it.
    public var explanation: String
    /// For rules about security (a leaked secret), how grave a finding is on the CVSS scale
    /// 0.0–10.0; SARIF carries it as `security-severity`, which code scanning ranks by.
    public var securitySeverity: Double?

    public init(
        id: String, summary: String, defaultSeverity: Severity, explanation: String, securitySeverity: Double? = nil
    ) {
        self.id = id
        self.summary = summary
        self.defaultSeverity = defaultSeverity
        self.explanation = explanation
        self.securitySeverity = securitySeverity
    }

    /// The documentation page, relative to the repository root.
    public var documentationPath: String { "docs/rules/\(id).md" }

    /// The documentation URL published with the project.
    public var helpURI: String { "https://github.com/scopecheck/scopecheck/blob/main/\(documentationPath)" }
}
