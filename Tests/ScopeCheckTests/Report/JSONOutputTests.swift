import Testing

@testable import Core

@Suite struct JSONOutputTests {
    @Test func keepsKeyOrderAndIndents() {
        let value = JSONOutput.fields([
            ("b", .int(1)), ("a", .array([.bool(true), .null])), ("skipped", nil), ("e", .object([])),
        ])
        #expect(value.rendered() == "{\n  \"b\": 1,\n  \"a\": [\n    true,\n    null\n  ],\n  \"e\": {}\n}\n")
        #expect(value.rendered(pretty: false) == "{\"b\":1,\"a\":[true,null],\"e\":{}}")
    }

    @Test func escapesStrings() {
        let text = JSONOutput.string("q\"b\\n\n\u{1}é")
        #expect(text.rendered(pretty: false) == "\"q\\\"b\\\\n\\n\\u0001é\"")
    }

    @Test func writesNumbersLikeTerraform() {
        #expect(JSONOutput.double(3).rendered(pretty: false) == "3")
        #expect(JSONOutput.double(0.5).rendered(pretty: false) == "0.5")
        #expect(JSONOutput.double(.nan).rendered(pretty: false) == "null")
    }
}
