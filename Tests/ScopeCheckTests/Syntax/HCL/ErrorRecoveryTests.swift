import Testing

@testable import Syntax

/// One typo gives one clear message, and the statements after it are still read.
@Suite struct HCLErrorRecoveryTests {
    private struct Case: CustomTestStringConvertible, Sendable {
        var source: String
        var diagnostics: [String]
        /// Whether the top-level `after = 1` on the last line is still parsed.
        var afterParsed = true

        var testDescription: String { source.debugDescription }
    }

    private static let block = "resource \"a\" \"b\" {\n"
    private static let tail = "  other = 1\n}\nafter = 1\n"

    @Test(arguments: [
        Case(source: block + "  name = \"x\n" + tail, diagnostics: ["2:10-2:11 Unterminated template string"]),
        Case(source: block + "  name =\n" + tail, diagnostics: ["2:9-3:1 Invalid expression"]),
        Case(source: block + "  name = [1, 2\n" + tail, diagnostics: ["3:3-3:8 Missing item separator"]),
        Case(source: block + "  name = f(1, 2\n" + tail, diagnostics: ["3:3-3:8 Missing argument separator"]),
        Case(source: block + "  name = (1 + 2\n" + tail, diagnostics: ["3:3-3:8 Unbalanced parentheses"]),
        Case(source: block + "  name = \"${foo\"\n" + tail, diagnostics: ["2:11-2:13 Unterminated template sequence"]),
        Case(source: block + "  name = 1 2\n" + tail, diagnostics: ["2:12-2:13 Missing newline after argument"]),
        Case(source: block + "  name = 1,\n" + tail, diagnostics: ["2:11-2:12 Unexpected comma after argument"]),
        Case(source: block + "  name: 1\n" + tail, diagnostics: ["2:7-2:8 Argument or block definition required"]),
        Case(source: block + "  name = [1 2]\n" + tail, diagnostics: ["2:13-2:14 Missing item separator"]),
        Case(source: block + "  name = {a = 1 b = 2}\n" + tail, diagnostics: ["2:17-2:18 Missing attribute separator"]),
        Case(source: block + "  name = a.\n" + tail, diagnostics: ["2:12-3:1 Invalid attribute name"]),
        Case(source: block + "  1 = 2\n" + tail, diagnostics: ["2:3-2:4 Argument or block definition required"]),
        Case(source: block + "  name = 1 ; \n" + tail, diagnostics: ["2:12-2:13 Invalid character"]),
        Case(
            source: block + "  nested \"x\" 1 {\n    a = 1\n  }\n" + tail,
            diagnostics: ["2:14-2:15 Invalid block definition"]),
        Case(
            source: block + "  name = 1\n}\n}\nafter = 1\n",
            diagnostics: ["4:1-4:2 Argument or block definition required"]),
        Case(
            source: "resource \"a\" \"b\"\n{\n  name = 1\n}\nafter = 1\n",
            diagnostics: ["2:1-2:2 Invalid block definition"]),
        Case(source: "a { b = 1\nafter = 1\n", diagnostics: ["1:10-2:1 Invalid single-argument block definition"]),
        Case(
            source: "a { b = 1 c = 2 }\nafter = 1\n",
            diagnostics: ["1:11-1:12 Invalid single-argument block definition"]),
        Case(
            source: "a { b { c = 1 } }\nafter = 1\n", diagnostics: ["1:5-1:6 Invalid single-argument block definition"]),
        Case(source: "a {} b = 1\nafter = 1\n", diagnostics: ["1:6-1:7 Missing newline after block definition"]),
        Case(source: "a \"${x}\" {}\nafter = 1\n", diagnostics: ["1:3-1:9 Invalid string literal"]),
        Case(source: "\"a\" = 1\nafter = 1\n", diagnostics: ["1:1-1:2 Argument or block definition required"]),
        Case(
            source: "a = \"\\q ${x\"\nafter = 1\n",
            diagnostics: ["1:6-1:8 Invalid escape sequence", "1:9-1:11 Unterminated template sequence"]),
        Case(source: "a = 1\n\"\\q\" = 2\nafter = 1\n", diagnostics: ["2:1-2:2 Argument or block definition required"]),
        Case(source: "a = b == = c\nafter = 1\n", diagnostics: ["1:10-1:11 Invalid expression"]),
        Case(source: "a = x ? 1\nafter = 1\n", diagnostics: ["1:10-2:1 Missing false expression in conditional"]),
        Case(source: "a = [for x in y x]\nafter = 1\n", diagnostics: ["1:17-1:18 Invalid 'for' expression"]),
        Case(source: "a = <<EOT x\nafter = 1\n", diagnostics: ["1:5-1:10 Invalid heredoc introducer"]),
        Case(
            source: "a = 1 @ 2 $\nafter = 1\n",
            diagnostics: ["1:7-1:8 Invalid character", "1:11-1:12 Invalid character"]),
    ])
    private func oneMessagePerTypo(_ example: Case) {
        let parsed = HCL.file(example.source)
        #expect(parsed.diagnostics.map(HCL.describe) == example.diagnostics)
        #expect((parsed.body.attribute("after") != nil) == example.afterParsed)
    }

