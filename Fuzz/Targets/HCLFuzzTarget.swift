/// The native-syntax reader: a whole file, and the same bytes as an expression and as template
/// text (the entry points `--var` values and JSON-syntax strings use).
enum HCLFuzzTarget {
    static func run(_ bytes: [UInt8]) {
        let file = HCLParser.parseFile(bytes: bytes, path: "fuzz.tf")
        FuzzCheck.ranges(file.diagnostics, byteCount: bytes.count, "hcl file")
        guard let text = String(validating: bytes, as: UTF8.self) else { return }
        let (_, expressionDiagnostics) = HCLParser.parseExpression(text, path: "fuzz.tf")
        FuzzCheck.ranges(expressionDiagnostics, byteCount: bytes.count, "hcl expression")
        let (template, templateDiagnostics) = HCLParser.parseTemplate(text, path: "fuzz.tf")
        FuzzCheck.ranges(templateDiagnostics, byteCount: bytes.count, "hcl template")
        _ = Evaluator.evaluate(template, context: EvaluationContext())
        _ = Suppressions.build(file: file)
    }
}
