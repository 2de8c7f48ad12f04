import Foundation
import Testing

@testable import Syntax
@testable import Terraform

@Suite struct FunctionTests {
    private static let role = Value.unknown(
        Unknown(reason: "computed", range: nil, refersTo: "genesyscloud_auth_role.x", attribute: "id"))

    private static func strings(_ items: String...) -> Value { .list(items.map(Value.string)) }
    private static func numbers(_ items: Double...) -> Value { .list(items.map(Value.number)) }

    @Test(arguments: [
        (#"concat(["a"], [], ["b", "c"])"#, strings("a", "b", "c")),
        (#"distinct(["b", "a", "b"])"#, strings("b", "a")),
        (#"flatten([["a", ["b"]], [], "c"])"#, strings("a", "b", "c")),
        (#"toset(["b", "a", "b"])"#, strings("a", "b")),
        (#"toset([2, "a"])"#, strings("2", "a")),
        (#"tolist(["a"])"#, strings("a")),
        (#"tomap({a = 1, b = "x"})"#, .object(["a": .string("1"), "b": .string("x")])),
        (#"lower("AbC")"#, .string("abc")),
        (#"upper("AbC")"#, .string("ABC")),
        (
            #"format("%s-%d-%v-%q-%.2f-%%-%5s|%-3d|%03d-%t-%x", "a", 42, true, "q", 3.14159, "r", 7, 5, false, 255)"#,
            .string(#"a-42-true-"q"-3.14-%-    r|7  |005-false-ff"#)
        ),
        (#"format("%[2]s %[1]s", "a", "b")"#, .string("b a")),
        (#"format("%v %#v", ["a"], "s")"#, .string(#"["a"] "s""#)),
        (#"formatlist("%s=%d", ["a", "b"], [1, 2])"#, strings("a=1", "b=2")),
        (#"formatlist("%s/%s", "p", ["a", "b"])"#, strings("p/a", "p/b")),
        (#"join(", ", ["a", "b"], ["c"])"#, .string("a, b, c")),
        (#"split(",", "a,b,,c")"#, strings("a", "b", "", "c")),
        (#"split("", "ab")"#, strings("a", "b")),
        (#"replace("a-b-c", "-", "+")"#, .string("a+b+c")),
        (#"replace("role_123_x", "/([a-z]+)_([0-9]+)/", "$2:$1")"#, .string("123:role_x")),
        (#"replace("ab", "/(?P<first>a)/", "[$${first}]")"#, .string("[a]b")),
        (#"trimspace("  a b \n")"#, .string("a b")),
        (#"trim("?!a?!", "!?")"#, .string("a")),
        (#"trimprefix("routing:view", "routing:")"#, .string("view")),
        (#"trimprefix("x", "y")"#, .string("x")),
        (#"trimsuffix("a.json", ".json")"#, .string("a")),
        (#"merge({a = 1, b = 2}, null, {b = 3})"#, .object(["a": .number(1), "b": .number(3)])),
        (#"lookup({a = 1}, "a", 0)"#, .number(1)),
        (#"lookup({a = 1}, "b", 0)"#, .number(0)),
        (#"element(["a", "b"], 3)"#, .string("b")),
        (#"coalesce(null, "", "x", "y")"#, .string("x")),
        (#"coalescelist([], ["a"], ["b"])"#, strings("a")),
        (#"compact(["a", "", null, "b"])"#, strings("a", "b")),
        (#"length(["a", "b"])"#, .number(2)),
        (#"length({a = 1})"#, .number(1)),
        (#"length("héllo")"#, .number(5)),
        (#"contains(["a", "b"], "b")"#, .bool(true)),
        (#"contains(["a"], "c")"#, .bool(false)),
        (#"keys({b = 1, a = 2})"#, strings("a", "b")),
        (#"values({b = 1, a = 2})"#, numbers(2, 1)),
        (#"try(local_map.missing, "fallback")"#, .string("fallback")),
        (#"try("first", "second")"#, .string("first")),
        (#"can(local_map.missing)"#, .bool(false)),
        (#"can(local_map.present)"#, .bool(true)),
        (#"jsondecode("{\"a\": [1, true, null]}")"#, .object(["a": .list([.number(1), .bool(true), .null])])),
        (#"jsonencode({b = [1, "<x>"], a = null, c = 1.5})"#, .string(#"{"a":null,"b":[1,"\u003cx\u003e"],"c":1.5}"#)),
        (#"base64encode("hi")"#, .string("aGk=")),
        (#"base64decode("aGk=")"#, .string("hi")),
        ("abs(-2)", .number(2)),
        ("min(3, 1, 2)", .number(1)),
        ("max(3, 1, 2)", .number(3)),
        ("ceil(1.2)", .number(2)),
        ("floor(1.8)", .number(1)),
        ("pow(2, 3)", .number(8)),
        ("signum(-5)", .number(-1)),
        ("tostring(1)", .string("1")),
        ("tostring(null)", .null),
        (#"tonumber("12")"#, .number(12)),
        (#"tobool("true")"#, .bool(true)),
        (#"setunion(["b"], ["a", "b"])"#, strings("a", "b")),
        (#"setintersection(["a", "b"], ["b", "c"])"#, strings("b")),
        (#"setsubtract(["a", "b"], ["b"])"#, strings("a")),
        ("range(3)", numbers(0, 1, 2)),
        ("range(1, 4, 2)", numbers(1, 3)),
        ("range(3, 0)", numbers(3, 2, 1)),
        (#"zipmap(["a", "b"], [1, 2])"#, .object(["a": .number(1), "b": .number(2)])),
        (#"startswith("routing:view", "routing")"#, .bool(true)),
        (#"endswith("routing:view", "edit")"#, .bool(false)),
        (#"substr("hello", 1, 3)"#, .string("ell")),
        (#"substr("hello", -3, -1)"#, .string("llo")),
        (#"index(["a", "b"], "b")"#, .number(1)),
        (#"one([])"#, .null),
        (#"one(["a"])"#, .string("a")),
        (#"sort(["b", "a", "c"])"#, strings("a", "b", "c")),
        (#"reverse(["a", "b"])"#, strings("b", "a")),
        (#"slice(["a", "b", "c"], 1, 3)"#, strings("b", "c")),
        (#"chunklist(["a", "b", "c"], 2)"#, .list([strings("a", "b"), strings("c")])),
        ("sum([1, 2.5])", .number(3.5)),
        ("alltrue([true, true])", .bool(true)),
        ("anytrue([false])", .bool(false)),
        ("concat(args...)", strings("a", "b")),
    ])
    func evaluatesBuiltins(source: String, expected: Value) {
        let context = EvaluationContext(variables: [
            "local_map": .object(["present": .number(1)]), "args": .list([Self.strings("a"), Self.strings("b")]),
        ])
        let (value, diagnostics) = TerraformFixture.evaluate(source, context: context)
        #expect(diagnostics.isEmpty, "\(source): \(diagnostics)")
        #expect(value == expected, "\(source)")
    }

    @Test(arguments: [
        ("concat(1)", "concat(): a list is required, not number"),
        ("distinct(1)", "distinct(): a list is required, not number"),
        ("flatten(\"a\")", "flatten(): a list is required, not string"),
        ("toset({})", "toset(): a list is required, not object"),
        ("tolist(1)", "tolist(): a list is required, not number"),
        ("tomap([])", "tomap(): a map or object is required, not list"),
        ("lower([])", "lower(): a string is required, not list"),
        ("upper(null)", "upper(): a string is required, not null"),
        (#"format("%d", "x")"#, #"format(): unsupported value for "%d" (argument 1): an integer is required"#),
        (#"format("%s %s", "a")"#, #"format(): not enough arguments for "%s" at 4: need index 2 but have 1 total"#),
        (#"format("%s", "a", "b")"#, "format(): too many arguments; only 1 used by the format string"),
        (#"format("%z", 1)"#, #"format(): unrecognized format character "z""#),
        (#"format("%s", [])"#, #"format(): unsupported value for "%s" (argument 1): string required, not list"#),
        (#"formatlist("%s", ["a"], ["b", "c"])"#, "formatlist(): all list arguments must have the same length"),
        (#"join(",", [[]])"#, "join(): element 0 must be a string, not list"),
        ("split(1, [])", "split(): a string is required, not list"),
        (#"replace("a", "/(/", "b")"#, "replace(): invalid regular expression /(/"),
        ("trimspace([])", "trimspace(): a string is required, not list"),
        (#"trim([], "a")"#, "trim(): a string is required, not list"),
        (#"trimprefix("a", [])"#, "trimprefix(): a string is required, not list"),
        (#"trimsuffix([], "a")"#, "trimsuffix(): a string is required, not list"),
        (#"merge({a = 1}, [1])"#, "merge(): a map or object is required, not list"),
        (#"lookup({a = 1}, "b")"#, "lookup(): the map has no key \"b\" and no default was given"),
        ("element([], 0)", "element(): cannot use element() with an empty list"),
        (#"element(["a"], -1)"#, "element(): the index must not be negative"),
        (#"coalesce(null, "")"#, "coalesce(): no non-null, non-empty-string arguments"),
        ("coalescelist([], [])", "coalescelist(): no non-empty list arguments"),
        ("compact(\"a\")", "compact(): a list is required, not string"),
        ("length(1)", "length(): a collection or a string is required, not number"),
        ("contains(1, 1)", "contains(): a list is required, not number"),
        ("keys([])", "keys(): a map or object is required, not list"),
        ("values(1)", "values(): a map or object is required, not number"),
        (
            #"try(local_map.missing, local_map.other)"#,
            "try(): no expression succeeded: this object does not have an attribute named \"missing\"; this object"
        ),
        (
            #"jsondecode("{")"#,
            "jsondecode(): invalid JSON: 1:2: expected string key or '}', found end of input"
        ),
        (#"base64decode("***")"#, "base64decode(): the string is not valid base64"),
        ("abs(\"x\")", "abs(): a number is required, not string"),
        ("min(1, [])", "min(): a number is required, not list"),
        ("max(true)", "max(): a number is required, not bool"),
        ("ceil(null)", "ceil(): a number is required, not null"),
        ("floor({})", "floor(): a number is required, not object"),
        ("tostring([])", "tostring(): a string is required, not list"),
        (#"tonumber("x")"#, "tonumber(): a number is required, not string"),
        ("tobool(1)", "tobool(): a bool is required, not number"),
        ("setunion(1)", "setunion(): a list is required, not number"),
        (#"setintersection(["a"], 1)"#, "setintersection(): a list is required, not number"),
        ("setsubtract([], {})", "setsubtract(): a list is required, not object"),
        ("range(0, 1, 0)", "range(): the step must not be zero"),
        ("range(0, 5, -1)", "range(): the step must be positive when the start is less than the limit"),
        ("range(2000)", "range(): more than 1024 numbers would be produced"),
        (#"zipmap(["a"], [1, 2])"#, "zipmap(): 1 keys but 2 values: the lists must have the same length"),
        (#"startswith(1, [])"#, "startswith(): a string is required, not list"),
        (#"endswith([], "a")"#, "endswith(): a string is required, not list"),
        (#"substr("abc", 5, 1)"#, "substr(): offset 5 is out of range"),
        (#"substr("abc", 1.5, 1)"#, "substr(): a whole number is required, not 1.5"),
        (#"index(["a"], "b")"#, "index(): \"b\" is not in the list"),
        (#"one(["a", "b"])"#, "one(): a list of zero or one element is required, not 2"),
        ("sort([[]])", "sort(): element 0 must be a string, not list"),
        ("reverse(1)", "reverse(): a list is required, not number"),
        (#"slice(["a"], 0, 2)"#, "slice(): end index 2 must be between 0 and 1"),
        (#"chunklist(["a"], -1)"#, "chunklist(): the chunk size must not be negative"),
        ("sum([])", "sum(): cannot sum an empty list"),
        (#"alltrue(["x"])"#, "alltrue(): every element must be a bool, not string"),
        ("anytrue(1)", "anytrue(): a list is required, not number"),
        ("pow(\"a\", 1)", "pow(): a number is required, not string"),
        ("signum([])", "signum(): a number is required, not list"),
        (#"file("missing.txt")"#, "file(): no file exists at \"missing.txt\""),
        (#"fileexists([])"#, "fileexists(): a string is required, not list"),
    ])
    func reportsBadArguments(source: String, detail: String) {
        let context = EvaluationContext(
            variables: ["local_map": .object(["present": .number(1)])], baseDirectory: "/nonexistent-scopecheck")
        let (value, diagnostics) = TerraformFixture.evaluate(source, context: context)
        #expect(value.unknownValue != nil, "\(source)")
        #expect(diagnostics.count == 1, "\(source): \(diagnostics)")
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.detail.hasPrefix(detail) == true, "\(source): \(diagnostics.first?.detail ?? "")")
    }

    @Test func argumentErrorsPointAtTheArgument() {
        let (_, diagnostics) = TerraformFixture.evaluate(#"upper("a", 1)"#)
        #expect(
            diagnostics.map(\.description) == [
                "test.tf:1:12: error: Too many function arguments; upper() takes at most 1 argument, got 2"
            ])
        let (_, few) = TerraformFixture.evaluate("lookup({})")
        #expect(
            few.map(\.description) == [
                "test.tf:1:1: error: Not enough function arguments; lookup() needs 2 arguments, got 1"
            ])
        let (_, bad) = TerraformFixture.evaluate(#"join(",", "x")"#)
        #expect(
            bad.map(\.description) == [
                "test.tf:1:11: error: Invalid function argument; join(): a list is required, not string"
            ])
    }

    @Test func evaluatorFunctionsCheckTheirArguments() {
        #expect(TerraformFixture.evaluate("can(1, 2)").1.map(\.summary) == ["Wrong number of function arguments"])
        #expect(TerraformFixture.evaluate("try()").1.map(\.summary) == ["Not enough function arguments"])
        #expect(TerraformFixture.evaluate("jsonencode()").1.map(\.summary) == ["Not enough function arguments"])
        #expect(
            TerraformFixture.evaluate(#"templatefile("x")"#).1.map(\.summary) == ["Wrong number of function arguments"])
        #expect(
            TerraformFixture.evaluate("templatefile(1, {})", context: EvaluationContext(baseDirectory: "/")).1.map(
                \.detail)
                == ["templatefile(): the path must be a string"])
        #expect(
            TerraformFixture.evaluate(#"templatefile("x", [])"#).1.map(\.detail)
                == ["templatefile(): the variables must be an object"])
        #expect(TerraformFixture.evaluate("concat(1...)").1.map(\.summary) == ["Invalid expanding argument value"])
    }

    @Test func unknownFunctionsAreUnknown() {
        for name in ["timestamp", "uuid", "yamldecode", "filesha256", "provider::aws::arn_parse", "nonsense"] {
            let (value, diagnostics) = TerraformFixture.evaluate("\(name)()")
            #expect(diagnostics.isEmpty)
            #expect(value.unknownValue?.reason == "function \(name) is not evaluated statically")
            #expect(value.unknownValue?.range?.start.column == 1)
        }
    }

    @Test func unknownArgumentsPropagateOrAreKept() {
        let context = EvaluationContext(variables: ["role": Self.role])
        #expect(TerraformFixture.evaluate("upper(role)", context: context).0 == Self.role)
        #expect(TerraformFixture.evaluate("toset([role])", context: context).0 == Self.role)
        #expect(TerraformFixture.evaluate("jsonencode({a = role})", context: context).0 == Self.role)
        #expect(
            TerraformFixture.evaluate(#"concat(["a"], [role])"#, context: context).0
                == .list([.string("a"), Self.role]))
        #expect(TerraformFixture.evaluate("length([role, role])", context: context).0 == .number(2))
        #expect(TerraformFixture.evaluate(#"lookup({a = role}, "a")"#, context: context).0 == Self.role)
        #expect(TerraformFixture.evaluate("coalesce(null, role)", context: context).0 == Self.role)
        #expect(TerraformFixture.evaluate("flatten([[role]])", context: context).0 == .list([Self.role]))
        #expect(TerraformFixture.evaluate("try(role, 1)", context: context).0 == Self.role)
        #expect(TerraformFixture.evaluate("can(role)", context: context).0 == Self.role)
    }

    @Test func readsFilesRelativeToTheBaseDirectory() throws {
        let directory = try TerraformFixture.directory([
            "policy.json": #"{"scopes": ["users"]}"#, "greeting.tpl": "Hello ${name}%{ for s in list }-${s}%{ endfor }",
        ])
        let context = EvaluationContext(baseDirectory: directory)
        #expect(
            TerraformFixture.evaluate(#"jsondecode(file("policy.json")).scopes"#, context: context).0
                == .list([.string("users")]))
        #expect(TerraformFixture.evaluate(#"fileexists("policy.json")"#, context: context).0 == .bool(true))
        #expect(TerraformFixture.evaluate(#"fileexists("nope.json")"#, context: context).0 == .bool(false))
        #expect(
            TerraformFixture.evaluate(#"templatefile("greeting.tpl", {name = "you", list = ["a"]})"#, context: context)
                .0
                == .string("Hello you-a"))
        let (missing, problems) = TerraformFixture.evaluate(#"templatefile("nope.tpl", {})"#, context: context)
        #expect(missing.unknownValue != nil)
        #expect(problems.map(\.summary) == ["Invalid function argument"])
        let noBase = TerraformFixture.evaluate(#"file("policy.json")"#).0
        #expect(noBase.unknownValue?.reason == "file() cannot read files here")
    }
}
