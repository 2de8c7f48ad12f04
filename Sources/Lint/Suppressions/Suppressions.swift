import Core
import Rules
import Syntax

/// The `scopecheck:ignore` annotations of one or more files, ready to filter findings.
///
/// - `# scopecheck:ignore rule-a,rule-b -- reason` at the end of a code line covers findings that
///   start on that line; on a line of its own as the first thing inside a block's body it covers
///   the whole block, its label included; elsewhere on a line of its own it covers the next
///   code: a block or attribute starting there as a whole, otherwise that line.
/// - `# scopecheck:ignore-file rule-a -- reason` covers the whole file.
/// - `all` as a rule id covers every rule.
public struct Suppressions: Sendable {
    /// The readable annotations in source order.
    public var annotations: [IgnoreAnnotation]
    /// Findings about the annotations themselves found while reading them (malformed ones,
    /// missing reasons).
    public var problems: [Finding]

    public init(annotations: [IgnoreAnnotation] = [], problems: [Finding] = []) {
        self.annotations = annotations
        self.problems = problems
    }

    /// The suppressions of several files together.
    public init(combining parts: [Suppressions]) {
        self.init(annotations: parts.flatMap(\.annotations), problems: parts.flatMap(\.problems))
    }

    /// The annotations among `file`'s comments; the file's text tells whether a comment ends a
    /// code line.
    public static func build(file: HCLFile) -> Suppressions {
        let source = file.source.bytes
        var layout: CodeLayout?
        var result = Suppressions()
        for comment in file.comments {
            switch AnnotationSyntax.read(comment, source: source) {
            case .none:
                continue
            case .malformed(let message):
                result.problems.append(finding(SuppressionRules.malformedIgnore, message, at: comment.range))
            case .ignore(let fileWide, let rules, let reason):
                if layout == nil, !fileWide { layout = CodeLayout(file: file, source: source) }
                let scope = fileWide ? .file : layout?.scope(of: comment.range) ?? .nothing
                let annotation = IgnoreAnnotation(rules: rules, reason: reason, scope: scope, range: comment.range)
                if reason == nil {
                    result.problems.append(
                        finding(
                            SuppressionRules.ignoreWithoutReason, "\(annotation.keyword) needs a reason after `--`",
                            at: comment.range))
                }
                result.annotations.append(annotation)
            }
        }
        return result
    }

    /// Splits `findings` into those kept and those an annotation suppresses (both in input
    /// order), and adds findings about the annotations (`extra`, in report order): problems met
    /// while reading, ids not in `knownRules` (when given), and ids that suppressed nothing.
    /// Annotations without a reason still suppress.
    public func apply(
        to findings: [Finding], knownRules: Set<String>? = nil
    ) -> (kept: [Finding], suppressed: [Finding], extra: [Finding]) {
        var kept: [Finding] = []
        var suppressed: [Finding] = []
        var used = Set<RuleUse>()
        for finding in findings {
            var matched = false
            for (index, annotation) in annotations.enumerated() where annotation.covers(finding) {
                for rule in annotation.rules where rule.value == "all" || rule.value == finding.rule {
                    used.insert(RuleUse(annotation: index, rule: rule.value))
                    matched = true
                }
            }
            if matched { suppressed.append(finding) } else { kept.append(finding) }
        }
        var extra = problems
        for (index, annotation) in annotations.enumerated() {
            for rule in annotation.rules {
                if let knownRules, rule.value != "all", !knownRules.contains(rule.value) {
                    let hint = ClosestName.hint(for: rule.value, among: knownRules.union(["all"]))
                    extra.append(
                        Self.finding(
                            SuppressionRules.unknownRuleInIgnore,
                            "unknown rule \"\(rule.value)\" in \(annotation.keyword)\(hint)", at: rule.range))
                } else if !used.contains(RuleUse(annotation: index, rule: rule.value)) {
                    extra.append(
                        Self.finding(
                            SuppressionRules.unusedIgnore,
                            "this \(annotation.keyword) for \(rule.value) suppresses nothing; remove it", at: rule.range
                        ))
                }
            }
        }
        return (kept, suppressed, extra.sortedForReport())
    }

    /// One rule id of one annotation.
    private struct RuleUse: Hashable {
        var annotation: Int
        var rule: String
    }

    private static func finding(_ rule: RuleDescriptor, _ message: String, at range: SourceRange) -> Finding {
        Finding(rule: rule.id, severity: rule.defaultSeverity, message: message, range: range)
    }
}