    @Test(arguments: [
        Case(
            source: block + "  name = 1\n  other = 2\n", diagnostics: ["1:18-1:19 Unclosed configuration block"],
            afterParsed: false),
        Case(
            source: block + "  name = \"abc", diagnostics: ["2:10-2:11 Unterminated template string"],
            afterParsed: false),
        Case(
            source: block + "  name = <<EOT\n hi\n}\n", diagnostics: ["2:10-2:15 Unterminated heredoc"],
            afterParsed: false),
        Case(source: block + "  /* name = 1\n}\n", diagnostics: ["2:3-2:5 Unterminated comment"], afterParsed: false),
        Case(
            source: block + "  name = \"${a", diagnostics: ["2:11-2:13 Unterminated template sequence"],
            afterParsed: false),
        Case(source: "a = \"%{ if x }", diagnostics: ["1:5-1:6 Unterminated template string"], afterParsed: false),
        Case(source: "a = \"%{ if x }\"\nafter = 1\n", diagnostics: ["1:6-1:15 Unterminated template directive"]),
    ])
    private func unterminatedConstructsAreReportedAtTheirStart(_ example: Case) {
        let parsed = HCL.file(example.source)
        #expect(parsed.diagnostics.map(HCL.describe) == example.diagnostics)
    }

    @Test func separateTyposGiveSeparateMessages() {
        let parsed = HCL.file("a = 1 +\nb = 2\nc = [1 2]\nd {\n  e = \n}\nf = 3\n")
        #expect(
            parsed.diagnostics.map(HCL.describe) == [
                "1:8-2:1 Invalid expression", "3:8-3:9 Missing item separator", "5:7-6:1 Invalid expression",
            ])
        #expect(parsed.body.attributes.map(\.name) == ["a", "b", "c", "f"])
        #expect(parsed.body.blocks.map(\.type) == ["d"])
    }

    @Test func invalidExpressionsBecomeUnknownValues() {
        let parsed = HCL.file("a = )\n")
        guard case .literal(.unknown(let unknown))? = parsed.body.attribute("a")?.expression.kind else {
            Issue.record("expected an unknown placeholder")
            return
        }
        #expect(unknown.reason == "invalid expression")
    }

    @Test func invalidUTF8AndNULInsideAFile() {
        let bytes =
            Array("a = \"ok\"\nb = \"".utf8) + [0xC3, 0x28] + Array("\"\nc = ".utf8) + [0x00] + Array("\nd = 1\n".utf8)
        let parsed = HCLParser.parseFile(bytes: bytes, path: HCL.path)
        #expect(
            parsed.diagnostics.map(HCL.describe) == ["2:6-2:7 Invalid character encoding", "3:5-3:6 Invalid character"])
        #expect(parsed.body.attributes.map(\.name) == ["a", "b", "c", "d"])
    }

    @Test func garbageBytesNeverCrash() {
        var generator = SeededRandom(seed: 2026_12_06)
        let alphabet = Array("{}[]()\"'$%~<<-EOT\n\r\t =:,.?!*/#\\abc123".utf8) + [0x00, 0xFF, 0xC3]
        for _ in 0..<300 {
            let length = Int.random(in: 0..<200, using: &generator)
            let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? 0x20 }
            let parsed = HCLParser.parseFile(bytes: bytes, path: HCL.path)
            for diagnostic in parsed.diagnostics {
                #expect(diagnostic.range != nil)
            }
            _ = HCLParser.parseExpression(String(decoding: bytes, as: UTF8.self), path: HCL.path)
            _ = HCLParser.parseTemplate(String(decoding: bytes, as: UTF8.self), path: HCL.path)
        }
    }
}
