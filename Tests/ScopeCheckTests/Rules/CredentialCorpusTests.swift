import Foundation
import Testing

/// The credential rules on the real Terraform of `../shared/corpus/terraform`: every literal
/// secret found, every placeholder quiet.
@Suite("Credential rules on the corpus", .enabled(if: TestSupport.corpus != nil, "needs ../shared/corpus"))
struct CredentialCorpusTests {
    static let rules: Set<String> = [
        "hardcoded-secret", "placeholder-secret", "client-secret-in-state", "output-not-sensitive",
        "variable-not-sensitive", "misplaced-permission",
    ]

    /// `path:line:col rule` of the credential findings of `lint --recursive` on `directory`.
    private func findings(_ directory: String) throws -> [String] {
        let corpus = try #require(TestSupport.corpus)
        let spec = TestSupport.packageRoot.appendingPathComponent("samples/spec/genesys-platform-sample.json").path
        let output = try CommandRunner.run(
            ["lint", directory, "--recursive", "--spec", spec, "--format", "compact"],
            in: corpus.appendingPathComponent("terraform"))
        return output.stdout.split(separator: "\n").compactMap { line -> String? in
            guard let rule = line.firstMatch(of: /\(([a-z-]+)\)$/).map({ String($0.1) }), Self.rules.contains(rule)
            else { return nil }
            return String(line.prefix(while: { $0 != " " })) + " " + rule
        }
    }

    /// The provider's examples write seven user passwords and one webhook signature token; their
    /// `XXXXXXXXXX` client secrets, `client-secret`, `your-oauth-client-secret`, `1234567890` and
    /// `test_token` are placeholders.
    @Test func theProviderExamplesSecretsAndNoPlaceholder() throws {
        let users = "provider-examples/resources/genesyscloud_user/"
        #expect(
            try findings("provider-examples") == [
                "provider-examples/resources/genesyscloud_conversations_messaging_integrations_open/resource.tf:6:58: hardcoded-secret",
                "provider-examples/resources/genesyscloud_integration_credential/resource.tf:7:16: hardcoded-secret",
                users + "evaluator_users.tf:12:21: hardcoded-secret",
                users + "evaluator_users.tf:51:21: hardcoded-secret",
                users + "queue_users.tf:12:21: hardcoded-secret", users + "queue_users.tf:72:21: hardcoded-secret",
                users + "queue_users.tf:132:21: hardcoded-secret", users + "resource.tf:4:21: hardcoded-secret",
            ])
    }

    /// The modules pass every credential through variables; the one published secret is blanked
    /// in the corpus as `redacted-xxx…` (a placeholder), and one module's client secret variable
    /// is not marked sensitive.
    @Test func theDevopsModulesHaveNoSecretWrittenOut() throws {
        #expect(
            try findings("devops-modules") == [
                "devops-modules/public-api-data-actions-integration-module/variables.tf:11:10: variable-not-sensitive"
            ])
    }
}
