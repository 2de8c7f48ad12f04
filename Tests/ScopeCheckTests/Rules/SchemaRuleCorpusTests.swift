import Foundation
import Testing

@testable import Graph
@testable import Policy
@testable import Rules
@testable import Terraform

/// The schema rules against the Genesys provider's own examples (in `/work/shared/corpus`):
/// an example valid for the provider (v1.84.1, the schema scopecheck carries) gets no finding;
/// the few that are not are listed with why, checked against the provider's source at v1.84.1.
@Suite("Schema rules on the provider's examples", .enabled(if: TestSupport.corpus != nil, "needs ../shared/corpus"))
struct SchemaRuleCorpusTests {
    static let directories = [
        "data-sources/genesyscloud_auth_role", "data-sources/genesyscloud_oauth_client",
        "resources/genesyscloud_auth_role", "resources/genesyscloud_oauth_client", "resources/genesyscloud_user",
        "resources/genesyscloud_integration", "resources/genesyscloud_integration_action",
        "resources/genesyscloud_integration_action_draft", "resources/genesyscloud_integration_credential",
    ]

    /// Findings in examples that are wrong for the provider version: `function_config` in
    /// `resource_genesyscloud_integration_action_schema.go` at v1.84.1 (commit f955430e) takes
    /// `description`, `handler`, `runtime`, `timeout_seconds`, `zip_id` and `file_path` only, yet
    /// the example of the same commit sets `file_content_hash` and `publish`: `terraform plan`
    /// rejects them with "Unsupported argument".
    static let wrongForTheProvider: [String: [String]] = [
        "resources/genesyscloud_integration_action": [
            #"function_config_example.tf:85:5 unknown-attribute: "file_content_hash""#,
            #"function_config_example.tf:86:5 unknown-attribute: "publish""#,
            #"function_config_example.tf:118:5 unknown-attribute: "file_content_hash""#,
            #"function_config_example.tf:153:5 unknown-attribute: "file_content_hash""#,
            #"function_config_example.tf:154:5 unknown-attribute: "publish""#,
        ]
    ]

    @Test("no unknown, missing or invalid argument in a provider example", arguments: directories)
    func providerExamples(_ directory: String) throws {
        let url = try #require(TestSupport.corpusFile("terraform/provider-examples/\(directory)"))
        let configuration = ModuleLoader.load(directory: url.path, options: TerraformLoadOptions(environment: [:]))
        let context = RequirementGraph(
            modules: [AnalyzedModule(directory: url.path, configuration: configuration)], specs: RuleTestSupport.specs,
            policy: Policy())
        #expect(!context.schemaInstances.isEmpty, "the example has resources the schema describes")
        let rules: [any Rule] = [UnknownAttributeRule(), MissingAttributeRule(), InvalidValueRule()]
        let findings = rules.flatMap { $0.check(context) }.sortedForReport().map { finding in
            let argument = finding.message.firstMatch(of: /argument ("[a-z_]+")/).map { String($0.1) } ?? ""
            return "\(URL(fileURLWithPath: finding.range.file).lastPathComponent):\(finding.range.start.line):"
                + "\(finding.range.start.column) \(finding.rule): \(argument)"
        }
        #expect(findings == Self.wrongForTheProvider[directory] ?? [], "\(findings)")
    }
}
