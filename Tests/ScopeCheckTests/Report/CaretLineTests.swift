import Testing

@testable import Report

@Suite struct CaretLineTests {
    @Test func marksTheRangeWithACaretAndTildes() {
        #expect(CaretLine.marker(under: "abcdef", startColumn: 2, endColumn: 5) == " ^~~")
    }

    @Test func copiesTabsBeforeTheRange() {
        #expect(CaretLine.marker(under: "\t\tx = 1", startColumn: 3, endColumn: 4) == "\t\t^")
    }

    @Test func emptyRangesAndRangesPastTheEndGetOneCaret() {
        #expect(CaretLine.marker(under: "abc", startColumn: 2, endColumn: 2) == " ^")
        #expect(CaretLine.marker(under: "abc", startColumn: 4, endColumn: 9) == "   ^")
        #expect(CaretLine.marker(under: "", startColumn: 1, endColumn: 1) == "^")
    }

    @Test func countsUnicodeScalarColumnsByDisplayWidth() {
        // "é" as e + combining acute takes one cell; "表" and "☕" take two.
        #expect(CaretLine.marker(under: "e\u{301}x", startColumn: 3, endColumn: 4) == " ^")
        #expect(CaretLine.marker(under: "表x", startColumn: 2, endColumn: 3) == "  ^")
        #expect(CaretLine.marker(under: "a☕b", startColumn: 2, endColumn: 4) == " ^~~")
    }

    @Test func toleratesColumnsOutOfRange() {
        #expect(CaretLine.marker(under: "abc", startColumn: 0, endColumn: -3) == "^")
        #expect(CaretLine.marker(under: "abc", startColumn: .min, endColumn: .min) == "^")
        #expect(CaretLine.marker(under: "abc", startColumn: 2, endColumn: .max) == " ^~")
        #expect(CaretLine.marker(under: "abc", startColumn: .max, endColumn: .max) == "   ^")
    }
}
