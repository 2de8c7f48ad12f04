import Testing

@testable import Core
@testable import Lint
@testable import Policy
@testable import Rules
@testable import Syntax

/// Broken input yields diagnostics, never a crash or a hang.
@Suite struct PolicyRobustnessTests {
    static let samples = [
        PolicyFileTests.goodPolicy,
        ConfigLoaderTests.config,
        """
        locals { # scopecheck:ignore a, b -- x
          /* scopecheck:ignore-file all -- é */ a = [
            # scopecheck:ignore
            1,
          ]
        }
        """,
    ]

    @Test func everyPrefixOfTheSamplesIsHandled() {
        for sample in Self.samples {
            let bytes = Array(sample.utf8)
            for length in 0...bytes.count {
                let prefix = Array(bytes[..<length])
                let policy = PolicyLoader.parse(sources: [("p.hcl", prefix)])
                let (config, _) = ConfigLoader.parse(bytes: prefix, path: "/r/.scopecheck.hcl")
                let file = HCLParser.parseFile(bytes: prefix, path: "main.tf")
                let suppressions = Suppressions.build(file: file)
                let start = SourcePosition(line: 1, column: 1, byte: 0)
                let finding = Finding(
                    rule: "a", severity: .error, message: "m",
                    range: SourceRange(file: "main.tf", start: start, end: start))
                _ = suppressions.apply(to: [finding], knownRules: ["a"])
                #expect(policy.clients.count <= 3)
                #expect(config.path == "/r/.scopecheck.hcl")
            }
        }
    }

    @Test(arguments: ["a*", "*a", "[", "\\", "**", "***/", "[!]", "[a-]", "[-a]"])
    func oddGlobsCompileOrFailCleanly(pattern: String) {
        _ = try? Glob(pattern).matches("a/b-c")
    }
}
