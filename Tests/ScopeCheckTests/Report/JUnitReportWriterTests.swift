import Foundation
import Testing

@testable import Report
@testable import Rules

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct JUnitReportWriterTests {
    @Test func writesOneSuitePerFileAndOneFailingCasePerFinding() {
        let expected = """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="scopecheck" tests="3" failures="3" errors="0" time="0">
              <testsuite name="main.tf" tests="2" failures="2" errors="0" time="0">
                <testcase classname="main.tf" name="excess-scope" time="0">
                  <failure message="main.tf:1,1-4,2: client &quot;Tableau de bord — équipe&quot; grants scopes it never uses:&#10;users" type="warning">warning: client &quot;Tableau de bord — équipe&quot; grants scopes it never uses:
            users
            Rule: excess-scope
            Range: main.tf:1,1-4,2
            Address: genesyscloud_oauth_client.dash
            Fix: remove &quot;users&quot; from scopes</failure>
                </testcase>
                <testcase classname="main.tf" name="missing-scope" time="0">
                  <failure message="main.tf:3,11-42: client &quot;dash&lt;&amp;&gt;&quot; can&apos;t call GET /api/v2/analytics: needs 100% of analytics, or analytics:readonly" type="error">error: client &quot;dash&lt;&amp;&gt;&quot; can&apos;t call GET /api/v2/analytics: needs 100% of analytics, or analytics:readonly
            Rule: missing-scope
            Range: main.tf:3,11-42
            Address: genesyscloud_oauth_client.dash
            Fix: add &quot;analytics:readonly&quot; to scopes</failure>
                </testcase>
              </testsuite>
              <testsuite name="modules/my réseau,v1:2/outputs.tf" tests="1" failures="1" errors="0" time="0">
                <testcase classname="modules/my réseau,v1:2/outputs.tf" name="unknown-endpoint" time="0">
                  <failure message="modules/my réseau,v1:2/outputs.tf:2,11-11: endpoint &apos;GET /api/v2/flows/{id}&apos; isn&apos;t in spec &apos;PureCloud&apos; &amp; won&apos;t be checked" type="note">note: endpoint &apos;GET /api/v2/flows/{id}&apos; isn&apos;t in spec &apos;PureCloud&apos; &amp; won&apos;t be checked
            Rule: unknown-endpoint
            Range: modules/my réseau,v1:2/outputs.tf:2,11-11</failure>
                </testcase>
              </testsuite>
            </testsuites>

            """
        #expect(JUnitReportWriter().render(ReportFixtures.report) == expected)
    }

    @Test func emptyReportIsOnePassingCase() {
        let expected = """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="scopecheck" tests="1" failures="0" errors="0" time="0">
              <testsuite name="scopecheck" tests="1" failures="0" errors="0" time="0">
                <testcase classname="scopecheck" name="lint" time="0"></testcase>
              </testsuite>
            </testsuites>

            """
        #expect(JUnitReportWriter().render(ReportFixtures.emptyReport) == expected)
    }

    @Test func escapesMarkupAndDropsCharactersXMLForbids() {
        #expect(XMLEscaping.escape("<a&b>\"'", inAttribute: false) == "&lt;a&amp;b&gt;&quot;&apos;")
        #expect(XMLEscaping.escape("a\u{0}\u{1B}b\u{FFFE}\u{FFFF}c\t\n\r", inAttribute: false) == "abc\t\n&#13;")
        #expect(XMLEscaping.escape("a\t\n\rb", inAttribute: true) == "a&#9;&#10;&#13;b")
    }

    @Test func parsesAsXMLAndKeepsTheMessages() throws {
        let hostile = Finding(
            rule: "missing-scope", severity: .error, message: "bell\u{7} <x> & \"q\" 'a'\nline ✓",
            range: .wholeFile("a&b.tf"))
        let report = LintReport(findings: [hostile], rules: [], toolVersion: "1")
        let collector = FailureCollector()
        let parser = XMLParser(data: Data(JUnitReportWriter().render(report).utf8))
        parser.delegate = collector
        #expect(parser.parse())
        #expect(collector.messages == ["a&b.tf:1,1-1: bell <x> & \"q\" 'a'\nline ✓"])
        #expect(collector.suites == ["a&b.tf"])
    }
}

/// Collects the `message` attributes of `failure` elements and the names of file test suites.
private final class FailureCollector: NSObject, XMLParserDelegate {
    var messages: [String] = []
    var suites: [String] = []

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        if elementName == "failure", let message = attributes["message"] { messages.append(message) }
        if elementName == "testsuite", let name = attributes["name"] { suites.append(name) }
    }
}
