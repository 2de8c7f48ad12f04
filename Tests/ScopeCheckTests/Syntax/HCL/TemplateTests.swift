import Testing

@testable import Core
@testable import Syntax

@Suite struct HCLTemplateTests {
    @Test(arguments: [
        ("\"\"", "(template \"\")"),
        ("\"plain\"", "(template \"plain\")"),
        ("\"a\\nb\\r\\t\\\"q\\\" \\\\\"", "(template \"a\\nb\\r\\t\\\"q\\\" \\\\\")"),
        ("\"\\u00e9\\u00E9 \\U0001F600\"", "(template \"éé 😀\")"),
        ("\"$${var.x} %%{ if } $ % $$ %%\"", "(template \"${var.x} %{ if } $ % $$ %%\")"),
        ("\"${var.x}\"", "(template (${ (. var x)))"),
        ("\"pre-${a}-${b}-post\"", "(template \"pre-\" (${ a) \"-\" (${ b) \"-post\")"),
        ("\"${lookup(m, \"k\")}\"", "(template (${ (call lookup m (template \"k\"))))"),
        ("\"${\"${\"in\"}\"}\"", "(template (${ (template (${ (template \"in\")))))"),
        ("\"${ {a = 1}.a }\"", "(template (${ (. (object (\"a\" 1)) a)))"),
        ("\"${\n  a +\n  b\n}\"", "(template (${ (+ a b)))"),
    ])
    func quotedTemplates(source: String, expected: String) {
        #expect(HCL.expression(source) == (expected, []))
    }

    @Test(arguments: [
        ("\"%{ if a }yes%{ endif }\"", "(template (%if a (then \"yes\") (else)))"),
        ("\"%{ if a }yes%{ else }no%{ endif }!\"", "(template (%if a (then \"yes\") (else \"no\")) \"!\")"),
        ("\"%{ for x in xs }${x},%{ endfor }\"", "(template (%for x xs (body (${ x) \",\")))"),
        ("\"%{ for k, v in m }${k}=${v}%{ endfor }\"", "(template (%for k v m (body (${ k) \"=\" (${ v))))"),
        (
            "\"%{ for x in xs }%{ if x > 1 }${x}%{ endif }%{ endfor }\"",
            "(template (%for x xs (body (%if (> x 1) (then (${ x)) (else)))))"
        ),
    ])
    func directives(source: String, expected: String) {
        #expect(HCL.expression(source) == (expected, []))
    }

    @Test(arguments: [
        ("\"a  ${~ b ~}  c\"", "(template \"a\" (${ b) \"c\")"),
        ("\"a  ${ b ~}  c\"", "(template \"a  \" (${ b) \"c\")"),
        ("\"a  ${~ b }  c\"", "(template \"a\" (${ b) \"  c\")"),
        ("\" %{~ if a ~} x %{~ else ~} y %{~ endif ~} \"", "(template (%if a (then \"x\") (else \"y\")))"),
        ("\"${~ a ~}\"", "(template (${ a))"),
    ])
    func stripMarkersTrimAdjacentWhitespace(source: String, expected: String) {
        #expect(HCL.expression(source) == (expected, []))
    }

