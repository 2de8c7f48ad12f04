import Foundation
import Testing

@testable import Graph
@testable import Lint
@testable import Policy
@testable import Spec
@testable import Terraform

/// `lint` on every folder of the real provider examples, with the full-size reference spec,
/// completes without parse errors.
@Suite(.enabled(if: TestSupport.corpus != nil, "needs ../shared/corpus")) struct CorpusLintTests {
    @Test func everyProviderExampleLintsWithoutParseErrors() throws {
        let examples = try #require(TestSupport.corpusFile("terraform/provider-examples"))
        let swagger = try #require(TestSupport.corpusFile("genesys/reference-swagger.json"))
        let catalog = SpecCatalog([try SpecLoader.load(path: swagger.path, cache: nil).spec])
        let folders = try FileManager.default.contentsOfDirectory(atPath: examples.path).sorted().flatMap { kind in
            let parent = examples.appendingPathComponent(kind)
            return ((try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []).sorted().map {
                parent.appendingPathComponent($0).path
            }
        }.filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
        #expect(folders.count > 250)
        var parseErrors: [String] = []
        for folder in folders {
            let module = AnalyzedModule(
                directory: folder,
                configuration: ModuleLoader.load(directory: folder, options: TerraformLoadOptions(environment: [:])))
            let context = RequirementGraph(modules: [module], specs: catalog, policy: Policy())
            let result = Linter.run(context, config: ScopeCheckConfig())
            parseErrors += result.findings.filter { $0.rule == "parse-error" }.map {
                "\($0.range.description): \($0.message)"
            }
        }
        #expect(parseErrors.isEmpty, "\(parseErrors.prefix(10).joined(separator: "\n"))")
    }
}
