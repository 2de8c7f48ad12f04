import Testing

@testable import Core
@testable import Syntax

@Suite struct HCLExpressionTests {
    @Test(arguments: [
        ("1", "1"),
        ("2.5", "2.5"),
        ("1e3", "1000"),
        ("1.5E-1", "0.15"),
        ("true", "true"),
        ("false", "false"),
        ("null", "null"),
        ("\"text\"", "(template \"text\")"),
        ("var.region", "(. var region)"),
    ])
    func literalsAndNames(source: String, expected: String) {
        #expect(HCL.expression(source) == (expected, []))
    }

    @Test(arguments: [
        ("1 + 2 * 3", "(+ 1 (* 2 3))"),
        ("1 * 2 + 3", "(+ (* 1 2) 3)"),
        ("a - b - c", "(- (- a b) c)"),
        ("a / b % c * d", "(* (% (/ a b) c) d)"),
        ("a || b && c", "(|| a (&& b c))"),
        ("a && b || c", "(|| (&& a b) c)"),
        ("a == b != c", "(!= (== a b) c)"),
        ("a < b == c >= d", "(== (< a b) (>= c d))"),
        ("a <= b && c > d", "(&& (<= a b) (> c d))"),
        ("a + b < c * d", "(< (+ a b) (* c d))"),
        ("(a + b) * c", "(* (paren (+ a b)) c)"),
        ("-a.b + 1", "(+ (neg (. a b)) 1)"),
        ("!a && !b", "(&& (! a) (! b))"),
        ("- -1", "(neg (neg 1))"),
        ("!!x == y", "(== (! (! x)) y)"),
    ])
    func operatorsFollowPrecedenceAndAssociateLeft(source: String, expected: String) {
        #expect(HCL.expression(source) == (expected, []))
    }

    @Test(arguments: [
        ("a ? b : c", "(? a b c)"),
        ("a ? b : c ? d : e", "(? a b (? c d e))"),
        ("a ? b ? c : d : e", "(? a (? b c d) e)"),
        ("x == 1 || y ? 1 + 2 : z", "(? (|| (== x 1) y) (+ 1 2) z)"),
    ])
    func conditionals(source: String, expected: String) {
        #expect(HCL.expression(source) == (expected, []))
    }

    @Test(arguments: [
        ("a.b.c", "(. (. a b) c)"),
        ("a[0]", "([] a 0)"),
        ("a[\"k\"].b", "(. ([] a (template \"k\")) b)"),
        ("a[b[1]]", "([] a ([] b 1))"),
        ("a.0.b", "(. ([] a 0) b)"),
        ("a.0.1", "([] ([] a 0) 1)"),
        ("a[*]", "(splat a *)"),
        ("a[*].b[0].c", "(splat a (. ([] (. * b) 0) c))"),
        ("a[*].b[*].c", "(splat a (splat (. * b) (. * c)))"),
        ("a.*.b.c", "(splat a (. (. * b) c))"),
        ("a.*.b[0]", "([] (splat a (. * b)) 0)"),
        ("a.*.b.0", "(splat a ([] (. * b) 0))"),
        ("a.*", "(splat a *)"),
        ("f(x).y[0]", "([] (. (call f x) y) 0)"),
        ("[1, 2][0]", "([] (tuple 1 2) 0)"),
        ("\"s\".x", "(. (template \"s\") x)"),
        ("a.true", "(. a true)"),
    ])
    func traversalsAndSplats(source: String, expected: String) {
        #expect(HCL.expression(source) == (expected, []))
    }

    @Test(arguments: [
        ("f()", "(call f)"),
        ("f(1)", "(call f 1)"),
        ("f(1, 2,)", "(call f 1 2)"),
        ("f(\n  1,\n  2\n)", "(call f 1 2)"),
        ("max(list...)", "(call max list ...)"),
        ("concat(a, b...)", "(call concat a b ...)"),
        ("provider::aws::arn_parse(x)", "(call provider::aws::arn_parse x)"),
        ("lookup(m, \"k\", null)", "(call lookup m (template \"k\") null)"),
    ])
    func functionCalls(source: String, expected: String) {
        #expect(HCL.expression(source) == (expected, []))
    }

    @Test func rangesCoverWholeNodes() {
        let (expression, diagnostics) = HCLParser.parseExpression("a.b[ 0 ] + -f(x) ", path: HCL.path)
        #expect(diagnostics.isEmpty)
        #expect(HCL.span(expression.range) == "1:1-1:17")
        guard case .binary(_, let left, let right) = expression.kind else {
            Issue.record("not a binary expression")
            return
        }
        #expect(HCL.span(left.range) == "1:1-1:9")
        #expect(HCL.span(right.range) == "1:12-1:17")
        guard case .index(let source, let key) = left.kind, case .unary(_, let call) = right.kind else {
            Issue.record("unexpected shape")
            return
        }
        #expect(HCL.span(source.range) == "1:1-1:4")
        #expect(HCL.span(key.range) == "1:6-1:7")
        #expect(HCL.span(call.range) == "1:13-1:17")
        #expect(left.range.start.byte == 0 && left.range.end.byte == 8)
    }

    @Test func splatItemStandsAtTheMarker() {
        let (expression, _) = HCLParser.parseExpression("list[*].id", path: HCL.path)
        guard case .splat(_, let each) = expression.kind, case .getAttribute(let item, _) = each.kind else {
            Issue.record("not a splat")
            return
        }
        #expect(HCL.span(item.range) == "1:5-1:8")
        #expect(HCL.span(each.range) == "1:5-1:11")
        #expect(HCL.span(expression.range) == "1:1-1:11")
    }

    @Test func parseExpressionUsesTheStartPosition() {
        let start = SourcePosition(line: 3, column: 8, byte: 40)
        let (expression, _) = HCLParser.parseExpression("x + 1", path: "vars.json", start: start)
        #expect(expression.range.file == "vars.json")
        #expect(expression.range.start == start)
        #expect(expression.range.end == SourcePosition(line: 3, column: 13, byte: 45))
    }

    @Test(arguments: [
        ("", ["1:1-1:1 Invalid expression"]),
        ("1 +", ["1:4-1:4 Invalid expression"]),
        ("a b", ["1:3-1:4 Extra characters after expression"]),
        ("(a", ["1:3-1:3 Unbalanced parentheses"]),
        ("a ? b", ["1:6-1:6 Missing false expression in conditional"]),
        ("a.", ["1:3-1:3 Invalid attribute name"]),
        ("a.\"b\"", ["1:3-1:4 Invalid attribute name"]),
        ("a[1", ["1:4-1:4 Missing close bracket on index"]),
        ("f(1 2)", ["1:5-1:6 Missing argument separator"]),
        ("f(a..., b)", ["1:7-1:8 Missing closing parenthesis"]),
        ("p::f", ["1:5-1:5 Missing open parenthesis"]),
        ("p::(1)", ["1:4-1:5 Missing function name"]),
        ("a = 1", ["1:3-1:4 Extra characters after expression"]),
    ])
    func errorsPointAtTheProblem(source: String, expected: [String]) {
        #expect(HCL.expression(source).1 == expected)
    }

    @Test func errorDetailsSayWhatWasExpected() {
        let (_, diagnostics) = HCLParser.parseExpression("1 + )", path: HCL.path)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.detail == "Expected the start of an expression, but found \")\".")
    }
}
