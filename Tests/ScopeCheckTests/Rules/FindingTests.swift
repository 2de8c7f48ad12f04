import Testing

@testable import Core
@testable import Rules

@Suite struct FindingTests {
    func finding(line: Int, rule: String = "missing-scope") -> Finding {
        Finding(
            rule: rule, severity: .error, message: "needs analytics:readonly",
            range: SourceRange(
                file: "main.tf", start: SourcePosition(line: line, column: 3, byte: line * 10),
                end: SourcePosition(line: line, column: 9, byte: line * 10 + 6)),
            address: "genesyscloud_oauth_client.a")
    }

    @Test func fingerprintSurvivesLineShiftsButNotRuleChanges() {
        #expect(finding(line: 3).fingerprint == finding(line: 40).fingerprint)
        #expect(finding(line: 3).fingerprint != finding(line: 3, rule: "excess-scope").fingerprint)
        #expect(finding(line: 3).fingerprint.count == 16)
    }

    @Test func stableHashIsFNV1a() {
        #expect(StableHash.hex(of: "") == "cbf29ce484222325")
        #expect(StableHash.hex(of: "a") == "af63dc4c8601ec8c")
    }

    @Test func reportOrderIsByPositionThenRule() {
        let sorted = [finding(line: 9), finding(line: 2, rule: "z"), finding(line: 2, rule: "a")].sortedForReport()
        #expect(sorted.map(\.rule) == ["a", "z", "missing-scope"])
    }
}
