/// The rules whose findings come from suppression annotations themselves, for the rule
/// registry (reports list them like any other rule).
public enum SuppressionRules {
    public static let malformedIgnore = RuleDescriptor(
        id: "malformed-ignore", summary: "A scopecheck:ignore annotation that can't be read",
        defaultSeverity: .warning,
        explanation: """
            A comment starting with `scopecheck:` must be `scopecheck:ignore RULE[,RULE...] -- reason` or \
            `scopecheck:ignore-file RULE[,RULE...] -- reason`. One that isn't suppresses nothing; fix its syntax.
            """)
    public static let ignoreWithoutReason = RuleDescriptor(
        id: "ignore-without-reason", summary: "A scopecheck:ignore annotation without a reason",
        defaultSeverity: .warning,
        explanation: """
            Every suppression says why after `--`, so reviewers can tell an accepted risk from a forgotten one: \
            `# scopecheck:ignore excess-scope -- the export job needs it until Q3`.
            """)
    public static let unusedIgnore = RuleDescriptor(
        id: "unused-ignore", summary: "A scopecheck:ignore annotation that suppresses nothing",
        defaultSeverity: .warning,
        explanation: """
            The problem the annotation suppressed is gone, or the annotation names the wrong rule or stands in the \
            wrong place. Remove it (or the rule id that suppresses nothing) so it can't hide a future problem.
            """)
    public static let unknownRuleInIgnore = RuleDescriptor(
        id: "unknown-rule-in-ignore", summary: "A scopecheck:ignore annotation names a rule that doesn't exist",
        defaultSeverity: .warning,
        explanation: """
            The rule id is misspelt or the rule was renamed, so the annotation suppresses nothing. Use an id from \
            `scopecheck rules`, or `all`.
            """)

    /// All four, sorted by id.
    public static let descriptors = [ignoreWithoutReason, malformedIgnore, unknownRuleInIgnore, unusedIgnore]
}
