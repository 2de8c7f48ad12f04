import Foundation
import Testing

@testable import Syntax
@testable import Terraform

/// Hostile or huge inputs are refused with diagnostics, never a stack overflow.
@Suite struct DeepInputTests {
    @Test func longOperatorChainsAreRefused() {
        let source = Array(repeating: "1", count: 20_000).joined(separator: " + ")
        let (expression, problems) = HCLParser.parseExpression(source, path: "deep.tf")
        #expect(problems.isEmpty)
        let (value, diagnostics) = Evaluator.evaluate(expression, context: EvaluationContext())
        #expect(value.unknownValue != nil)
        #expect(diagnostics.map(\.summary) == ["Expression too deeply nested"])
        #expect(expression.references.isEmpty)
        let shallow = Array(repeating: "1", count: 200).joined(separator: " + ")
        #expect(TerraformFixture.value(shallow) == .number(200))
    }

    @Test func longReferenceChainsAreRefused() throws {
        var text = "locals {\n"
        for index in 0..<3000 { text += "  l\(index) = local.l\(index + 1)\n" }
        text += "  l3000 = 1\n  short = local.l2950\n}\noutput \"o\" { value = local.l0 }\n"
        let configuration = try TerraformFixture.load([
            "main.tf": text,
            "deep.tf": "locals { sum = \(Array(repeating: "local.short", count: 5000).joined(separator: " + ")) }",
        ])
        #expect(
            Set(configuration.diagnostics.map(\.summary)) == [
                "References nested too deeply", "Expression too deeply nested",
            ])
        #expect(configuration.output("o")?.value.unknownValue != nil)
    }
}

@Suite struct DeepJSONTests {
    @Test func maximumJSONDepthFitsTheStack() throws {
        let depth = JSONDocument.defaultMaximumDepth
        let nested = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let document = JSONDocument.parse(nested, path: "deep.json")
        #expect(document.diagnostics.isEmpty)
        let value = try #require(document.root).value
        #expect(value != .null)
        let inner = String(repeating: "[", count: depth - 2) + String(repeating: "]", count: depth - 2)
        let configuration = #"{"locals": {"a": "# + inner + "}}"
        let file = JSONSyntaxParser.parseFile(
            bytes: Array(configuration.utf8), path: "deep.tf.json", schema: .terraformConfiguration())
        #expect(file.diagnostics.isEmpty)
        let (_, problems) = Evaluator.evaluate(
            try #require(file.body.blocks.first?.body.attributes.first).expression, context: EvaluationContext())
        #expect(problems.map(\.summary) == ["Expression too deeply nested"])
    }
}
