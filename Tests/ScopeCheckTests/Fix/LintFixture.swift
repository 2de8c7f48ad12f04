import Foundation

@testable import Graph
@testable import Policy
@testable import Spec
@testable import Terraform

/// Lint contexts built from Terraform written to a temporary directory, a policy text and the
/// bundled sample spec, for the suggest and fix tests.
enum LintFixture {
    /// `samples/spec/genesys-platform-sample.json`, named by its file name only so that messages
    /// do not depend on where the package is checked out.
    static let sampleSpec: APISpec = {
        let url = TestSupport.packageRoot.appendingPathComponent("samples/spec/genesys-platform-sample.json")
        guard let text = try? String(contentsOf: url, encoding: .utf8),
            let spec = try? SpecLoader.parse(text, source: url.lastPathComponent)
        else { preconditionFailure("the sample spec does not load") }
        return spec
    }()

    /// A spec read from JSON text.
    static func spec(_ json: String, source: String = "test-spec.json") throws -> APISpec {
        try SpecLoader.parse(json, source: source)
    }

    /// Writes `terraform` (file name → text) to a fresh directory, loads it as one module and
    /// builds the context with `policy` (read as `policy.hcl`).
    static func context(
        _ terraform: [String: String], policy: String = "", specs: [APISpec] = [sampleSpec]
    ) throws -> (directory: String, context: RequirementGraph) {
        let directory = try TerraformFixture.directory(terraform)
        let context = reload(directory, policy: policy, specs: specs)
        return (directory, context)
    }

    /// The context of `directory` as it is on disk now.
    static func reload(_ directory: String, policy: String = "", specs: [APISpec] = [sampleSpec]) -> RequirementGraph {
        let module = AnalyzedModule(directory: directory, configuration: ModuleLoader.load(directory: directory))
        return RequirementGraph(
            modules: [module], specs: SpecCatalog(specs), policy: PolicyLoader.parse(policy, path: "policy.hcl"))
    }

    /// The text of `file` in `directory`.
    static func read(_ directory: String, _ file: String) throws -> String {
        try String(contentsOfFile: (directory as NSString).appendingPathComponent(file), encoding: .utf8)
    }

    /// `text` with `directory/` removed, so messages compare independently of the temporary path.
    static func relative(_ text: String, to directory: String) -> String {
        text.replacingOccurrences(of: directory + "/", with: "")
    }
}
