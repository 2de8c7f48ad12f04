import Testing

@testable import Syntax

@Suite struct HCLCollectionTests {
    @Test(arguments: [
        ("[]", "(tuple)"),
        ("[1]", "(tuple 1)"),
        ("[1, \"a\", b]", "(tuple 1 (template \"a\") b)"),
        ("[1, 2,]", "(tuple 1 2)"),
        ("[\n  1,\n  2\n]", "(tuple 1 2)"),
        ("[\n  1\n  ,\n  2,\n]", "(tuple 1 2)"),
        ("[[1], [2, [3]]]", "(tuple (tuple 1) (tuple 2 (tuple 3)))"),
    ])
    func tuples(source: String, expected: String) {
        #expect(HCL.expression(source) == (expected, []))
    }

    @Test(arguments: [
        ("{}", "(object)"),
        ("{\n}", "(object)"),
        ("{ a = 1 }", "(object (\"a\" 1))"),
        ("{ a = 1, b = 2 }", "(object (\"a\" 1) (\"b\" 2))"),
        ("{ a = 1, b = 2, }", "(object (\"a\" 1) (\"b\" 2))"),
        ("{\n  a = 1\n  b = 2\n}", "(object (\"a\" 1) (\"b\" 2))"),
        ("{\n\n  a = 1,\n\n  b = 2,\n\n}", "(object (\"a\" 1) (\"b\" 2))"),
        ("{ \"k\" : v }", "(object ((template \"k\") v))"),
        ("{ (k) = v }", "(object ((paren k) v))"),
        ("{ (var.k) = v, x = { y = [1] } }", "(object ((paren (. var k)) v) (\"x\" (object (\"y\" (tuple 1)))))"),
        ("{ \"${p}-x\" = 1 }", "(object ((template (${ p) \"-x\") 1))"),
        ("{ true = 1 }", "(object (true 1))"),
    ])
    func objects(source: String, expected: String) {
        #expect(HCL.expression(source) == (expected, []))
    }

    @Test func bareKeyIsAStringLiteralWithTheNameRange() {
        let (expression, _) = HCLParser.parseExpression("{ name = 1 }", path: HCL.path)
        guard case .object(let items) = expression.kind, let key = items.first?.key else {
            Issue.record("not an object")
            return
        }
        guard case .literal(.string("name")) = key.kind else {
            Issue.record("key is \(SExpression.render(key))")
            return
        }
        #expect(HCL.span(key.range) == "1:3-1:7")
        #expect(HCL.span(expression.range) == "1:1-1:13")
    }

    @Test(arguments: [
        ("[for v in list : v]", "(for v list v)"),
        ("[for i, v in list : \"${i}=${v}\"]", "(for i v list (template (${ i) \"=\" (${ v)))"),
        ("[for v in list : upper(v) if v != \"\"]", "(for v list (call upper v) if (!= v (template \"\")))"),
        ("[\n  for v in var.list :\n  v.id\n  if v.enabled\n]", "(for v (. var list) (. v id) if (. v enabled))"),
        ("{for k, v in map : k => v}", "(for k v map k => v)"),
        ("{for v in list : v.name => v...}", "(for v list (. v name) => v ...)"),
        ("{for v in list : v.name => v... if v.ok}", "(for v list (. v name) => v ... if (. v ok))"),
        ("{\n  for k, v in m :\n  k => v\n}", "(for k v m k => v)"),
        ("[for x in [for y in z : y] : x]", "(for x (for y z y) x)"),
    ])
    func forExpressions(source: String, expected: String) {
        #expect(HCL.expression(source) == (expected, []))
    }

    @Test(arguments: [
        ("[1 2]", ["1:4-1:5 Missing item separator"]),
        ("[1, 2", ["1:6-1:6 Missing item separator"]),
        ("{ a 1 }", ["1:5-1:6 Missing key/value separator"]),
        ("{ a = 1 b = 2 }", ["1:9-1:10 Missing attribute separator"]),
        ("{ a.b = 1 }", ["1:3-1:6 Ambiguous attribute key"]),
        ("[for in x : 1]", ["1:9-1:10 Invalid 'for' expression"]),
        ("[for a b : 1]", ["1:8-1:9 Invalid 'for' expression"]),
        ("[for a, in x : 1]", ["1:12-1:13 Invalid 'for' expression"]),
        ("[for a, 1 in x : 1]", ["1:9-1:10 Invalid 'for' expression"]),
        ("[for 1 in x : 1]", ["1:6-1:7 Invalid 'for' expression"]),
        ("[for a in x 1]", ["1:13-1:14 Invalid 'for' expression"]),
        ("{for a in x : a}", ["1:16-1:17 Invalid 'for' expression"]),
        ("[for a in x : a => a]", ["1:17-1:19 Invalid 'for' expression"]),
        ("[for a in x : a...]", ["1:16-1:19 Invalid 'for' expression"]),
        ("[for a in x : a if b c]", ["1:22-1:23 Invalid 'for' expression"]),
    ])
    func errors(source: String, expected: [String]) {
        #expect(HCL.expression(source).1 == expected)
    }

    @Test func forErrorDetails() {
        let (_, missingKey) = HCLParser.parseExpression("{for a in x : a}", path: HCL.path)
        #expect(missingKey.first?.detail == "Key expression is required when building an object: use key => value.")
        let (_, grouping) = HCLParser.parseExpression("[for a in x : a...]", path: HCL.path)
        #expect(grouping.first?.detail == "Grouping ellipsis (...) cannot be used when building a tuple.")
    }

    @Test func objectNewlinesInsideNestedBracketsAreIgnored() {
        let (rendered, diagnostics) = HCL.expression("{\n  a = [\n    1,\n    2\n  ]\n  b = f(\n    3\n  )\n}")
        #expect(diagnostics.isEmpty)
        #expect(rendered == "(object (\"a\" (tuple 1 2)) (\"b\" (call f 3)))")
    }

    @Test func commentsInsideCollections() {
        let source = "a = [\n  1, # one\n  /* two */ 2,\n]\nb = {\n  x = 1 // x\n  # alone\n  y = 2\n}\n"
        let parsed = HCL.file(source)
        #expect(parsed.diagnostics.isEmpty)
        #expect(
            parsed.body.attributes.map { SExpression.render($0.expression) } == [
                "(tuple 1 2)", "(object (\"x\" 1) (\"y\" 2))",
            ])
        #expect(parsed.comments.map(\.text) == [" one", " two ", " x", " alone"])
    }

    @Test func objectValueEndsAtTheNewline() {
        let (_, diagnostics) = HCL.attribute("a = {\n  b = 1\n  + 2\n}\n")
        #expect(diagnostics == ["3:3-3:4 Invalid expression"])
    }
}
