import Core

/// How the config (`rule "<id>" { ... }`) or the command line changes one rule. The id is kept
/// as written; checking it against the rule registry is the caller's job.
public struct RuleSetting: Hashable, Sendable {
    public var id: String
    /// The block's label; nil when the setting comes from the command line only.
    public var idRange: SourceRange?
    /// `enabled = false` turns the rule off.
    public var enabled: ConfigValue<Bool>?
    public var severity: ConfigValue<Severity>?

    public init(
        id: String, idRange: SourceRange?, enabled: ConfigValue<Bool>? = nil, severity: ConfigValue<Severity>? = nil
    ) {
        self.id = id
        self.idRange = idRange
        self.enabled = enabled
        self.severity = severity
    }
}
