import Testing

@testable import Core
@testable import Lint
@testable import Rules

@Suite struct BaselineTests {
    static func finding(
        _ rule: String, file: String = "main.tf", line: Int = 1, address: String? = "genesyscloud_oauth_client.a",
        message: String = "client a is missing a scope"
    ) -> Finding {
        let start = SourcePosition(line: line, column: 3, byte: line * 10)
        let end = SourcePosition(line: line, column: 9, byte: line * 10 + 6)
        return Finding(
            rule: rule, severity: .error, message: message, range: SourceRange(file: file, start: start, end: end),
            address: address)
    }

    @Test func writesSortedEntriesInTheDocumentedShape() {
        let findings = [
            Self.finding("missing-scope", file: "b.tf"),
            Self.finding("excess-scope", file: "a.tf", address: nil, message: "scope \"users\" \\ unused"),
        ]
        let text = Baseline.write(findings: findings)
        #expect(
            text == """
                {
                  "version": 1,
                  "tool": "scopecheck",
                  "findings": [
                    {
                      "rule": "excess-scope",
                      "address": null,
                      "file": "a.tf",
                      "fingerprint": "\(findings[1].fingerprint)",
                      "message": "scope \\"users\\" \\\\ unused"
                    },
                    {
                      "rule": "missing-scope",
                      "address": "genesyscloud_oauth_client.a",
                      "file": "b.tf",
                      "fingerprint": "\(findings[0].fingerprint)",
                      "message": "client a is missing a scope"
                    }
                  ]
                }

                """)
        #expect(Baseline.write(findings: findings.reversed()) == text)
    }

    @Test func anEmptyBaselineHasAnEmptyList() {
        #expect(
            Baseline.write(findings: []) == "{\n  \"version\": 1,\n  \"tool\": \"scopecheck\",\n  \"findings\": []\n}\n"
        )
    }

    @Test func roundTrips() throws {
        let findings = [
            Self.finding("missing-scope"), Self.finding("excess-scope", address: nil),
            Self.finding("unknown-scope", message: "émoji ✓ and \"quotes\"\nand a newline"),
        ]
        let baseline = try Baseline.parse(text: Baseline.write(findings: findings), path: "baseline.json")
        #expect(baseline.entries == findings.map(BaselineEntry.init(finding:)).sorted())
        #expect(baseline.entries.first { $0.rule == "excess-scope" }?.address == nil)
    }

    @Test func filtersByFingerprintAsAMultiset() throws {
        let accepted = [Self.finding("missing-scope", line: 1), Self.finding("missing-scope", line: 2)]
        let baseline = try Baseline.parse(text: Baseline.write(findings: accepted), path: "baseline.json")
        let moved = [
            Self.finding("missing-scope", line: 30), Self.finding("excess-scope", line: 5),
            Self.finding("missing-scope", line: 10), Self.finding("missing-scope", line: 20),
        ]
        let (new, baselined) = baseline.filter(moved)
        #expect(baselined.map(\.range.start.line) == [10, 20])
        #expect(new.map { "\($0.rule) \($0.range.start.line)" } == ["excess-scope 5", "missing-scope 30"])
    }

    @Test func aChangedMessageOrFileIsNew() throws {
        let baseline = try Baseline.parse(
            text: Baseline.write(findings: [Self.finding("missing-scope")]), path: "b.json")
        let (new, baselined) = baseline.filter([
            Self.finding("missing-scope", message: "client a is missing two scopes"),
            Self.finding("missing-scope", file: "other.tf"),
        ])
        #expect(new.count == 2 && baselined.isEmpty)
    }

    @Test(arguments: [
        ("", "base.json: not valid JSON"),
        ("[]", "base.json: expected a JSON object at the top level"),
        (#"{"tool": "scopecheck", "findings": []}"#, "base.json: missing \"version\" number"),
        (
            #"{"version": 2, "tool": "scopecheck", "findings": []}"#,
            "base.json: unsupported baseline version 2 (this scopecheck reads version 1)"
        ),
        (
            #"{"version": 1, "tool": "tflint", "findings": []}"#,
            "base.json: not a scopecheck baseline (\"tool\" must be \"scopecheck\")"
        ),
        (#"{"version": 1, "tool": "scopecheck"}"#, "base.json: missing \"findings\" list"),
        (#"{"version": 1, "tool": "scopecheck", "findings": [3]}"#, "base.json: findings[0] is not an object"),
        (
            #"{"version": 1, "tool": "scopecheck", "findings": [{"rule": "a", "file": "f", "message": "m"}]}"#,
            "base.json: findings[0] has no \"fingerprint\" string"
        ),
        (
            #"{"version": 1, "tool": "scopecheck", "findings": [{"rule": "a", "address": 1, "file": "f", "fingerprint": "x", "message": "m"}]}"#,
            "base.json: findings[0] has an \"address\" that is not a string or null"
        ),
    ])
    func malformedFilesAreClearErrors(text: String, message: String) {
        do {
            _ = try Baseline.parse(text: text, path: "base.json")
            Issue.record("parsed")
        } catch {
            #expect(error.description.hasPrefix(message))
        }
    }

    @Test func anEntryWithoutAddressKeyIsAccepted() throws {
        let baseline = try Baseline.parse(
            text:
                #"{"version": 1, "tool": "scopecheck", "findings": [{"rule": "a", "file": "f", "fingerprint": "x", "message": "m"}]}"#,
            path: "b.json")
        #expect(baseline.entries == [BaselineEntry(rule: "a", address: nil, file: "f", fingerprint: "x", message: "m")])
    }

    @Test func loadReportsAMissingFile() {
        #expect(throws: BaselineError(path: "/nonexistent.json", message: "can't read the file")) {
            try Baseline.load(path: "/nonexistent.json")
        }
    }
}
