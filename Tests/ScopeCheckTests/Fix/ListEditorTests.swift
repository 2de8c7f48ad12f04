import Testing

@testable import Fix
@testable import Syntax

@Suite struct ListEditorTests {
    /// `source` with the `scopes` list edited: `changes` by element, `additions` appended.
    func edit(_ source: String, _ changes: [ElementChange]? = nil, adding additions: [String] = []) -> String? {
        let bytes = Array(source.utf8)
        let file = HCLParser.parseFile(bytes: bytes, path: "main.tf")
        guard let attribute = file.body.attribute("scopes"),
            let editor = ListEditor(file: "main.tf", bytes: bytes, tuple: attribute.expression)
        else { return nil }
        let changes = changes ?? Array(repeating: .keep, count: editor.elements.count)
        guard let edits = editor.edits(changes, adding: additions),
            let updated = TextEdit.apply(edits, to: bytes)
        else { return nil }
        return String(decoding: updated, as: UTF8.self)
    }

    @Test func oneLineListsLoseAndGainElementsWithTheirSeparators() {
        let source = #"scopes = ["a", "b", "c"] # why"# + "\n"
        #expect(edit(source, [.keep, .remove, .keep]) == #"scopes = ["a", "c"] # why"# + "\n")
        #expect(edit(source, [.remove, .keep, .keep]) == #"scopes = ["b", "c"] # why"# + "\n")
        #expect(edit(source, [.remove, .remove, .keep]) == #"scopes = ["c"] # why"# + "\n")
        #expect(edit(source, [.keep, .remove, .remove]) == #"scopes = ["a"] # why"# + "\n")
        #expect(edit(source, adding: ["x", "y"]) == #"scopes = ["a", "b", "c", "x", "y"] # why"# + "\n")
        #expect(edit(source, [.keep, .remove, .keep], adding: ["x"]) == #"scopes = ["a", "x", "c"] # why"# + "\n")
        #expect(edit(source, [.replace("z"), .keep, .keep]) == #"scopes = ["z", "b", "c"] # why"# + "\n")
        #expect(edit(source, [.remove, .remove, .remove]) == nil)
        #expect(edit(source, [.remove, .remove, .remove], adding: ["x"]) == #"scopes = ["x"] # why"# + "\n")
    }

    @Test func oneLineListsKeepATrailingCommaAndEmptyListsFill() {
        #expect(edit(#"scopes = ["a", "b",]"#, adding: ["x"]) == #"scopes = ["a", "b", "x",]"#)
        #expect(edit(#"scopes = []"#, adding: ["x", "y"]) == #"scopes = ["x", "y"]"#)
        #expect(edit(#"scopes = ["a\"q"]"#, [.replace("b")]) == #"scopes = ["b"]"#)
    }

    @Test func listsOfOneElementPerLineEditWholeLines() {
        let source = """
            scopes = [
              # read-only first
              "a", # keep
              "b",   # drop me
              "c"
            ]

            """
        #expect(
            edit(source, [.keep, .remove, .keep], adding: ["x", "y"]) == """
                scopes = [
                  # read-only first
                  "a", # keep
                  "c",
                  "x",
                  "y"
                ]

                """)
        #expect(
            edit(source, [.keep, .keep, .remove]) == """
                scopes = [
                  # read-only first
                  "a", # keep
                  "b",   # drop me
                ]

                """)
        #expect(
            edit(source, [.remove, .remove, .remove], adding: ["x"]) == """
                scopes = [
                  # read-only first
                  "x"
                ]

                """)
    }

    @Test func newLinesFollowTheTrailingCommaStyleIndentationAndLineBreaks() {
        let tabs = "scopes = [\n\t\"a\",\n\t\"b\", // b\n]\n"
        #expect(edit(tabs, adding: ["x"]) == "scopes = [\n\t\"a\",\n\t\"b\", // b\n\t\"x\",\n]\n")
        let crlf = "scopes = [\r\n    \"a\",\r\n    \"b\" # b\r\n]\r\n"
        #expect(edit(crlf, adding: ["x"]) == "scopes = [\r\n    \"a\",\r\n    \"b\", # b\r\n    \"x\"\r\n]\r\n")
        #expect(edit(crlf, [.remove, .keep]) == "scopes = [\r\n    \"b\" # b\r\n]\r\n")
    }

    @Test func mixedLayoutsAreEditedAsOneLine() {
        let source = "scopes = [\"a\", \"b\",\n  \"c\"]\n"
        #expect(edit(source, [.keep, .remove, .keep]) == "scopes = [\"a\",\n  \"c\"]\n")
        #expect(edit(source, adding: ["x"]) == "scopes = [\"a\", \"b\",\n  \"c\", \"x\"]\n")
    }

    @Test func bytesThatAreNotTheParsedListAreRefused() {
        let parsed = HCLParser.parseFile(bytes: Array(#"scopes = ["a"]"#.utf8), path: "main.tf")
        let other = Array(#"scopes = "a" "#.utf8)
        let attribute = parsed.body.attribute("scopes")
        #expect(attribute.flatMap { ListEditor(file: "main.tf", bytes: other, tuple: $0.expression) } == nil)
        #expect(attribute.flatMap { ListEditor(file: "main.tf", bytes: [], tuple: $0.expression) } == nil)
    }

    @Test func overlappingEditsDoNotApply() {
        let bytes = Array("abcdef".utf8)
        let first = TextEdit(file: "f", start: 1, end: 3, replacement: "X")
        #expect(TextEdit.apply([first, TextEdit(file: "f", start: 2, end: 4, replacement: "Y")], to: bytes) == nil)
        #expect(TextEdit.apply([first, TextEdit(file: "f", start: 9, end: 9, replacement: "Y")], to: bytes) == nil)
        let applied = TextEdit.apply(
            [TextEdit.insert("<", in: "f", at: 3), first, TextEdit(file: "f", start: 3, end: 4, replacement: "D")],
            to: bytes)
        #expect(applied.map { String(decoding: $0, as: UTF8.self) } == "aX<Def")
        #expect(first.conflicts(with: TextEdit(file: "f", start: 2, end: 2, replacement: "")))
        #expect(!first.conflicts(with: TextEdit(file: "f", start: 3, end: 3, replacement: "")))
        #expect(!first.conflicts(with: TextEdit(file: "g", start: 1, end: 3, replacement: "")))
    }
}
