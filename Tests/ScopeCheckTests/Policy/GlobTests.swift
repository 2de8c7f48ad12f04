import Foundation
import Testing

@testable import Core

@Suite struct GlobTests {
    @Test(arguments: [
        ("*:admin", "users:admin", true),
        ("*:admin", "routing:admin", true),
        ("*:admin", "a:b:admin", true),
        ("*:admin", ":admin", true),
        ("*:admin", "users:readonly", false),
        ("*:admin", "users:administrator", false),
        ("*", "anything:at:all", true),
        ("*", "", true),
        ("*", "a/b", false),
        ("analytics*", "analytics:readonly", true),
        ("analytics", "analytics:readonly", false),
        ("user?", "users", true),
        ("user?", "user", false),
        ("user?", "user/", false),
        ("[abc]x", "bx", true),
        ("[abc]x", "dx", false),
        ("[a-c]x", "cx", true),
        ("[!a-c]x", "dx", true),
        ("[^a-c]x", "ax", false),
        ("[]]", "]", true),
        ("[!]]", "a", true),
        ("\\*", "*", true),
        ("\\*", "a", false),
        ("a\\[b", "a[b", true),
    ])
    func scopePatterns(pattern: String, text: String, matches: Bool) throws {
        #expect(try Glob(pattern).matches(text) == matches)
    }

    @Test(arguments: [
        ("**/.terraform/**", ".terraform/modules/x.tf", true),
        ("**/.terraform/**", "a/b/.terraform/x.tf", true),
        ("**/.terraform/**", "a/terraform/x.tf", false),
        ("modules/*/main.tf", "modules/a/main.tf", true),
        ("modules/*/main.tf", "modules/a/b/main.tf", false),
        ("modules/**/main.tf", "modules/main.tf", true),
        ("modules/**/main.tf", "modules/a/b/main.tf", true),
        ("modules/**", "modules/a/b/main.tf", true),
        ("modules/**", "other/main.tf", false),
        ("a**b", "a/x/b", true),
        ("*.tf", "main.tf", true),
        ("*.tf", "dir/main.tf", false),
        ("/abs/*.tf", "/abs/x.tf", true),
        ("é?", "éà", true),
    ])
    func pathPatterns(pattern: String, text: String, matches: Bool) throws {
        #expect(try Glob(pattern).matches(text) == matches)
    }

    @Test(arguments: [
        ("", "invalid pattern \"\": the pattern is empty"),
        ("[abc", "invalid pattern \"[abc\": the `[` set has no closing `]`"),
        ("[]", "invalid pattern \"[]\": the `[` set has no closing `]`"),
        ("[z-a]", "invalid pattern \"[z-a]\": the range `z-a` is backwards"),
        ("ab\\", "invalid pattern \"ab\\\": the pattern ends with an escaping `\\`"),
    ])
    func invalidPatterns(pattern: String, message: String) {
        #expect(throws: GlobError.self) { try Glob(pattern) }
        do {
            _ = try Glob(pattern)
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func pathologicalPatternsMatchInLinearTime() throws {
        let text = String(repeating: "a", count: 20_000)
        let started = Date()
        #expect(try !Glob("a*a*a*a*a*a*b").matches(text))
        #expect(try !Glob("**a**a**a**a**a**a**b").matches(text))
        #expect(try Glob("a*a*a*a*a*a*a").matches(text))
        #expect(Date().timeIntervalSince(started) < 2)
    }
}
