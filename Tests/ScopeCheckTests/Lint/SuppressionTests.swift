import Testing

@testable import Core
@testable import Lint
@testable import Rules
@testable import Syntax

/// A file with annotations and findings placed on it by line and column.
struct AnnotatedFile {
    let path: String
    let source: String
    let suppressions: Suppressions

    init(_ source: String, path: String = "main.tf") {
        self.path = path
        self.source = source
        let bytes = Array(source.utf8)
        suppressions = Suppressions.build(file: HCLParser.parseFile(bytes: bytes, path: path))
    }

    /// A finding of `rule` starting at `line`:`column` (ASCII sources only).
    func finding(_ rule: String, _ line: Int, _ column: Int) -> Finding {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let byte = lines.prefix(line - 1).reduce(0) { $0 + $1.utf8.count + 1 } + column - 1
        let start = SourcePosition(line: line, column: column, byte: byte)
        let end = SourcePosition(line: line, column: column + 1, byte: byte + 1)
        return Finding(
            rule: rule, severity: .error, message: "\(rule) at \(line):\(column)",
            range: SourceRange(file: path, start: start, end: end))
    }

    /// `rule line:column` of each finding kept and suppressed, and `rule span message` of each
    /// extra finding.
    func apply(_ findings: [Finding], knownRules: Set<String>? = nil) -> (
        kept: [String], suppressed: [String], extra: [String]
    ) {
        let (kept, suppressed, extra) = suppressions.apply(to: findings, knownRules: knownRules)
        let brief = { (finding: Finding) in "\(finding.rule) \(PolicyTest.position(finding.range))" }
        return (
            kept.map(brief), suppressed.map(brief),
            extra.map { "\($0.rule) \(PolicyTest.span($0.range)) \($0.message)" }
        )
    }
}

@Suite struct SuppressionPlacementTests {
    static let file = AnnotatedFile(
        """
        resource "genesyscloud_oauth_client" "a" {
          name   = "A"
          scopes = ["users"] # scopecheck:ignore excess-scope -- the export job needs it
          # scopecheck:ignore missing-description -- documented in the wiki

          description = <<-EOT
            text
            EOT
          state = "active"
        }

        # scopecheck:ignore missing-scope, excess-scope -- accepted until Q3
        // an unrelated comment
        resource "genesyscloud_oauth_client" "b" {
          scopes = [
            # scopecheck:ignore unknown-scope -- typo kept for the migration
            "userz",
            "users",
          ]
        }

        resource "genesyscloud_oauth_client" "c" {
          name = "C" /* scopecheck:ignore all -- legacy client */
          /* scopecheck:ignore excess-scope -- one */ scopes = ["a"]
        }

        """)

    @Test func anAnnotationEndingACodeLineCoversThatLine() {
        let file = Self.file
        let result = file.apply([file.finding("excess-scope", 3, 12), file.finding("missing-scope", 3, 12)])
        #expect(result.kept == ["missing-scope 3:12"])
        #expect(result.suppressed == ["excess-scope 3:12"])
    }

    @Test func anAnnotationOnItsOwnLineCoversTheNextCodeAsAWhole() {
        let file = Self.file
        let result = file.apply([
            file.finding("missing-description", 6, 3), file.finding("missing-description", 7, 5),
            file.finding("missing-description", 9, 3),
        ])
        #expect(result.suppressed == ["missing-description 6:3", "missing-description 7:5"])
        #expect(result.kept == ["missing-description 9:3"])
    }

    @Test func anAnnotationBeforeABlockCoversTheWholeBlock() {
        let file = Self.file
        let result = file.apply([
            file.finding("missing-scope", 14, 1), file.finding("excess-scope", 15, 12),
            file.finding("excess-scope", 18, 5), file.finding("excess-scope", 22, 1),
        ])
        #expect(result.suppressed == ["missing-scope 14:1", "excess-scope 15:12", "excess-scope 18:5"])
        #expect(result.kept == ["excess-scope 22:1"])
    }

    @Test func anAnnotationBeforeAPlainLineCoversThatLineOnly() {
        let file = Self.file
        let result = file.apply([file.finding("unknown-scope", 17, 5), file.finding("unknown-scope", 18, 5)])
        #expect(result.suppressed == ["unknown-scope 17:5"])
        #expect(result.kept == ["unknown-scope 18:5"])
    }

