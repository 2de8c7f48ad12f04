import Testing

@testable import Core
@testable import Syntax

@Suite struct JSONDocumentTests {
    private func parse(_ text: String, maximumDepth: Int = JSONDocument.defaultMaximumDepth) -> JSONDocument {
        JSONDocument.parse(text, path: "doc.json", maximumDepth: maximumDepth)
    }

    private func position(_ line: Int, _ column: Int, _ byte: Int) -> SourcePosition {
        SourcePosition(line: line, column: column, byte: byte)
    }

    @Test func readsEveryKindWithValues() throws {
        let document = parse(#"{"a": null, "b": true, "c": false, "d": -1.5e2, "e": "x", "f": [1, {}], "g": {}}"#)
        #expect(document.diagnostics.isEmpty)
        let root = try #require(document.root)
        #expect(root["a"]?.isNull == true)
        #expect(root["b"]?.boolValue == true)
        #expect(root["c"]?.boolValue == false)
        #expect(root["d"]?.numberValue == -150)
        if case .number(_, let text) = root["d"]?.kind { #expect(text == "-1.5e2") } else { Issue.record("number") }
        #expect(root["e"]?.stringValue == "x")
        #expect(root["f"]?.arrayValue?.count == 2)
        #expect(root["f"]?[1]?.objectMembers?.isEmpty == true)
        #expect(root["g"]?.kindName == "object")
        #expect(root.objectMembers?.map(\.key) == ["a", "b", "c", "d", "e", "f", "g"])
        #expect(root["missing"] == nil)
        #expect(root["f"]?[5] == nil)
    }

    @Test func convertsToValue() throws {
        let root = try #require(parse(#"{"a": [1, "x", true, null], "b": {"c": 2}}"#).root)
        #expect(
            root.value
                == .object([
                    "a": .list([.number(1), .string("x"), .bool(true), .null]), "b": .object(["c": .number(2)]),
                ]))
    }

    @Test func keepsRangesOfNodesAndKeys() throws {
        let document = parse("{\n  \"név\": [1, \"é\"]\n}")
        let root = try #require(document.root)
        #expect(root.range.start == position(1, 1, 0))
        #expect(root.range.end == position(3, 2, 23))
        let member = try #require(root.objectMembers?.first)
        #expect(member.keyRange.start == position(2, 3, 4))
        #expect(member.keyRange.end == position(2, 8, 10))
        #expect(member.value.range.start == position(2, 10, 12))
        let second = try #require(member.value[1])
        #expect(second.range.start == position(2, 14, 16))
        #expect(second.range.end == position(2, 17, 20))
        #expect(second.stringValue == "é")
    }

    @Test func readsAnUnpairedSurrogateAsTheReplacementCharacter() throws {
        // The same answer as the spec reader's: U+FFFD, not an error.
        let root = try #require(parse(#"["\ud83d", "\udc00x"]"#).root)
        #expect(root.arrayValue?.map(\.stringValue) == ["\u{FFFD}", "\u{FFFD}x"])
    }

    @Test func decodesEscapes() throws {
        let root = try #require(parse(#""a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\ude00""#).root)
        #expect(root.stringValue == "a\"b\\c/d\u{08}\u{0C}\n\r\té😀")
    }

    @Test func keepsDuplicateKeysAndReadsTheLast() throws {
        let root = try #require(parse(#"{"a": 1, "a": 2}"#).root)
        #expect(root.objectMembers?.count == 2)
        #expect(root["a"]?.numberValue == 2)
    }

    @Test func skipsByteOrderMark() throws {
        let document = JSONDocument.parse(bytes: [0xEF, 0xBB, 0xBF] + Array("[1]".utf8), path: "bom.json")
        #expect(document.root?.arrayValue?.count == 1)
    }

    @Test(arguments: [
        ("", "1:1", "expected value, found end of input"),
        ("{\"a\" 1}", "1:6", "expected ':', found '1'"),
        ("{\"a\": 1,}", "1:9", "expected string key, found '}'"),
        ("[1 2]", "1:4", "expected ',' or ']', found '2'"),
        ("{\"a\": 1\n\"b\": 2}", "2:1", "expected ',' or '}', found '\"'"),
        ("[tru]", "1:2", "expected value, found 't'"),
        ("[01]", "1:3", "expected ',' or ']', found '1'"),
        ("[1.]", "1:4", "expected digit, found ']'"),
        ("[1e]", "1:4", "expected digit, found ']'"),
        (
            "[\"a\nb\"]", "1:4",
            "expected string character (control characters must be escaped), found control character U+000A"
        ),
        ("[\"a\\x\"]", "1:5", "expected escape character (one of \" \\ / b f n r t u), found 'x'"),
        ("[\"\\u12\"]", "1:7", "expected hexadecimal digit of \\u escape, found '\"'"),
        ("\"abc", "1:5", "expected '\"' closing the string, found end of input"),
        ("{} x", "1:4", "expected end of input, found 'x'"),
        ("{'a': 1}", "1:2", "expected string key, found '''"),
        ("[1e999]", "1:2", "1e999 is out of range"),
    ])
    func reportsErrorsWithLineAndColumn(source: String, location: String, detail: String) throws {
        let document = parse(source)
        #expect(document.root == nil)
        let diagnostic = try #require(document.diagnostics.first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.range?.description == "doc.json:\(location)")
        #expect(diagnostic.detail == detail)
    }

    @Test func limitsNestingDepth() throws {
        let deep = String(repeating: "[", count: 10) + String(repeating: "]", count: 10)
        #expect(parse(deep, maximumDepth: 10).root != nil)
        let document = parse(deep, maximumDepth: 9)
        let diagnostic = try #require(document.diagnostics.first)
        #expect(diagnostic.summary == "JSON nesting too deep")
        #expect(diagnostic.range?.description == "doc.json:1:10")
        let hostile = String(repeating: "[", count: 100_000)
        #expect(parse(hostile).diagnostics.first?.summary == "JSON nesting too deep")
    }
}
