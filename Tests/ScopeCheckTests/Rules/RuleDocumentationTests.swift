import Foundation
import Testing

@testable import Rules

@Suite("Rule documentation")
struct RuleDocumentationTests {
    static let docs = TestSupport.packageRoot.appendingPathComponent("docs/rules")

    @Test("every committed page is what the rules render, and no page is left over")
    func committedPagesAreCurrent() throws {
        let hint = "run `scopecheck rules --docs docs/rules`"
        for page in RuleDocumentation.pages {
            let url = Self.docs.appendingPathComponent(page.file)
            let committed = try? String(contentsOf: url, encoding: .utf8)
            #expect(committed != nil, "docs/rules/\(page.file) is missing: \(hint)")
            if let committed {
                #expect(committed == page.text, "docs/rules/\(page.file) is out of date: \(hint)")
            }
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.docs.path).filter { $0.hasSuffix(".md") }
        let expected = Set(RuleDocumentation.pages.map(\.file))
        #expect(
            Set(files).subtracting(expected).isEmpty, "pages of no rule: \(Set(files).subtracting(expected)): \(hint)")
    }

    @Test("a page has the id, summary, severity, explanation, examples with policies, fix and suppression")
    func pageStructure() {
        let page = RuleDocumentation.markdown(for: UnknownEndpointRule())
        let lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "# unknown-endpoint")
        #expect(lines[2] == "A call names an operation that is not in the API spec.")
        #expect(lines[4] == "Default severity: **error**")
        #expect(
            page.contains("## Why\n\nCalls — those a policy declares and the requests of data actions — are checked"))
        #expect(
            page.contains(
                """
                ### Reported

                `main.tf`:

                ```hcl
                resource "genesyscloud_oauth_client" "dashboard" {
                """))
        #expect(
            page.contains(
                """
                `policy.hcl`:

                ```hcl
                client "genesyscloud_oauth_client.dashboard" {
                  calls = ["POST /api/v2/analytics/report/queue/summary"]
                }
                ```
                """))
        #expect(page.contains("### Not reported"))
        #expect(page.contains("## How to fix"))
        #expect(page.contains("## Suppress"))
        #expect(page.contains("# scopecheck:ignore unknown-endpoint -- <reason>"))
        #expect(page.hasSuffix("\n") && !page.hasSuffix("\n\n"))
        #expect(page.components(separatedBy: "```").count % 2 == 1, "code fences are balanced")
    }

    @Test("triggering examples come first, in their own order")
    func exampleOrder() throws {
        let page = RuleDocumentation.markdown(for: UnresolvedValueRule())
        let headings = page.split(separator: "\n").filter { $0.hasPrefix("### ") }
        #expect(headings == ["### Reported", "### Reported", "### Not reported"])
    }

    @Test("descriptors without a rule type get a page without examples")
    func descriptorPage() {
        let page = RuleDocumentation.markdown(for: RuleRegistry.parseError)
        #expect(page.hasPrefix("# parse-error\n\nA Terraform, policy or config file could not be read.\n"))
        #expect(!page.contains("## Examples"))
        #expect(page.contains("# scopecheck:ignore parse-error -- <reason>"))
        #expect(RuleDocumentation.pages.first { $0.file == "parse-error.md" }?.text == page)
        #expect(RuleDocumentation.pages.first { $0.file == "excess-scope.md" }?.text.contains("## Examples") == true)
    }

    @Test("the index lists every descriptor by id, with its severity and summary")
    func index() {
        let index = RuleDocumentation.index()
        let rows = index.split(separator: "\n").filter { $0.hasPrefix("| [") }
        #expect(rows.count == RuleRegistry.descriptors.count)
        let ids = rows.map { row in String(row.dropFirst(3).prefix { $0 != "]" }) }
        #expect(ids == RuleRegistry.descriptors.map(\.id).sorted())
        #expect(
            rows.contains(
                "| [excess-scope](excess-scope.md) | warning | A user-grant client requests a scope none of its declared calls needs. |"
            ))
    }

    @Test("writeAll writes every page into a new directory")
    func writeAll() throws {
        let directory = try TestSupport.temporaryDirectory().appendingPathComponent("docs/rules")
        defer {
            try? FileManager.default.removeItem(at: directory.deletingLastPathComponent().deletingLastPathComponent())
        }
        try RuleDocumentation.writeAll(to: directory.path)
        for page in RuleDocumentation.pages {
            let written = try String(contentsOf: directory.appendingPathComponent(page.file), encoding: .utf8)
            #expect(written == page.text)
        }
    }
}
