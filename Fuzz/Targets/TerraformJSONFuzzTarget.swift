/// The JSON readers of Terraform: `.tf.json` (with the configuration schema), `.tfvars.json`
/// (attributes only) and the plain JSON document reader under both.
enum TerraformJSONFuzzTarget {
    static func run(_ bytes: [UInt8]) {
        let document = JSONDocument.parse(bytes: bytes, path: "fuzz.json")
        FuzzCheck.ranges(document.diagnostics, byteCount: bytes.count, "json document")
        let configuration = JSONSyntaxParser.parseFile(
            bytes: bytes, path: "fuzz.tf.json", schema: .terraformConfiguration())
        FuzzCheck.ranges(configuration.diagnostics, byteCount: bytes.count, "tf.json")
        let variables = JSONSyntaxParser.parseAttributesFile(bytes: bytes, path: "fuzz.tfvars.json")
        FuzzCheck.ranges(variables.diagnostics, byteCount: bytes.count, "tfvars.json")
        for attribute in configuration.body.attributes + variables.body.attributes {
            _ = Evaluator.evaluate(attribute.expression, context: EvaluationContext())
        }
    }
}
