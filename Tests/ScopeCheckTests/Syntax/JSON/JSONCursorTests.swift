import Testing

@testable import Core
@testable import Graph
@testable import Syntax

/// Runs `body` with a cursor over the UTF-8 bytes of `text`.
func withCursor<Result>(_ text: String, _ body: (inout JSONCursor) throws -> Result) throws -> Result {
    let bytes = Array(text.utf8)
    return try bytes.withUnsafeBytes { buffer in
        var cursor = JSONCursor(buffer)
        return try body(&cursor)
    }
}

/// The error `body` throws on a cursor over `text`, or nil.
func jsonError(_ text: String, _ body: (inout JSONCursor) throws -> Void) -> JSONReadError? {
    do {
        try withCursor(text, body)
        return nil
    } catch let error as JSONReadError {
        return error
    } catch {
        return nil
    }
}

@Suite struct JSONCursorTests {
    @Test func readsEveryKindOfValue() throws {
        let text = #" { "s" : "text", "n": -12.5e2, "z": 0, "t": true, "f": false, "x": null, "a": [1, [], {}] } "#
        try withCursor(text) { cursor in
            #expect(try cursor.peekKind() == .object)
            try cursor.beginObject()
            var keys: [String] = []
            while let key = try cursor.nextKey() {
                keys.append(cursor.string(of: key))
                switch keys.last {
                case "s":
                    #expect(try cursor.peekKind() == .string)
                    #expect(try cursor.readString() == "text")
                case "n": #expect(try cursor.readNumber() == (-1250, "-12.5e2"))
                case "z": #expect(try cursor.readNumber().value == 0)
                case "t": #expect(try cursor.readBool() == true)
                case "f": #expect(try cursor.readBool() == false)
                case "x":
                    #expect(try cursor.peekKind() == .null)
                    try cursor.readNull()
                default:
                    try cursor.beginArray()
                    #expect(try cursor.nextElement())
                    #expect(try cursor.peekKind() == .number)
                    try cursor.skipValue()
                    #expect(try cursor.nextElement())
                    try cursor.beginArray()
                    #expect(try cursor.nextElement() == false)
                    #expect(try cursor.nextElement())
                    try cursor.beginObject()
                    #expect(try cursor.nextKey() == nil)
                    #expect(try cursor.nextElement() == false)
                }
            }
            try cursor.expectEnd()
            #expect(keys == ["s", "n", "z", "t", "f", "x", "a"])
        }
    }

    @Test func skipsNestedValuesAndLandsAfterThem() throws {
        let text = #"[{"a": [1, 2.5, -3e-2, "x\"]", {"b": null}], "c": {}}, true]"#
        try withCursor(text) { cursor in
            try cursor.beginArray()
            #expect(try cursor.nextElement())
            try cursor.skipValue()
            #expect(try cursor.nextElement())
            #expect(try cursor.readBool())
            #expect(try cursor.nextElement() == false)
            try cursor.expectEnd()
        }
    }

    @Test func decodesEscapes() throws {
        let text = #""q\" b\\ s\/ \b\f\n\r\t é \u00e9 \u20AC \uD83D\uDE00 lone \uD800 end""#
        let decoded = try withCursor(text) { try $0.readString() }
        #expect(decoded == "q\" b\\ s/ \u{8}\u{C}\n\r\t é é € 😀 lone \u{FFFD} end")
    }

    @Test func comparesRawAndEscapedKeysWithoutDecodingPlainOnes() throws {
        try withCursor(#"{"operationId": 1, "oper\u0061tionId": 2, "operation": 3}"#) { cursor in
            try cursor.beginObject()
            var matches: [Bool] = []
            while let key = try cursor.nextKey() {
                matches.append(cursor.matches(key, "operationId"))
                try cursor.skipValue()
            }
            #expect(matches == [true, true, false])
        }
    }

    @Test func internsEqualStringsOnce() throws {
        var interner = StringInterner()
        let strings = try withCursor(#"["analytics", "analytic\u0073", "routing", "analytics"]"#) { cursor in
            try cursor.beginArray()
            var strings: [String] = []
            while try cursor.nextElement() {
                strings.append(cursor.internedString(of: try cursor.readStringToken(), in: &interner))
            }
            return strings
        }
        #expect(strings == ["analytics", "analytics", "routing", "analytics"])
        #expect(interner.count == 2)
    }

