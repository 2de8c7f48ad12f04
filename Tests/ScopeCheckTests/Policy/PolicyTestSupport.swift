import Foundation
import Testing

@testable import Core
@testable import Policy

/// Helpers shared by the policy, config and suppression tests.
enum PolicyTest {
    /// `severity line:column summary` of a diagnostic (`-` for no range).
    static func describe(_ diagnostic: Diagnostic) -> String {
        "\(diagnostic.severity.rawValue) \(diagnostic.range.map(position) ?? "-") \(diagnostic.summary)"
    }

    /// `line:column-line:column`.
    static func span(_ range: SourceRange) -> String {
        "\(range.start.line):\(range.start.column)-\(range.end.line):\(range.end.column)"
    }

    /// `line:column`.
    static func position(_ range: SourceRange) -> String {
        "\(range.start.line):\(range.start.column)"
    }

    /// The diagnostics of a one-file policy.
    /// Expects exactly `expected` as the diagnostics of the policy `text`, or, when `expected`
    /// is nil, at least one error whatever its wording.
    static func expectDiagnostics(
        of text: String, _ expected: [String]?, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let diagnostics = policyDiagnostics(text)
        if let expected {
            #expect(diagnostics == expected, sourceLocation: sourceLocation)
        } else {
            #expect(diagnostics.contains { $0.hasPrefix("error ") }, "\(diagnostics)", sourceLocation: sourceLocation)
        }
    }

    static func policyDiagnostics(_ text: String, path: String = "policy.hcl") -> [String] {
        PolicyLoader.parse(text, path: path).diagnostics.map(describe)
    }
}
