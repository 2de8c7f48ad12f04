import Foundation
import Testing

/// The `hcl` snippets of the README, the docs and the samples that scopecheck can read are read
/// by it: Terraform snippets are linted on their own with the sample spec, and must not hold a
/// syntax error or an ignore comment naming a rule that does not exist; `.scopecheck.hcl`
/// snippets are loaded as configs and must name only real rules. A snippet that is a template
/// (`RULE-ID`) is marked, just before its block, with `<!-- not run: REASON -->`.
@Suite(.enabled(if: CommandRunner.executable != nil)) struct DocumentationSnippetTests {
    /// One `hcl` block of a Markdown file.
    struct Snippet: CustomTestStringConvertible, Sendable {
        var file: String
        var line: Int
        var text: String

        var testDescription: String { "\(file):\(line)" }

        var isTerraform: Bool {
            text.split(separator: "\n").contains { line in
                ["resource \"", "data \"", "module \"", "variable \"", "provider \"", "output \""].contains {
                    line.hasPrefix($0)
                }
            }
        }

        var isConfig: Bool {
            !isTerraform
                && text.split(separator: "\n").contains { $0.hasPrefix("rule \"") || $0.hasPrefix("# .scopecheck.hcl") }
        }
    }

    /// Every `hcl` block not marked as not run, in file and line order.
    static let snippets: [Snippet] = DocumentationExampleTests.markdownFiles().flatMap { file -> [Snippet] in
        guard
            let text = try? String(
                contentsOf: TestSupport.packageRoot.appendingPathComponent(file), encoding: .utf8)
        else { return [] }
        let lines = text.components(separatedBy: "\n")
        var snippets: [Snippet] = []
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            guard lines[index] == "```hcl" else { continue }
            let skipped = index > 0 && lines[index - 1].hasPrefix("<!-- not run: ")
            let start = index + 1
            while index + 1 < lines.count, lines[index + 1] != "```" { index += 1 }
            if !skipped {
                snippets.append(Snippet(file: file, line: start, text: lines[start...index].joined(separator: "\n")))
            }
            index += 1
        }
        return snippets
    }

    /// Findings no snippet may produce: it does not parse, or an ignore comment is malformed or
    /// names no rule.
    static let forbidden: Set<String> = ["parse-error", "malformed-ignore", "unknown-rule-in-ignore"]

    @Test func thereAreSnippetsOfEachKind() {
        #expect(Self.snippets.count { $0.isTerraform } >= 20)
        #expect(Self.snippets.count { $0.isConfig } >= 1)
    }

    @Test(arguments: snippets.filter(\.isTerraform))
    func terraformSnippetParsesAndItsIgnoresNameRealRules(_ snippet: Snippet) throws {
        let directory = try TestSupport.temporaryDirectory()
        try Data(snippet.text.utf8).write(to: directory.appendingPathComponent("main.tf"))
        let spec = TestSupport.packageRoot.appendingPathComponent("samples/spec/genesys-platform-sample.json").path
        let output = try CommandRunner.run(
            ["lint", directory.path, "--spec", spec, "--format", "json", "--fail-on", "never"], in: directory)
        #expect(output.status == 0, "\(snippet.file):\(snippet.line): \(output.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
        let rules = (report?["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        #expect(Set(rules).isDisjoint(with: Self.forbidden), "\(snippet.file):\(snippet.line): \(rules)")
    }

    @Test(arguments: snippets.filter(\.isConfig))
    func configSnippetNamesRealRules(_ snippet: Snippet) throws {
        let directory = try TestSupport.temporaryDirectory()
        try Data(snippet.text.utf8).write(to: directory.appendingPathComponent(".scopecheck.hcl"))
        try Data("".utf8).write(to: directory.appendingPathComponent("main.tf"))
        let spec = TestSupport.packageRoot.appendingPathComponent("samples/spec/genesys-platform-sample.json").path
        // The snippet's specs, policies and overlays are not here: the command line replaces them.
        let output = try CommandRunner.run(
            ["lint", directory.path, "--spec", spec, "--policy", directory.path, "--fail-on", "never"], in: directory)
        #expect(!output.stderr.contains("unknown rule"), "\(snippet.file):\(snippet.line): \(output.stderr)")
        #expect(!output.stderr.contains(".scopecheck.hcl:"), "\(snippet.file):\(snippet.line): \(output.stderr)")
    }
}
