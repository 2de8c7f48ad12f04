import Foundation
import Testing

@testable import Graph
@testable import Policy
@testable import Rules
@testable import Terraform

/// The schema rules against the Genesys provider's own examples (in `/work/shared/corpus`):
/// every example is valid for the provider, so none may be reported.
@Suite("Schema rules on the provider's examples", .enabled(if: TestSupport.corpus != nil, "needs ../shared/corpus"))
struct SchemaRuleCorpusTests {
    static let directories = [
        "data-sources/genesyscloud_auth_role", "data-sources/genesyscloud_oauth_client",
        "resources/genesyscloud_auth_role", "resources/genesyscloud_oauth_client", "resources/genesyscloud_user",
    ]

    @Test("no unknown, missing or invalid argument in a provider example", arguments: directories)
    func providerExamples(_ directory: String) throws {
        let url = try #require(TestSupport.corpusFile("terraform/provider-examples/\(directory)"))
        let configuration = ModuleLoader.load(directory: url.path, options: TerraformLoadOptions(environment: [:]))
        let context = RequirementGraph(
            modules: [AnalyzedModule(directory: url.path, configuration: configuration)], specs: RuleTestSupport.specs,
            policy: Policy())
        #expect(!context.schemaInstances.isEmpty, "the example has clients or roles")
        let rules: [any Rule] = [UnknownAttributeRule(), MissingAttributeRule(), InvalidValueRule()]
        let findings = rules.flatMap { $0.check(context) }
        #expect(findings.isEmpty, "\(findings.map { "\($0.range.description): \($0.message)" })")
    }
}
