import Testing

@testable import Syntax

/// Deep nesting is cut off at `Parser.maximumDepth` with one "Nesting too deep" error, without
/// exhausting the stack, and the statements after it are still read.
@Suite struct HCLNestingLimitTests {
    private static let count = 10_000

    private static func repeated(_ text: String) -> String { String(repeating: text, count: count) }

    @Test(arguments: [
        ("brackets", "a = " + repeated("[") + repeated("]") + "\n", "1:261-1:262"),
        ("parentheses", "a = " + repeated("(") + "1" + repeated(")") + "\n", "1:261-1:262"),
        ("objects", "a = " + repeated("{a = ") + "1" + repeated("}") + "\n", "1:1281-1:1282"),
        ("templates", "a = " + repeated("\"${") + "1" + repeated("}\"") + "\n", "1:773-1:774"),
        ("function calls", "a = " + repeated("f(") + "1" + repeated(")") + "\n", "1:517-1:518"),
        ("negations", "a = " + repeated("!") + "x\n", "1:260-1:261"),
        ("conditionals", "a = " + repeated("x ? y : ") + "1\n", "1:2049-1:2050"),
        ("splats", "a = x" + repeated("[*]") + "\n", "1:774-1:775"),
        ("index keys", "a = " + repeated("x[") + "0" + repeated("]") + "\n", "1:517-1:518"),
        ("template directives", "a = \"" + repeated("%{if x}") + repeated("%{endif}") + "\"\n", "1:1791-1:1798"),
        ("heredocs", "a = " + repeated("<<E\n${") + "1" + repeated("}\nE\n") + "\n", "257:3-257:6"),
        ("blocks", repeated("a {\n") + repeated("}\n"), "257:3-257:4"),
    ])
    func deepNestingIsCutOff(name: String, source: String, position: String) {
        let parsed = HCL.file(source + "after = 1\n")
        #expect(parsed.diagnostics.map(HCL.describe) == ["\(position) Nesting too deep"], "\(name)")
        #expect(parsed.body.attribute("after") != nil, "\(name)")
    }

    @Test func nestingUpToTheLimitIsAccepted() {
        let depth = Parser.maximumDepth - 1
        let source = "a = " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
        #expect(HCL.file(source).diagnostics.isEmpty)
        let blocks =
            String(repeating: "a {\n", count: Parser.maximumDepth)
            + String(repeating: "}\n", count: Parser.maximumDepth)
        #expect(HCL.file(blocks).diagnostics.isEmpty)
    }

    @Test func unbalancedDeepNestingEndsAtEndOfFile() {
        let parsed = HCL.file("a = " + Self.repeated("[") + "\n")
        #expect(parsed.diagnostics.map(HCL.describe) == ["1:261-1:262 Nesting too deep"])
        let blocks = HCL.file(Self.repeated("a {\n"))
        #expect(blocks.diagnostics.map(HCL.describe) == ["257:3-257:4 Nesting too deep"])
        let unclosed = HCL.file("a {\n  b {\n    c {\n      d = 1\n")
        #expect(unclosed.diagnostics.map(HCL.describe) == ["3:7-3:8 Unclosed configuration block"])
    }

    @Test func expressionAndTemplateEntryPointsAreLimitedToo() {
        let (_, expressionDiagnostics) = HCLParser.parseExpression(
            Self.repeated("(") + Self.repeated(")"), path: HCL.path)
        #expect(expressionDiagnostics.map(HCL.describe) == ["1:257-1:258 Nesting too deep"])
        let (_, templateDiagnostics) = HCLParser.parseTemplate(
            Self.repeated("${\"") + Self.repeated("\"}"), path: HCL.path)
        #expect(templateDiagnostics.map(HCL.describe) == ["1:771-1:772 Nesting too deep"])
    }
}
