import Foundation
import Testing

@testable import Syntax

/// Inputs the fuzzers found, kept so the bugs they showed stay fixed.
@Suite struct FuzzRegressionTests {
    /// A `.tf.json` type string with invalid UTF-8 inside: its decoded text is longer than the
    /// source, and diagnostic positions counted over it ran past the end of the file.
    @Test func templatePositionsInsideJSONStringsStayInsideTheFile() throws {
        let base64 =
            "eyIvLyI6ICJjf21tZW50MiIsICJ2YXJpYWJsZSI6IHsidiI6IHsidHlwZSI6ICJsaXN0KHMwMi7DZTMsIC0wLHIgdKGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaF1ZSxGbG9jYWyuYX0ifX19Cg=="
        let bytes = try #require(Data(base64Encoded: base64)).map { $0 }
        let file = JSONSyntaxParser.parseFile(
            bytes: bytes, path: "fuzz.tf.json", schema: .terraformConfiguration())
        #expect(!file.diagnostics.isEmpty)
        for diagnostic in file.diagnostics {
            let range = try #require(diagnostic.range)
            #expect(range.start.byte <= range.end.byte)
            #expect(range.end.byte <= bytes.count, "\(diagnostic)")
        }
    }
}