    @Test func reportsSyntaxErrorsWithOffsetsAndExpectations() {
        let cases: [(String, JSONReadError)] = [
            (#"{"a": 1 "b": 2}"#, .init(kind: .syntax, offset: 8, expected: "',' or '}'", found: "'\"'")),
            (#"{"a" 1}"#, .init(kind: .syntax, offset: 5, expected: "':'", found: "'1'")),
            (#"{"a": 1,}"#, .init(kind: .syntax, offset: 8, expected: "string key", found: "'}'")),
            (#"[1, 2"#, .init(kind: .syntax, offset: 5, expected: "',' or ']'", found: "end of input")),
            (#"[1,]"#, .init(kind: .syntax, offset: 3, expected: "value", found: "']'")),
            (
                #"{"a": "unterminated"#,
                .init(kind: .syntax, offset: 19, expected: "'\"' closing the string", found: "end of input")
            ),
            (
                #"["a\qb"]"#,
                .init(kind: .syntax, offset: 4, expected: "escape character (one of \" \\ / b f n r t u)", found: "'q'")
            ),
            (
                #"["\u12G4"]"#,
                .init(kind: .syntax, offset: 6, expected: "hexadecimal digit of \\u escape", found: "'G'")
            ),
            (
                "[\"tab\there\"]",
                .init(
                    kind: .syntax, offset: 5, expected: "string character (control characters must be escaped)",
                    found: "control character U+0009")
            ),
            (#"[tru]"#, .init(kind: .syntax, offset: 4, expected: "'true'", found: "']'")),
            (#"[01]"#, .init(kind: .syntax, offset: 2, expected: "',' or ']'", found: "'1'")),
            (#"[1.]"#, .init(kind: .syntax, offset: 3, expected: "digit", found: "']'")),
            (#"[-]"#, .init(kind: .syntax, offset: 2, expected: "digit", found: "']'")),
            (#"[1e+]"#, .init(kind: .syntax, offset: 4, expected: "digit", found: "']'")),
            (#"[@]"#, .init(kind: .syntax, offset: 1, expected: "value", found: "'@'")),
            ("[\u{E9}]", .init(kind: .syntax, offset: 1, expected: "value", found: "byte 0xC3")),
            ("", .init(kind: .syntax, offset: 0, expected: "value", found: "end of input")),
        ]
        for (text, expected) in cases {
            #expect(jsonError(text) { try $0.skipValue() } == expected, "\(text)")
        }
    }

    @Test func reportsTrailingContentAfterTheValue() {
        let error = jsonError("{} x") { cursor in
            try cursor.skipValue()
            try cursor.expectEnd()
        }
        #expect(error == JSONReadError(kind: .syntax, offset: 3, expected: "end of input", found: "'x'"))
    }

    @Test func reportsTheWrongKindOfValueAsATypeError() {
        let error = jsonError(#"  [1]"#) { _ = try $0.readString() }
        #expect(error == JSONReadError(kind: .unexpectedType, offset: 2, expected: "string", found: "array"))
        let member = jsonError(#"{"a": 1 "#) { cursor in
            try cursor.beginObject()
            _ = try cursor.nextKey()
            try cursor.skipValue()
            _ = try cursor.nextKey()
        }
        #expect(member == JSONReadError(kind: .syntax, offset: 8, expected: "',' or '}'", found: "end of input"))
    }

    @Test func skipsDeepNestingWithoutRecursion() throws {
        let depth = 10_000
        let balanced = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        try withCursor(balanced) { cursor in
            try cursor.skipValue()
            try cursor.expectEnd()
        }
        let objects = String(repeating: #"{"a":"#, count: depth) + "1" + String(repeating: "}", count: depth)
        try withCursor(objects) { try $0.skipValue() }
        let truncated = String(repeating: "[", count: depth)
        #expect(
            jsonError(truncated) { try $0.skipValue() }
                == JSONReadError(kind: .syntax, offset: depth, expected: "value", found: "end of input"))
    }

    @Test func scansLongStringsAcrossWordBoundaries() throws {
        for length in 0..<40 {
            for special in ["\\\"", "\\\\", "\\u0041"] {
                let body = String(repeating: "x", count: length) + special + String(repeating: "y", count: 40 - length)
                let decoded = try withCursor("\"\(body)\" ") { try $0.readString() }
                let expected = special == "\\\"" ? "\"" : special == "\\\\" ? "\\" : "A"
                #expect(
                    decoded == String(repeating: "x", count: length) + expected
                        + String(repeating: "y", count: 40 - length))
            }
            let withNewline = "\"" + String(repeating: "x", count: length) + "\n\""
            #expect(jsonError(withNewline) { try $0.skipValue() }?.offset == length + 1)
        }
    }
}
