import Testing

@testable import Core

@Suite struct DiagnosticTests {
    @Test func printsCompilerStyleLocation() {
        let range = SourceRange(
            file: "main.tf", start: SourcePosition(line: 3, column: 7, byte: 40),
            end: SourcePosition(line: 3, column: 9, byte: 42))
        let diagnostic = Diagnostic.error("Unexpected token", detail: "expected \"=\"", at: range)
        #expect(diagnostic.description == "main.tf:3:7: error: Unexpected token; expected \"=\"")
    }

    @Test func severitiesOrderByWeight() {
        #expect(Severity.note < .warning)
        #expect(Severity.warning < .error)
        #expect([Diagnostic.warning("w", at: nil)].hasErrors == false)
    }
}