    @Test func allCoversEveryRuleAndBlockCommentsWork() {
        let file = Self.file
        let result = file.apply([
            file.finding("missing-scope", 23, 3), file.finding("excess-scope", 23, 10),
            file.finding("excess-scope", 24, 48), file.finding("missing-scope", 24, 48),
        ])
        #expect(result.suppressed == ["missing-scope 23:3", "excess-scope 23:10", "excess-scope 24:48"])
        #expect(result.kept == ["missing-scope 24:48"])
    }

    @Test func annotationsKnowTheirScopes() {
        let scopes = Self.file.suppressions.annotations.map { annotation -> String in
            switch annotation.scope {
            case .file: "file"
            case .line(let line): "line \(line)"
            case .range(let range): "range \(PolicyTest.span(range))"
            case .nothing: "nothing"
            }
        }
        #expect(scopes == ["line 3", "range 6:3-8:8", "range 14:1-20:2", "line 17", "line 23", "range 24:47-24:61"])
        #expect(Self.file.suppressions.annotations[0].reason == "the export job needs it")
        #expect(
            Self.file.suppressions.annotations[2].rules.map { "\($0.value) \(PolicyTest.span($0.range))" } == [
                "missing-scope 12:21-12:34", "excess-scope 12:36-12:48",
            ])
    }

    @Test func unusedRuleIdsAreReportedAtTheId() {
        let file = Self.file
        let result = file.apply([file.finding("excess-scope", 3, 12), file.finding("missing-scope", 15, 3)])
        #expect(
            result.extra == [
                "unused-ignore 4:23-4:42 this scopecheck:ignore for missing-description suppresses nothing; remove it",
                "unused-ignore 12:36-12:48 this scopecheck:ignore for excess-scope suppresses nothing; remove it",
                "unused-ignore 16:25-16:38 this scopecheck:ignore for unknown-scope suppresses nothing; remove it",
                "unused-ignore 23:35-23:38 this scopecheck:ignore for all suppresses nothing; remove it",
                "unused-ignore 24:24-24:36 this scopecheck:ignore for excess-scope suppresses nothing; remove it",
            ])
    }

    @Test func findingsOfOtherFilesAreUntouched() {
        let other = AnnotatedFile("locals {\n  a = 1 # scopecheck:ignore excess-scope -- x\n}\n", path: "other.tf")
        let file = Self.file
        let result = file.apply([other.finding("excess-scope", 3, 12)])
        #expect(result.kept == ["excess-scope 3:12"])
    }

    @Test func suppressionsOfSeveralFilesCombine() {
        let first = AnnotatedFile("locals {\n  a = 1 # scopecheck:ignore excess-scope -- x\n}\n", path: "a.tf")
        let second = AnnotatedFile("# scopecheck:ignore-file missing-scope -- y\nlocals {}\n", path: "b.tf")
        let combined = Suppressions(combining: [first.suppressions, second.suppressions])
        let (kept, suppressed, extra) = combined.apply(to: [
            first.finding("excess-scope", 2, 3), second.finding("missing-scope", 2, 1),
            second.finding("excess-scope", 2, 1),
        ])
        #expect(kept.map(\.range.file) == ["b.tf"])
        #expect(suppressed.count == 2)
        #expect(extra.isEmpty)
    }
}

