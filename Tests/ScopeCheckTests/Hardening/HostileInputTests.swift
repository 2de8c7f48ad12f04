import Foundation
import Testing

@testable import Core
@testable import Report
@testable import Syntax
@testable import Terraform

/// Broken and hostile Terraform: each case gives exactly the expected diagnostics (at their line
/// and column), finishes (bounded time: the test returns), and the module's other file is still
/// analysed (`HostileFixture.goodFinding`). A block with a syntax error gives nothing but the
/// error: what the half-parsed block seems to lack or hold is the error's echo.
@Suite struct HostileInputTests {
    private typealias Fixture = HostileFixture

    @Test func truncatedFile() throws {
        let directory = try Fixture.module(text: [
            "bad.tf": "resource \"genesyscloud_oauth_client\" \"cut\" {\n  name = \"Cu"
        ])
        let findings = try Fixture.lint(directory)
        #expect(
            findings == [
                Fixture.parseError(
                    "2:10",
                    "Unterminated template string: There is no closing quote for this string before the end of the file."
                ),
                Fixture.goodFinding,
            ])
    }

    @Test func invalidUTF8() throws {
        let directory = try Fixture.module([
            "bad.tf": Array("locals {\n  a = \"ok ".utf8) + [0xFF, 0xFE] + Array(" bad\"\n}\n# comment ".utf8) + [
                0xC3, 0x28, 0x0A,
            ]
        ])
        let encoding =
            "Invalid character encoding: All input files must be UTF-8 encoded. Ensure that UTF-8 encoding is selected in your editor."
        let findings = try Fixture.lint(directory)
        #expect(
            findings == [
                Fixture.parseError("2:11", encoding), Fixture.parseError("4:11", encoding), Fixture.goodFinding,
            ])
    }

    @Test func nulBytes() throws {
        let directory = try Fixture.module(["bad.tf": Array("locals {\n  a = \"x".utf8) + [0] + Array("y\"\n}\n".utf8)])
        let findings = try Fixture.lint(directory)
        #expect(
            findings == [
                Fixture.parseError("2:9", "Invalid character: The NUL character (U+0000) is not allowed in HCL files."),
                Fixture.goodFinding,
            ])
    }

    @Test func crlfLineEndingsAndByteOrderMark() throws {
        let crlf = Fixture.goodFile.replacing("\n", with: "\r\n")
        let directory = try Fixture.module(["good.tf": [0xEF, 0xBB, 0xBF] + Array(crlf.utf8)], good: false)
        let findings = try Fixture.lint(directory)
        #expect(findings == [Fixture.goodFinding])
        let session = try Fixture.session(directory)
        let text = TextReportWriter(sourceLines: session.graph.sourceFiles.lines).render(
            LintReport(findings: session.result.findings, rules: session.result.rules, toolVersion: "test"))
        #expect(
            text.contains(
                "  scopes                = [\"analytics:view\"]\n                           ^~~~~~~~~~~~~~~~\n"))
        #expect(!text.contains("\r"))
    }

    /// A 10 MB scope name and a 10 MB description on single lines: the message quoting the scope
    /// and the text excerpt are cut, so the report stays small.
    @Test func tenMegabyteSingleLineStrings() throws {
        let big = String(repeating: "x", count: 10 << 20)
        let directory = try Fixture.module(text: [
            "bad.tf": """
            resource "genesyscloud_oauth_client" "big" {
              name                  = "Big"
              authorized_grant_type = "CODE"
              scopes                = ["\(big)"]
              description           = "\(big)"
            }

            """
        ])
        let session = try Fixture.session(directory)
        let findings = session.result.findings.map { Fixture.describe($0, in: directory) }
        #expect(findings.count == 2)
        #expect(findings.last == Fixture.goodFinding)
        let first = try #require(findings.first)
        #expect(first.hasPrefix("bad.tf:4:28 unknown-scope: scope \"xxxxxxxx"))
        #expect(first.contains("characters left out"))
        #expect(first.hasSuffix("the OAuth API rejects it and it grants nothing"))
        #expect(first.count < 2200)
        let report = LintReport(findings: session.result.findings, rules: session.result.rules, toolVersion: "test")
        let text = TextReportWriter(sourceLines: session.graph.sourceFiles.lines).render(report)
        #expect(text.utf8.count < 8000)
        #expect(text.contains("  scopes                = [\"" + String(repeating: "x", count: 132) + "…\n"))
    }

    @Test func tenThousandDeepNesting() throws {
        let depth = 10_000
        let directory = try Fixture.module(text: [
            "bad.tf": "locals {\n  a = " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
                + "\n}\n",
            "bad.tf.json": "{\"locals\": {\"b\": " + String(repeating: "[", count: depth)
                + String(repeating: "]", count: depth) + "}}",
        ])
        let findings = try Fixture.lint(directory)
        #expect(
            findings == [
                Fixture.parseError(
                    "2:262",
                    "Nesting too deep: Brackets, parentheses, blocks and templates may be nested at most 256 levels deep."
                ),
                Fixture.parseError(
                    in: "bad.tf.json", "1:528", "JSON nesting too deep: more than 512 nested arrays and objects"),
                Fixture.goodFinding,
            ])
    }

    @Test func unterminatedHeredoc() throws {
        let directory = try Fixture.module(text: ["bad.tf": "locals {\n  a = <<EOT\nnever closed\n"])
        let findings = try Fixture.lint(directory)
        #expect(
            findings == [
                Fixture.parseError(
                    "2:7",
                    "Unterminated heredoc: There is no line containing only \"EOT\" to close this heredoc before the end of the file."
                ),
                Fixture.goodFinding,
            ])
    }

    @Test func unterminatedTemplate() throws {
        let directory = try Fixture.module(text: ["bad.tf": "locals {\n  a = \"${local.b\n}\n"])
        let findings = try Fixture.lint(directory)
        #expect(
            findings == [
                Fixture.parseError(
                    "1:8",
                    "Unclosed configuration block: There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file."
                ),
                Fixture.parseError(
                    "2:7",
                    "Unterminated template string: There is no closing quote for this string on its line. Quoted strings cannot span lines: use the \\n escape or a heredoc (<<EOT) for multi-line text."
                ),
                Fixture.goodFinding,
            ])
    }

    @Test func unterminatedComment() throws {
        let directory = try Fixture.module(text: ["bad.tf": "locals { a = 1 }\n/* never closed\n"])
        let findings = try Fixture.lint(directory)
        #expect(
            findings == [
                Fixture.parseError(
                    "2:1",
                    "Unterminated comment: There is no closing \"*/\" for this comment before the end of the file."),
                Fixture.goodFinding,
            ])
    }

    @Test func duplicateAttributes() throws {
        let directory = try Fixture.module(text: [
            "bad.tf": "resource \"genesyscloud_auth_role\" \"r\" {\n  name = \"a\"\n  name = \"b\"\n}\n"
        ])
        let path = directory.appendingPathComponent("bad.tf").path
        let findings = try Fixture.lint(directory)
        #expect(
            findings == [
                Fixture.parseError(
                    "3:3",
                    "Attribute redefined: The argument \"name\" was already set at \(path):2:3. Each argument may be set only once."
                ),
                Fixture.goodFinding,
            ])
    }

    @Test func duplicateBlocks() throws {
        let directory = try Fixture.module(text: [
            "bad.tf": """
            resource "genesyscloud_auth_role" "r" {
              name = "a"
            }
            resource "genesyscloud_auth_role" "r" {
              name = "b"
            }
            variable "v" { default = 1 }
            variable "v" { default = 2 }

            """
        ])
        let path = directory.appendingPathComponent("bad.tf").path
        let findings = try Fixture.lint(directory)
        #expect(
            findings == [
                "bad.tf:4:35 terraform-validation: Duplicate resource \"genesyscloud_auth_role\" configuration: a resource named \"r\" was already declared at \(path):1:35; scopecheck analyses the first declaration",
                Fixture.parseError(
                    "8:10",
                    "Duplicate variable declaration: a variable named \"v\" was already declared at \(path):7:10"),
                Fixture.goodFinding,
            ])
    }

    @Test func cyclicLocalsAndVariables() throws {
        let directory = try Fixture.module(text: [
            "bad.tf": """
            locals {
              a = local.b
              b = local.a
            }
            variable "x" {
              default = var.y
            }
            variable "y" {
              default = var.x
            }

            """
        ])
        let variables = "Variables not allowed: \"var\" cannot be referenced here: only constant values are allowed"
        let findings = try Fixture.lint(directory)
        #expect(
            findings == [
                Fixture.parseError(
                    "2:3",
                    "Cycle in references: local.a → local.b → local.a: these values refer to each other, so none can be known"
                ),
                Fixture.parseError("6:13", variables),
                Fixture.parseError("9:13", variables),
                Fixture.goodFinding,
            ])
    }

    @Test func selfReferencingModule() throws {
        let directory = try Fixture.module(text: ["bad.tf": "module \"self\" {\n  source = \"./\"\n}\n"])
        let findings = try Fixture.lint(directory)
        #expect(
            findings == [
                Fixture.parseError(
                    "2:12",
                    "Module source loop: the root module → module.self: the directory \(directory.path) is already being loaded, so it is not loaded again"
                ),
                Fixture.goodFinding,
            ])
    }

    @Test func moduleSourceLoop() throws {
        let directory = try Fixture.module(text: [
            "bad.tf": "module \"a\" {\n  source = \"./a\"\n}\n",
            "a/main.tf": "module \"b\" {\n  source = \"../b\"\n}\n",
            "b/main.tf": "module \"a\" {\n  source = \"../a\"\n}\n",
        ])
        let findings = try Fixture.lint(directory)
        #expect(
            findings == [
                Fixture.parseError(
                    in: "b/main.tf", "2:12",
                    "Module source loop: module.a → module.a.module.b → module.a.module.b.module.a: the directory \(directory.path)/a is already being loaded, so it is not loaded again"
                ),
                Fixture.goodFinding,
            ])
    }

    /// Module calls that fan out (each module calls the next twice) are cut at 1,000 modules.
    @Test func moduleFanOut() throws {
        var files: [String: String] = ["bad.tf": "module \"m\" {\n  source = \"./m0\"\n}\n"]
        for level in 0..<30 {
            files["m\(level)/main.tf"] =
                "module \"a\" {\n  source = \"../m\(level + 1)\"\n}\nmodule \"b\" {\n  source = \"../m\(level + 1)\"\n}\n"
        }
        files["m30/main.tf"] = "locals {}\n"
        let directory = try Fixture.module(text: files)
        let findings = try Fixture.lint(directory)
        #expect(findings.count == 2)
        #expect(findings.first == Fixture.goodFinding)
        let limit = try #require(findings.last)
        #expect(
            limit.hasPrefix(
                "m27/main.tf:2:12 parse-error: Too many modules: more than 1000 module calls are read from one root module; module.m.module.a."
            ))
        #expect(limit.hasSuffix(" and the modules after it are not loaded"))
    }

    @Test func symbolicLinkLoops() throws {
        let directory = try Fixture.module(text: ["mod.tf": "module \"m\" {\n  source = \"./mloop\"\n}\n"])
        let manager = FileManager.default
        try manager.createSymbolicLink(
            atPath: directory.appendingPathComponent("loop.tf").path, withDestinationPath: "loop.tf")
        try manager.createSymbolicLink(
            atPath: directory.appendingPathComponent("mloop").path, withDestinationPath: "mloop")
        try manager.createSymbolicLink(
            atPath: directory.appendingPathComponent("dirloop").path, withDestinationPath: ".")
        let expected = [
            Fixture.goodFinding,
            Fixture.parseError(
                in: "loop.tf", "1:1",
                "Unreadable file: \(directory.path)/loop.tf cannot be read: Too many levels of symbolic links"),
            Fixture.parseError(
                in: "mod.tf", "2:12",
                "Unreadable module directory: \(directory.path)/mloop does not exist or is not a readable directory"),
        ]
        let findings = try Fixture.lint(directory)
        #expect(findings == expected)
        let recursive = try Fixture.lint(directory, recursive: true)
        #expect(recursive == expected)
        #expect(try Fixture.session(directory, recursive: true).graph.modules.map(\.directory) == [directory.path])
    }

    @Test func unreadableFiles() throws {
        let directory = try Fixture.module([:])
        let fifo = directory.appendingPathComponent("fifo.tf").path
        #expect(mkfifo(fifo, 0o644) == 0)
        try FileManager.default.createSymbolicLink(
            atPath: directory.appendingPathComponent("dangling.tf").path, withDestinationPath: "nowhere.tf")
        let findings = try Fixture.lint(directory)
        #expect(
            findings == [
                Fixture.parseError(
                    in: "dangling.tf", "1:1",
                    "Unreadable file: \(directory.path)/dangling.tf cannot be read: No such file or directory"),
                Fixture.parseError(in: "fifo.tf", "1:1", "Unreadable file: \(fifo) is not a regular file (a FIFO)"),
                Fixture.goodFinding,
            ])
        let output = try CommandRunner.run([
            "lint", directory.path, "--spec", Fixture.sampleSpec, "--format", "compact",
        ])
        #expect(output.status == 1)
        #expect(output.stdout.contains("fifo.tf:1:1: error - Unreadable file:"))
    }

    /// Files the user cannot read (skipped when running as root, who can read them all).
    @Test(.enabled(if: getuid() != 0)) func filesWithoutReadPermission() throws {
        let directory = try Fixture.module(text: ["secret.tf": "locals {}\n"])
        let path = directory.appendingPathComponent("secret.tf").path
        #expect(chmod(path, 0) == 0)
        defer { chmod(path, 0o644) }
        let findings = try Fixture.lint(directory)
        #expect(
            findings == [
                Fixture.goodFinding,
                Fixture.parseError(
                    in: "secret.tf", "1:1", "Unreadable file: \(path) cannot be read: Permission denied"),
            ])
    }

    @Test func hugeNumbers() throws {
        let digits = String(repeating: "9", count: 5000)
        let directory = try Fixture.module(text: [
            "bad.tf": """
            resource "genesyscloud_oauth_client" "n" {
              name                          = "N"
              authorized_grant_type         = "CODE"
              scopes                        = ["analytics"]
              access_token_validity_seconds = 1e400
            }
            resource "genesyscloud_auth_role" "c" {
              count = 1e300
              name  = "c"
            }
            locals {
              big = \(digits)
            }

            """,
            "bad.tf.json": #"{"locals": {"huge": 1e999}}"#,
        ])
        let range = "is out of range: scopecheck computes with 64-bit floating point numbers (up to about 1.8e308)."
        let findings = try Fixture.lint(directory)
        #expect(
            findings == [
                Fixture.parseError("5:35", "Invalid number literal: The number 1e400 \(range)"),
                Fixture.parseError(
                    "8:11", "Invalid count argument: count must be a whole number from 0 to 10000, not 1e+300"),
                Fixture.parseError(
                    "12:9", "Invalid number literal: The number \(String(repeating: "9", count: 32))… \(range)"),
                Fixture.parseError(in: "bad.tf.json", "1:21", "Invalid JSON number: 1e999 is out of range"),
                Fixture.goodFinding,
            ])
    }

    /// Local values that double a string forty times would need terabytes: the first value
    /// past 16 MB is an error and unknown.
    @Test func doublingStrings() throws {
        var text = "locals {\n  l0 = \"" + String(repeating: "0123456789abcdef", count: 4) + "\"\n"
        for level in 1...40 { text += "  l\(level) = \"${local.l\(level - 1)}${local.l\(level - 1)}\"\n" }
        text += "}\noutput \"o\" { value = length(local.l40) }\n"
        let directory = try Fixture.module(text: ["bad.tf": text])
        let findings = try Fixture.lint(directory)
        #expect(
            findings == [
                Fixture.parseError(
                    "21:9",
                    "Value too large: the value has more than 16 MB of text; scopecheck stops there to bound its memory (see docs/hardening.md)"
                ),
                Fixture.goodFinding,
            ])
    }

    /// A billion iterations of nested for expressions stop at the evaluation budget.
    @Test func nestedLoopsExhaustTheBudget() throws {
        let directory = try Fixture.module(text: [
            "bad.tf":
                "locals {\n  cube = [for a in range(1000) : [for b in range(1000) : [for c in range(1000) : a + b + c]]]\n}\n"
        ])
        let findings = try Fixture.lint(directory)
        #expect(
            findings == [
                Fixture.parseError(
                    "2:82",
                    "Evaluation limit reached: evaluating this configuration took more than 5000000 steps (nested for expressions, large collections or many instances); values computed from here on are unknown"
                ),
                Fixture.goodFinding,
            ])
    }

    /// `file()` of a device or a FIFO is refused at once instead of read forever.
    @Test func fileFunctionOnDevices() throws {
        let directory = try Fixture.module(text: ["bad.tf": "locals {\n  zero = file(\"/dev/zero\")\n}\n"])
        let findings = try Fixture.lint(directory)
        #expect(
            findings == [
                Fixture.parseError(
                    "2:15",
                    "Invalid function argument: file(): \"/dev/zero\" (read from /dev/zero) is not a regular file (a character device)"
                ),
                Fixture.goodFinding,
            ])
    }
}
