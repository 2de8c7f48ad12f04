import Foundation
import Testing

@testable import Core
@testable import Graph
@testable import Policy
@testable import Rules
@testable import Spec
@testable import Terraform

/// Builds lint contexts from Terraform and policy text, checked against the bundled sample spec.
enum RuleTestSupport {
    /// The sample spec every rule example runs against, named by its file name in messages.
    static let specs: SpecCatalog = {
        let url = TestSupport.packageRoot.appendingPathComponent("samples/spec/genesys-platform-sample.json")
        do {
            let text = try String(contentsOf: url, encoding: .utf8)
            return SpecCatalog([try SpecLoader.parse(text, source: url.lastPathComponent)])
        } catch {
            Issue.record("cannot load the sample spec: \(error)")
            return SpecCatalog([])
        }
    }()

    /// A context for `terraform` (as `main.tf`), `policy` (as `policy.hcl`) and `extraFiles` (by
    /// relative path), written to a fresh temporary directory.
    static func context(terraform: String, policy: String? = nil, extraFiles: [String: String] = [:]) throws
        -> (context: RequirementGraph, directory: URL)
    {
        let directory = try TestSupport.temporaryDirectory()
        try Data(terraform.utf8).write(to: directory.appendingPathComponent("main.tf"))
        for (name, text) in extraFiles {
            let url = directory.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        var policyPaths: [String] = []
        if let policy {
            let url = directory.appendingPathComponent("policy.hcl")
            try Data(policy.utf8).write(to: url)
            policyPaths.append(url.path)
        }
        let configuration = ModuleLoader.load(
            directory: directory.path, options: TerraformLoadOptions(environment: [:]))
        let policy = PolicyLoader.load(paths: policyPaths)
        let context = RequirementGraph(
            modules: [AnalyzedModule(directory: directory.path, configuration: configuration)], specs: specs,
            policy: policy, sources: RequirementGraph.sources(for: policy))
        return (context, directory)
    }

    /// The parse errors of a context: Terraform and policy diagnostics of error severity.
    static func parseErrors(_ context: RequirementGraph) -> [Diagnostic] {
        (context.modules.flatMap(\.configuration.diagnostics) + context.policy.diagnostics).filter {
            $0.severity == .error
        }
    }

    /// What `rule` finds in `terraform` and `policy`, with file paths made relative to the
    /// temporary directory (`main.tf:3:5`).
    static func findings(
        _ rule: any Rule, terraform: String, policy: String? = nil, extraFiles: [String: String] = [:]
    ) throws -> [Finding] {
        let (context, directory) = try context(terraform: terraform, policy: policy, extraFiles: extraFiles)
        defer { try? FileManager.default.removeItem(at: directory) }
        let prefix = directory.path + "/"
        let parseErrors = parseErrors(context)
        #expect(parseErrors.isEmpty, "\(parseErrors)")
        return rule.check(context).map { finding in
            var finding = finding
            finding.range.file = finding.range.file.replacingOccurrences(of: prefix, with: "")
            finding.message = finding.message.replacingOccurrences(of: prefix, with: "")
            return finding
        }
    }
}

extension Finding {
    /// `main.tf:3:5-3:18`, to compare ranges in tests.
    var span: String {
        "\(range.file):\(range.start.line):\(range.start.column)-\(range.end.line):\(range.end.column)"
    }
}