@Suite struct SuppressionAnnotationTests {
    @Test func ignoreFileCoversTheWholeFileWhereverItStands() {
        let file = AnnotatedFile(
            """
            locals {
              a = 1
            }
            # scopecheck:ignore-file excess-scope,unknown-scope -- generated file

            """)
        let result = file.apply([
            file.finding("excess-scope", 1, 1), file.finding("excess-scope", 2, 3), file.finding("missing-scope", 2, 3),
        ])
        #expect(result.suppressed == ["excess-scope 1:1", "excess-scope 2:3"])
        #expect(result.kept == ["missing-scope 2:3"])
        #expect(
            result.extra == [
                "unused-ignore 4:39-4:52 this scopecheck:ignore-file for unknown-scope suppresses nothing; remove it"
            ])
    }

    @Test func aMissingReasonIsReportedButStillSuppresses() {
        let file = AnnotatedFile(
            "locals {\n  a = 1 # scopecheck:ignore excess-scope\n  b = 2 # scopecheck:ignore excess-scope --   \n}\n")
        let result = file.apply([file.finding("excess-scope", 2, 3), file.finding("excess-scope", 3, 3)])
        #expect(result.suppressed == ["excess-scope 2:3", "excess-scope 3:3"])
        #expect(
            result.extra == [
                "ignore-without-reason 2:9-2:41 scopecheck:ignore needs a reason after `--`",
                "ignore-without-reason 3:9-3:47 scopecheck:ignore needs a reason after `--`",
            ])
    }

    @Test(arguments: [
        ("# scopecheck:ignore", "malformed-ignore 1:1-1:20 scopecheck:ignore needs a rule id (or `all`)"),
        ("# scopecheck:ignore -- why", "malformed-ignore 1:1-1:27 scopecheck:ignore needs a rule id (or `all`)"),
        (
            "# scopecheck:ignore excess-scope missing-scope -- why",
            #"malformed-ignore 1:1-1:54 scopecheck:ignore rule ids are separated by commas: "excess-scope missing-scope""#
        ),
        (
            "# scopecheck:ignore a,,b -- why",
            "malformed-ignore 1:1-1:32 scopecheck:ignore has an empty rule id; separate rule ids with single commas"
        ),
        (
            "# scopecheck:ignore-file a, -- why",
            "malformed-ignore 1:1-1:35 scopecheck:ignore-file has an empty rule id; separate rule ids with single commas"
        ),
        (
            "# scopecheck:ingore a -- why",
            "malformed-ignore 1:1-1:29 unknown annotation scopecheck:ingore; did you mean scopecheck:ignore?"
        ),
        ("# scopecheck:disable a -- why", "malformed-ignore 1:1-1:30 unknown annotation scopecheck:disable"),
    ])
    func malformedAnnotationsAreWarnings(comment: String, expected: String) {
        let file = AnnotatedFile("\(comment)\nlocals {}\n")
        #expect(file.suppressions.annotations.isEmpty)
        #expect(file.apply([]).extra == [expected])
    }

    @Test func ordinaryCommentsMentioningScopecheckAreNotAnnotations() {
        let file = AnnotatedFile("# run scopecheck:ignore before merging\n// see scopecheck docs\nlocals {}\n")
        #expect(file.suppressions.annotations.isEmpty && file.suppressions.problems.isEmpty)
    }

    @Test func unknownRulesAreReportedWithASuggestionInsteadOfAsUnused() {
        let file = AnnotatedFile("locals {\n  a = 1 # scopecheck:ignore excess-scop, missing-scope, all -- x\n}\n")
        let known: Set<String> = ["excess-scope", "missing-scope", "unknown-scope"]
        let result = file.apply([file.finding("missing-scope", 2, 3)], knownRules: known)
        #expect(
            result.extra == [
                #"unknown-rule-in-ignore 2:29-2:40 unknown rule "excess-scop" in scopecheck:ignore; did you mean "excess-scope"?"#
            ])
        let unrelated = file.apply([], knownRules: ["x"])
        #expect(
            unrelated.extra == [
                #"unknown-rule-in-ignore 2:29-2:40 unknown rule "excess-scop" in scopecheck:ignore"#,
                #"unknown-rule-in-ignore 2:42-2:55 unknown rule "missing-scope" in scopecheck:ignore"#,
                "unused-ignore 2:57-2:60 this scopecheck:ignore for all suppresses nothing; remove it",
            ])
    }

    @Test func anAnnotationWithNoCodeAfterItSuppressesNothing() {
        let file = AnnotatedFile("locals {}\n# scopecheck:ignore excess-scope -- x\n\n")
        #expect(file.suppressions.annotations.first?.scope == .nothing)
        #expect(
            file.apply([file.finding("excess-scope", 1, 1)]).extra == [
                "unused-ignore 2:21-2:33 this scopecheck:ignore for excess-scope suppresses nothing; remove it"
            ])
    }

    @Test func multiLineBlockCommentsAndUnicodeKeepExactRanges() {
        let file = AnnotatedFile(
            """
            locals {
              é = "ü" /* scopecheck:ignore
                 excess-scope -- spans lines */
              b = 2
            }

            """)
        let annotation = file.suppressions.annotations.first
        #expect(annotation?.scope == .line(2))
        #expect(annotation?.rules.map { PolicyTest.span($0.range) } == ["3:6-3:18"])
        #expect(annotation?.reason == "spans lines")
    }

    @Test func suppressionRulesAreDescribed() {
        #expect(
            SuppressionRules.descriptors.map(\.id) == [
                "ignore-without-reason", "malformed-ignore", "unknown-rule-in-ignore", "unused-ignore",
            ])
        #expect(SuppressionRules.descriptors.allSatisfy { $0.defaultSeverity == .warning })
    }
}
