import Foundation
import Testing

/// The `console` examples of the README, the docs and the samples are run: each `$ scopecheck
/// ...` line from the package root, its output compared with the lines after it (a `...` line
/// stands for any lines). An example that cannot run here is marked, just before its block,
/// with `<!-- not run: REASON -->`.
@Suite struct DocumentationExampleTests {
    /// One `$ scopecheck ...` command of a console block and the output shown after it.
    struct Example: CustomTestStringConvertible, Sendable {
        var file: String
        var line: Int
        var arguments: [String]
        var output: [String]

        var testDescription: String { "\(file):\(line)" }
    }

    static let root = TestSupport.packageRoot

    /// The Markdown files with examples: README, docs, samples, policies and examples.
    static func markdownFiles() -> [String] {
        var files = ["README.md"]
        for folder in ["docs", "samples", "policies", "examples"] {
            let enumerator = FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path)
            while let path = enumerator?.nextObject() as? String {
                if path.hasSuffix(".md") { files.append("\(folder)/\(path)") }
            }
        }
        return files.sorted()
    }

    /// Every runnable example, in file and line order.
    static let examples: [Example] = markdownFiles().flatMap { file -> [Example] in
        guard let text = try? String(contentsOf: root.appendingPathComponent(file), encoding: .utf8) else {
            return []
        }
        let lines = text.components(separatedBy: "\n")
        var examples: [Example] = []
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            guard lines[index] == "```console" else { continue }
            let skipped = index > 0 && lines[index - 1].hasPrefix("<!-- not run: ")
            var current: Example?
            index += 1
            while index < lines.count, lines[index] != "```" {
                let line = lines[index]
                if line.hasPrefix("$ ") {
                    if let done = current { examples.append(done) }
                    current =
                        skipped
                        ? nil
                        : Example(
                            file: file, line: index + 1, arguments: shellWords(String(line.dropFirst(2))),
                            output: [])
                } else {
                    current?.output.append(line)
                }
                index += 1
            }
            if let done = current { examples.append(done) }
        }
        return examples
    }

    /// The words of a command line: blanks separate, single and double quotes group.
    static func shellWords(_ line: String) -> [String] {
        var words: [String] = []
        var word = ""
        var quote: Character?
        var started = false
        for character in line {
            if let open = quote {
                if character == open { quote = nil } else { word.append(character) }
            } else if character == "'" || character == "\"" {
                quote = character
                started = true
            } else if character == " " {
                if started || !word.isEmpty { words.append(word) }
                word = ""
                started = false
            } else {
                word.append(character)
            }
        }
        if started || !word.isEmpty { words.append(word) }
        return words
    }

    /// Whether `actual` is `expected`, where a `...` line of `expected` stands for any lines.
    static func matches(_ actual: ArraySlice<String>, _ expected: ArraySlice<String>) -> Bool {
        guard let first = expected.first else { return actual.isEmpty }
        if first == "..." {
            return actual.indices.map { actual[$0...] }.contains { matches($0, expected.dropFirst()) }
                || matches(actual[actual.endIndex...], expected.dropFirst())
        }
        guard let line = actual.first, line == first else { return false }
        return matches(actual.dropFirst(), expected.dropFirst())
    }

    @Test func thereAreExamplesToRun() {
        #expect(Self.examples.count >= 8)
        #expect(Self.examples.allSatisfy { $0.arguments.first == "scopecheck" }, "only scopecheck runs here")
    }

    @Test(arguments: examples)
    func exampleRunsAsShown(_ example: Example) throws {
        let output = try CommandRunner.run(Array(example.arguments.dropFirst()))
        #expect(output.status != 2, "\(output.stderr)")
        guard !example.output.isEmpty else { return }
        var actual = output.stdout.components(separatedBy: "\n")
        if actual.last == "" { actual.removeLast() }
        var expected = example.output
        while expected.last == "" && actual.last != "" { expected.removeLast() }
        #expect(
            Self.matches(actual[...], expected[...]),
            "\(example.file):\(example.line) shows\n\(expected.joined(separator: "\n"))\nbut prints\n\(actual.joined(separator: "\n"))"
        )
    }

    @Test func anElisionMatchesAnyLines() {
        #expect(Self.matches(["a", "b", "c"][...], ["a", "...", "c"][...]))
        #expect(Self.matches(["a", "c"][...], ["a", "...", "c"][...]))
        #expect(!Self.matches(["a", "b"][...], ["a", "...", "c"][...]))
        #expect(!Self.matches(["a", "b"][...], ["a"][...]))
        #expect(Self.shellWords(#"lint "a b" --var 'x=1 2'"#) == ["lint", "a b", "--var", "x=1 2"])
    }
}
