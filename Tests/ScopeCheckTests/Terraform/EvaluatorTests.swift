import Testing

@testable import Core
@testable import Syntax
@testable import Terraform

@Suite struct EvaluatorTests {
    private func value(_ source: String, _ variables: [String: Value] = [:]) -> Value {
        TerraformFixture.value(source, variables: variables)
    }

    private func evaluate(_ source: String, _ variables: [String: Value] = [:]) -> (Value, [Diagnostic]) {
        TerraformFixture.evaluate(source, context: EvaluationContext(variables: variables))
    }

    private let unknownRole = Value.unknown(
        Unknown(reason: "computed", range: nil, refersTo: "genesyscloud_auth_role.x", attribute: "id"))

    @Test func literalsAndCollections() {
        #expect(value("1.5") == .number(1.5))
        #expect(value("true") == .bool(true))
        #expect(value("null") == .null)
        #expect(value(#""a""#) == .string("a"))
        #expect(value(#"[1, "a", [true]]"#) == .list([.number(1), .string("a"), .list([.bool(true)])]))
        #expect(
            value(#"{ a = 1, "b c" = 2, (k) = 3 }"#, ["k": .string("key")])
                == .object(["a": .number(1), "b c": .number(2), "key": .number(3)]))
    }

    @Test func templates() {
        #expect(value(#""${1 + 1} and ${true} ${x}""#, ["x": .string("y")]) == .string("2 and true y"))
        #expect(value(#""${x}""#, ["x": .list([.number(1)])]) == .list([.number(1)]))
        #expect(value(#""%{ if x }yes%{ else }no%{ endif }""#, ["x": .bool(false)]) == .string("no"))
        #expect(
            value(#""%{ for k, v in m }${k}=${v};%{ endfor }""#, ["m": .object(["b": .number(2), "a": .number(1)])])
                == .string("a=1;b=2;"))
        #expect(
            value(#""%{ for v in l }[${v}]%{ endfor }""#, ["l": .list([.string("p"), .string("q")])])
                == .string("[p][q]"))
        let partial = value(#""pre-${x}/${"a"}-${x}""#, ["x": unknownRole]).unknownValue
        #expect(partial?.refersTo == "genesyscloud_auth_role.x")
        #expect(partial?.template == [.text("pre-"), .unknown("computed"), .text("/a-"), .unknown("computed")])
        #expect(value(#""%{ if x }${x}%{ endif }""#, ["x": unknownRole]).unknownValue?.template == nil)
    }

    @Test func templateErrors() {
        let (nullValue, nullProblems) = evaluate(#""a${x}""#, ["x": .null])
        #expect(nullValue.unknownValue != nil)
        #expect(nullProblems.map(\.summary) == ["Invalid template interpolation value"])
        let (_, listProblems) = evaluate(#""a${x}""#, ["x": .list([])])
        #expect(
            listProblems.first?.detail
                == "a string template cannot include a list; use jsonencode() or join() to make a string")
        let (_, conditionProblems) = evaluate(#""%{ if x }a%{ endif }""#, ["x": .number(1)])
        #expect(conditionProblems.map(\.summary) == ["Incorrect condition type"])
    }

    @Test func arithmeticAndComparison() {
        #expect(value("1 + 2 * 3 - 4 / 2") == .number(5))
        #expect(value("7 % 3") == .number(1))
        #expect(value(#""5" + 1"#) == .number(6))
        #expect(value("-x", ["x": .number(2)]) == .number(-2))
        #expect(value("1 < 2 && 2 <= 2 && 3 > 2 && 3 >= 4") == .bool(false))
        #expect(value(#"1 == 1 && "a" != "b" && [1] == [1]"#) == .bool(true))
        #expect(value(#"1 == "1""#) == .bool(false))
        #expect(value("!true || false") == .bool(false))
    }

    @Test func operatorErrors() throws {
        let (divided, problems) = evaluate("1 / 0")
        #expect(divided.unknownValue != nil)
        #expect(
            problems.map(\.description) == ["test.tf:1:1: error: Division by zero; the right operand of \"/\" is zero"])
        let (_, typeProblems) = evaluate(#"1 + "a""#)
        #expect(
            typeProblems.map(\.description) == [
                "test.tf:1:5: error: Invalid operand; a number is required for \"+\", not string"
            ])
        let (_, boolProblems) = evaluate("!1")
        #expect(boolProblems.first?.summary == "Invalid operand")
    }

    @Test func unknownsPropagateThroughOperators() {
        #expect(value("x + 1", ["x": unknownRole]) == unknownRole)
        #expect(value("x == 1", ["x": unknownRole]) == unknownRole)
        #expect(value("false && x", ["x": unknownRole]) == .bool(false))
        #expect(value("true || x", ["x": unknownRole]) == .bool(true))
        #expect(value("true && x", ["x": unknownRole]) == unknownRole)
        #expect(value("x ? 1 : 2", ["x": unknownRole]) == unknownRole)
        #expect(value("!x", ["x": unknownRole]) == unknownRole)
    }

    @Test func conditionals() {
        #expect(value(#"x ? "a" : "b""#, ["x": .bool(true)]) == .string("a"))
        #expect(value(#"x != null ? x.a : "none""#, ["x": .null]) == .string("none"))
        let (_, problems) = evaluate("1 ? 2 : 3")
        #expect(problems.map(\.summary) == ["Incorrect condition type"])
    }

    @Test func forExpressions() {
        let list = Value.list([.string("a"), .string("b"), .string("c")])
        #expect(value("[for s in l : upper(s)]", ["l": list]) == .list([.string("A"), .string("B"), .string("C")]))
        #expect(value("[for i, s in l : i if s != \"b\"]", ["l": list]) == .list([.number(0), .number(2)]))
        #expect(
            value("{for s in l : s => length(s)}", ["l": list])
                == .object(["a": .number(1), "b": .number(1), "c": .number(1)]))
        let people = Value.list([
            .object(["team": .string("x"), "name": .string("p")]),
            .object(["team": .string("y"), "name": .string("q")]),
            .object(["team": .string("x"), "name": .string("r")]),
        ])
        #expect(
            value("{for p in l : p.team => p.name...}", ["l": people])
                == .object(["x": .list([.string("p"), .string("r")]), "y": .list([.string("q")])]))
        #expect(
            value("[for k, v in m : \"${k}${v}\"]", ["m": .object(["b": .number(2), "a": .number(1)])])
                == .list([.string("a1"), .string("b2")]))
        #expect(value("[for s in l : s]", ["l": unknownRole]) == unknownRole)
    }

    @Test func forExpressionErrors() {
        let (_, duplicate) = evaluate("{for s in l : \"k\" => s}", ["l": .list([.number(1), .number(2)])])
        #expect(duplicate.map(\.summary) == ["Duplicate object key"])
        let (_, null) = evaluate("[for s in l : s]", ["l": .null])
        #expect(null.map(\.summary) == ["Iteration over null value"])
        let (_, primitive) = evaluate("[for s in 1 : s]")
        #expect(primitive.map(\.summary) == ["Iteration over non-iterable value"])
    }

    @Test func splatsAndIndexes() {
        let items = Value.list([.object(["id": .number(1)]), .object(["id": .number(2)])])
        #expect(value("l[*].id", ["l": items]) == .list([.number(1), .number(2)]))
        #expect(value("l.*.id", ["l": items]) == .list([.number(1), .number(2)]))
        #expect(value("o[*].id", ["o": .object(["id": .number(3)])]) == .list([.number(3)]))
        #expect(value("n[*].id", ["n": .null]) == .list([]))
        #expect(value("l[1].id", ["l": items]) == .number(2))
        #expect(value(#"m["k"]"#, ["m": .object(["k": .string("v")])]) == .string("v"))
        #expect(value(#"l["0"]"#, ["l": .list([.string("z")])]) == .string("z"))
        #expect(value("u[*].id", ["u": unknownRole]) == unknownRole)
        #expect(value("u[0]", ["u": unknownRole]) == unknownRole)
    }

    @Test func indexAndAttributeErrors() {
        let (_, outOfRange) = evaluate("l[2]", ["l": .list([.number(1)])])
        #expect(outOfRange.map(\.detail) == ["index 2 is out of range for a list of 1 element"])
        let (_, missingKey) = evaluate(#"m["x"]"#, ["m": .object([:])])
        #expect(missingKey.map(\.detail) == ["the key \"x\" does not identify an element of this object"])
        let (_, nullAttribute) = evaluate("n.a", ["n": .null])
        #expect(nullAttribute.map(\.summary) == ["Attempt to get attribute from null value"])
        let (missing, missingAttribute) = evaluate("o.b", ["o": .object(["a": .number(1)])])
        #expect(missing.unknownValue != nil)
        #expect(missingAttribute.map(\.severity) == [.error])
        let (_, listAttribute) = evaluate("l.a", ["l": .list([])])
        #expect(listAttribute.map(\.summary) == ["Unsupported attribute"])
    }

    @Test func referencesWithoutResolverAreErrors() {
        let (result, problems) = evaluate("var.x")
        #expect(result.unknownValue != nil)
        #expect(
            problems.map(\.description) == [
                "test.tf:1:1: error: Variables not allowed; \"var\" cannot be referenced here: only constant values are allowed"
            ])
    }

    @Test func referencesListsEveryTraversal() throws {
        let (expression, _) = HCLParser.parseExpression(
            #"concat([genesyscloud_auth_role.x.id], [for r in var.roles : r.id], ["${local.a[0].b}"])"#, path: "t.tf")
        #expect(
            expression.references.map { "\($0.root).\($0.attributes.joined(separator: "."))" } == [
                "genesyscloud_auth_role.x.id", "var.roles", "r.id", "local.a",
            ])
    }
}
