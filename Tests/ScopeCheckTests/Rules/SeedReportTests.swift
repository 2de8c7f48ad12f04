import Foundation
import Testing

@testable import Lint
@testable import Policy

/// The two seed reports of GENESYS.md §5, linted with every rule against the sample spec.
@Suite("Seed reports")
struct SeedReportTests {
    /// Every finding of every registered rule, as `rule span` lines in report order.
    static func lint(terraform: String, policy: String? = nil) throws -> [String] {
        let (context, directory) = try RuleTestSupport.context(terraform: terraform, policy: policy)
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(RuleTestSupport.parseErrors(context).isEmpty)
        let result = Linter.run(context, config: ScopeCheckConfig())
        return result.findings.map { finding in
            var finding = finding
            finding.range.file = (finding.range.file as NSString).lastPathComponent
            return "\(finding.rule) \(finding.span)"
        }
    }

    @Test("the recommended client: three invented arguments, the real one missing, an unknown scope")
    func recommendedClient() throws {
        let findings = try Self.lint(terraform: UnknownAttributeRuleTests.seedReportClient)
        #expect(
            findings == [
                "missing-attribute main.tf:1:38-1:47",
                "unknown-attribute main.tf:3:3-3:7",
                "unknown-attribute main.tf:4:3-4:18",
                "unknown-attribute main.tf:5:3-5:16",
                "unknown-scope main.tf:6:22-6:46",
            ])
    }

    @Test("the 403 report: invented scopes on a client-credentials client without roles, an unknown endpoint")
    func forbiddenReport() throws {
        let findings = try Self.lint(
            terraform: """
                resource "genesyscloud_oauth_client" "reporting" {
                  name                  = "Queue report"
                  authorized_grant_type = "CLIENT-CREDENTIALS"
                  scopes                = ["analytics:view", "report:execute", "ucp:reports:view"]
                }
                """,
            policy: """
                client "genesyscloud_oauth_client.reporting" {
                  calls = ["POST /api/v2/analytics/report/queue/summary"]
                }
                """)
        #expect(
            findings == [
                "missing-roles main.tf:1:38-1:49",
                "scopes-ignored main.tf:4:3-4:83",
                "unknown-scope main.tf:4:28-4:44",
                "unknown-scope main.tf:4:46-4:62",
                "unknown-scope main.tf:4:64-4:82",
                "unknown-endpoint policy.hcl:2:12-2:57",
            ])
    }
}
