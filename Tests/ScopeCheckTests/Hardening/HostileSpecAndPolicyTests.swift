import Foundation
import Testing

@testable import Core
@testable import Explain
@testable import Policy
@testable import Spec
@testable import Syntax
@testable import scopecheck

/// Broken and hostile specs, policies, configs, variables files and error bodies: a clear
/// message at the right place, and the exit status the README gives (2 for unusable input).
@Suite struct HostileSpecAndPolicyTests {
    private typealias Fixture = HostileFixture

    private func specError(_ text: String) -> String? {
        do {
            _ = try SpecLoader.parse(text, source: "spec.json")
            return nil
        } catch {
            return error.description
        }
    }

    @Test func specThatIsNotJSON() throws {
        #expect(
            specError("not json at all")
                == "spec.json:1:1: error: Malformed JSON in the API spec; expected value, found 'n' at byte 0")
        #expect(
            specError("openapi: 3.0.0\ninfo:\n  title: x\n")?.hasPrefix(
                "spec.json:1:1: error: YAML API specs are not supported: JSON is required") == true)
        #expect(
            specError(#"{"swagger":"2.0","paths":{"/a":{"get":{"operationId":"x""#)
                == "spec.json:1:57: error: Malformed JSON in the API spec; expected ',' or '}', found end of input at byte 56 (in operation GET /a)"
        )
        let directory = try Fixture.module(text: ["spec.json": "not json at all"])
        let output = try CommandRunner.run(
            ["lint", directory.path, "--spec", directory.appendingPathComponent("spec.json").path])
        #expect(output.status == 2)
        #expect(output.stderr.contains("Malformed JSON in the API spec; expected value, found 'n' at byte 0"))
        #expect(output.stdout.isEmpty)
    }

    /// 100,000 nested arrays where the spec reader looks (an error at the place) and where it
    /// skips (read without recursion), and unclosed.
    @Test func jsonBombOfDeepArrays() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(
            specError(#"{"swagger":"2.0","paths":"# + deep + "}")
                == "spec.json:1:26: error: Invalid API description; expected object for \"paths\", found array at byte 25"
        )
        let skipped = #"{"swagger":"2.0","info":{"title":"t","version":"1"},"definitions":"# + deep + #","paths":{}}"#
        #expect(specError(skipped) == nil)
        #expect(
            specError(#"{"swagger":"2.0","definitions":"# + String(repeating: "[", count: 100_000))
                == "spec.json:1:100032: error: Malformed JSON in the API spec; expected value, found end of input at byte 100031"
        )
        let document = JSONDocument.parse(String(repeating: "[", count: 100_000), path: "bomb.json")
        #expect(
            document.diagnostics.map(\.description) == [
                "bomb.json:1:513: error: JSON nesting too deep; more than 512 nested arrays and objects"
            ])
        #expect(throws: InputError.self) { try GatewayErrorBody.parse("{\"a\":" + deep + "}") }
    }

    @Test func hugeNumbersInASpec() {
        #expect(
            specError(#"{"swagger":"2.0","info":{"title":"t","version":1e999},"paths":{}}"#)
                == "spec.json:1:48: error: Invalid API description; expected string, found number at byte 47")
        #expect(specError(#"{"swagger":"2.0","x-big":1e999999,"info":{"title":"t","version":"1"},"paths":{}}"#) == nil)
    }

    @Test func brokenPolicyFile() {
        let policy = PolicyLoader.parse(
            "client \"genesyscloud_oauth_client.a\" {\n  calls = [\"GET /api/v2/users\"\n", path: "policy.hcl")
        #expect(
            policy.diagnostics.map(\.description) == [
                "policy.hcl:1:38: error: Unclosed configuration block; There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.",
                "policy.hcl:3:1: error: Missing item separator; Expected a comma to mark the beginning of the next item, or \"]\" to end the tuple.",
            ])
        let nested = PolicyLoader.parse(
            "client \"x\" {\n  calls = " + String(repeating: "[", count: 10_000) + "\n}\n", path: "deep.hcl")
        #expect(nested.diagnostics.map(\.summary).contains("Nesting too deep"))
    }

    @Test func brokenConfigFileIsAInputError() throws {
        let directory = try Fixture.module(
            [".scopecheck.hcl": Array("spec = \"x.json\"\nrule \"unknown-scope\" {\n  enabled = ".utf8) + [0]],
            good: true)
        let output = try CommandRunner.run(["lint", directory.path])
        #expect(output.status == 2)
        #expect(
            output.stderr.contains(
                ".scopecheck.hcl:3:13: Invalid character; The NUL character (U+0000) is not allowed in HCL files."
            ))
    }

    @Test func brokenVariablesFiles() throws {
        let directory = try Fixture.module(text: [
            "variables.tf": "variable \"a\" {\n  type = number\n}\n",
            "terraform.tfvars": "a = \"not a number\n",
            "x.auto.tfvars.json": "{\"a\": " + String(repeating: "[", count: 10_000),
        ])
        let findings = try Fixture.lint(directory)
        #expect(
            findings == [
                Fixture.goodFinding,
                Fixture.parseError(
                    in: "terraform.tfvars", "1:5",
                    "Unterminated template string: There is no closing quote for this string on its line. Quoted strings cannot span lines: use the \\n escape or a heredoc (<<EOT) for multi-line text."
                ),
                Fixture.parseError(
                    in: "terraform.tfvars", "1:5",
                    "Invalid value for input variable: the value for var.a (declared at \(directory.path)/variables.tf:1:10) does not fit its type number: number required, got string"
                ),
                Fixture.parseError(
                    in: "x.auto.tfvars.json", "1:518", "JSON nesting too deep: more than 512 nested arrays and objects"),
            ])
    }

    /// An error body with headers around it (as `curl -v` prints it), deeply nested JSON, or no
    /// JSON at all.
    @Test func hostileErrorBodies() throws {
        let exchange = """
            > POST /api/v2/analytics/conversations/details/query HTTP/1.1
            > Authorization: Bearer abc.def.ghi
            >
            < HTTP/1.1 403 Forbidden
            < Content-Type: application/json
            <
            {"status": 403, "code": "missing.any.permissions", "message": "You need analytics:conversationDetail:view"}
            """
        let body = try GatewayErrorBody.parse(exchange)
        #expect(body.status == 403)
        #expect(body.kind == .missingPermissions(mode: .any, permissions: ["analytics:conversationDetail:view"]))
        #expect(
            throws: InputError(
                "--error-body must be a JSON object such as {\"code\": \"missing.any.permissions\", ...}")
        ) {
            try GatewayErrorBody.parse("<html>502 Bad Gateway</html>")
        }
        #expect(throws: InputError("--error-body is larger than 1 MB; pass the response body only")) {
            try GatewayErrorBody.parse(String(repeating: " ", count: 2 << 20))
        }
        #expect(
            throws: InputError(
                "--error-body is not valid JSON: line 1, column 12: Invalid JSON number: 1e999 is out of range")
        ) {
            try GatewayErrorBody.parse(#"{"status": 1e999, "code": "x"}"#)
        }
    }
}