    @Test func stripMarkersTrimNewlinesInHeredocs() {
        let text = "a = <<EOT\nitems:\n%{ for x in xs ~}\n  - ${x}\n%{ endfor ~}\ndone\nEOT\n"
        #expect(
            HCL.attribute(text) == ("(template \"items:\\n\" (%for x xs (body \"- \" (${ x) \"\\n\")) \"done\\n\")", [])
        )
    }

    @Test func heredocKeepsTextAsWritten() {
        let text = "a = <<EOT\n  first\n    second ${x}\n\nEOT\nb = 1\n"
        #expect(HCL.attribute(text) == ("(template \"  first\\n    second \" (${ x) \"\\n\\n\")", []))
        #expect(HCL.file(text).body.attribute("b") != nil)
    }

    @Test func indentedHeredocRemovesCommonLeadingWhitespace() {
        let text = "a = <<-EOT\n    first\n      second ${x}\n\n    third\n    EOT\n"
        #expect(HCL.attribute(text) == ("(template \"first\\n  second \" (${ x) \"\\n\\nthird\\n\")", []))
    }

    @Test func indentedHeredocKeepsWhitespaceOnlyLinesAndStopsAtSequencesAtLineStart() {
        let blank = "a = <<-EOT\n    x\n      \n    y\n  EOT\n"
        #expect(HCL.attribute(blank) == ("(template \"x\\n      \\ny\\n\")", []))
        let sequenceFirst = "a = <<-EOT\n${x}\n    y\nEOT\n"
        #expect(HCL.attribute(sequenceFirst) == ("(template (${ x) \"\\n    y\\n\")", []))
    }

    @Test func heredocEndMarkerMayBeIndentedAndMarkerLikeTextIsNotAnEnd() {
        let text = "a = <<EOT\nEOTX\n EOT x\n  EOT\n"
        #expect(HCL.attribute(text) == ("(template \"EOTX\\n EOT x\\n\")", []))
    }

    @Test func emptyHeredocAndCRLF() {
        #expect(HCL.attribute("a = <<EOT\nEOT\n") == ("(template \"\")", []))
        #expect(HCL.attribute("a = <<-EOT\r\n  x\r\n  EOT\r\nb = 1\r\n") == ("(template \"x\\r\\n\")", []))
    }

    @Test func heredocEdgeCases() {
        #expect(HCL.attribute("a = <<EOT\nx\nEOT") == ("(template \"x\\n\")", []))
        #expect(HCL.attribute("a = <<EOT\nx ${\n  y\n} z\nEOT\n") == ("(template \"x \" (${ y) \" z\\n\")", []))
        let nested = "a = <<A\n${<<B\ninner\nB\n}\nA\n"
        #expect(HCL.attribute(nested) == ("(template (${ (template \"inner\\n\")) \"\\n\")", []))
        #expect(HCL.attribute("a = <<EOT\n$${x} %%{y} \\n\nEOT\n") == ("(template \"${x} %{y} \\\\n\\n\")", []))
    }

    @Test func heredocInsideFunctionCall() {
        let text = "a = jsonencode(<<EOT\n{\"k\": \"${v}\"}\nEOT\n)\n"
        #expect(HCL.attribute(text) == ("(call jsonencode (template \"{\\\"k\\\": \\\"\" (${ v) \"\\\"}\\n\"))", []))
    }

    @Test func heredocRangesSpanOpenerToMarker() {
        let parsed = HCL.file("a = <<-EOT\n  hi\n  EOT\n")
        guard let expression = parsed.body.attribute("a")?.expression,
            case .template(let parts) = expression.kind, case .literal(_, let range)? = parts.first
        else {
            Issue.record("not a template")
            return
        }
        #expect(HCL.span(expression.range) == "1:5-3:6")
        #expect(HCL.span(range) == "2:3-3:1")
    }

    @Test func templatePartRanges() {
        let (expression, _) = HCLParser.parseExpression("\"ab${x}%{if y}c%{endif}\"", path: HCL.path)
        guard case .template(let parts) = expression.kind, parts.count == 3,
            case .literal(_, let literal) = parts[0], case .interpolation(let inner) = parts[1],
            case .conditional(_, let then, _, let conditional) = parts[2], case .literal(_, let body)? = then.first
        else {
            Issue.record("unexpected template shape")
            return
        }
        #expect(HCL.span(literal) == "1:2-1:4")
        #expect(HCL.span(inner.range) == "1:6-1:7")
        #expect(HCL.span(conditional) == "1:8-1:24")
        #expect(HCL.span(body) == "1:15-1:16")
        #expect(HCL.span(expression.range) == "1:1-1:25")
    }

    @Test func parseTemplateReadsBareTemplateText() {
        let (expression, diagnostics) = HCLParser.parseTemplate("${var.x}-suffix \\n", path: "main.tf.json")
        #expect(diagnostics.isEmpty)
        #expect(SExpression.render(expression) == "(template (${ (. var x)) \"-suffix \\\\n\")")
        #expect(expression.range.file == "main.tf.json")
        let (multiline, _) = HCLParser.parseTemplate("a\n%{ if b }c%{ endif }", path: "x.json")
        #expect(SExpression.render(multiline) == "(template \"a\\n\" (%if b (then \"c\") (else)))")
        let (empty, _) = HCLParser.parseTemplate("", path: "x.json")
        #expect(SExpression.render(empty) == "(template \"\")")
    }

    @Test func parseTemplateUsesTheStartPosition() {
        let start = SourcePosition(line: 2, column: 12, byte: 30)
        let (expression, diagnostics) = HCLParser.parseTemplate("x-${", path: "main.tf.json", start: start)
        #expect(expression.range.start == start)
        #expect(diagnostics.map(HCL.describe) == ["2:14-2:16 Unterminated template sequence"])
    }

    @Test(arguments: [
        ("\"\\q\"", ["1:2-1:4 Invalid escape sequence"]),
        ("\"ab\\u12\"", ["1:4-1:8 Invalid escape sequence"]),
        ("\"\\uD800\"", ["1:2-1:8 Invalid escape sequence"]),
        ("\"\\U0011FFFF\"", ["1:2-1:12 Invalid escape sequence"]),
        ("\"é\\x\" + \"\\y\"", ["1:3-1:5 Invalid escape sequence", "1:10-1:12 Invalid escape sequence"]),
        ("\"${a b}\"", ["1:6-1:7 Extra characters after interpolation expression"]),
        ("\"${}\"", ["1:4-1:5 Invalid expression"]),
        ("\"%{ while x }\"", ["1:5-1:10 Invalid template directive"]),
        ("\"%{ if a b }%{ endif }\"", ["1:10-1:11 Extra characters in if marker"]),
        ("\"%{ endif }\"", ["1:2-1:12 Unexpected \"endif\" directive"]),
        ("\"%{ else }\"", ["1:2-1:11 Unexpected \"else\" directive"]),
        ("\"%{ if a }%{ else }%{ else }%{ endif }\"", ["1:20-1:29 Unexpected \"else\" directive"]),
        ("\"%{ for x in y }%{ endif }\"", ["1:17-1:27 Unexpected \"endif\" directive"]),
        ("\"%{ for x in y }\"", ["1:2-1:17 Unterminated template directive"]),
        ("\"%{ if a }x\"", ["1:2-1:11 Unterminated template directive"]),
        ("\"%{ for in y }%{ endfor }\"", ["1:12-1:13 Invalid template directive"]),
    ])
    func errors(source: String, expected: [String]) {
        #expect(HCL.expression(source).1 == expected)
    }

    @Test func escapeErrorDetails() {
        let (_, unknown) = HCLParser.parseExpression("\"\\q\"", path: HCL.path)
        #expect(unknown.first?.detail == "The symbol \"q\" is not a valid escape sequence selector.")
        let (_, short) = HCLParser.parseExpression("\"\\u12\"", path: HCL.path)
        #expect(short.first?.detail == "The \\u escape sequence requires four hexadecimal digits.")
    }

    @Test func mismatchedEndDirectiveNamesTheOpenOne() {
        let (_, diagnostics) = HCLParser.parseExpression("\"%{ for x in y }%{ endif }%{ endfor }\"", path: HCL.path)
        #expect(diagnostics.map(HCL.describe) == ["1:17-1:27 Unexpected \"endif\" directive"])
        #expect(
            diagnostics.first?.detail
                == "Expected an \"endfor\" directive to close the \"for\" directive at test.tf:1:2.")
    }
}
