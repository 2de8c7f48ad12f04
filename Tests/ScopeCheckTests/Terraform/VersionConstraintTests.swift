import Testing

@testable import Core
@testable import Terraform

/// Terraform's version constraints, as `required_providers` writes them.
@Suite struct VersionConstraintTests {
    @Test(arguments: [
        ("1.84.1", "v1.84.1", true), ("= 1.84.1", "1.84.1", true), ("1.84.0", "1.84.1", false),
        ("!= 1.84.1", "1.84.1", false), ("> 1.84", "1.84.1", true), (">= 1.85", "1.84.1", false),
        ("< 2.0.0", "1.84.1", true), ("<= 1.84.0", "1.84.1", false),
        // ~> lets only the last written component grow.
        ("~> 1.84", "1.99.0", true), ("~> 1.84", "2.0.0", false), ("~> 1.84.0", "1.84.9", true),
        ("~> 1.84.0", "1.85.0", false), ("~> 1", "1.99.9", true), ("~> 1", "2.0.0", false),
        ("~> 1.15", "1.84.1", true), ("~> 1.15.0", "1.84.1", false),
        (">= 1.80, < 1.90", "1.84.1", true), (">= 1.80, < 1.84", "1.84.1", false),
        // A pre-release comes before its release.
        (">= 1.84.1", "1.84.1-beta1", false), ("< 1.84.1", "1.84.1-beta1", true),
    ])
    func constraints(constraint: String, version: String, satisfied: Bool) throws {
        let parsed = try #require(VersionConstraint(constraint))
        let candidate = try #require(VersionConstraint.Version(version))
        #expect(parsed.isSatisfied(by: candidate) == satisfied)
    }

    @Test(arguments: ["", "latest", "~>", ">= 1.x", "1.2.3.4", "1.2-", ">= 1.0,"])
    func whatIsNotAConstraint(_ text: String) {
        #expect(VersionConstraint(text) == nil)
    }

    @Test func requiredProvidersAreReadInEveryForm() throws {
        let configuration = try TerraformFixture.load([
            "main.tf": """
            terraform {
              required_providers {
                genesyscloud = {
                  source  = "mypurecloud/genesyscloud"
                  version = "~> 1.84"
                }
                legacy = "1.2.0"
              }
            }
            """,
            "modules/m/main.tf": "",
            "other.tf.json": #"{"terraform": {"required_providers": {"aws": {"source": "hashicorp/aws"}}}}"#,
        ])
        let required = configuration.modules.flatMap(\.requiredProviders)
        #expect(required.map(\.name) == ["genesyscloud", "legacy", "aws"])
        #expect(required.map(\.source) == ["mypurecloud/genesyscloud", nil, "hashicorp/aws"])
        #expect(required.map(\.version) == ["~> 1.84", "1.2.0", nil])
        #expect(required.first?.range.start.line == 3)
    }
}
