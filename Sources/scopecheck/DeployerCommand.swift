import Core
import Foundation
import Graph
import Policy
import Rules
import Suggest
import Syntax
import Terraform

/// `scopecheck deployer [DIR...]`: what the OAuth client that runs Terraform needs for the
/// configuration's resource types and data sources, for `terraform plan` and for
/// `terraform apply`, as roles to paste.
enum DeployerCommand {
    static let command = Command(spec: spec, run: run)

    static let spec = CommandSpec(
        name: "deployer",
        summary: "The least-privilege roles for the client that runs terraform plan and terraform apply.",
        positionals: "[DIR...]",
        options: [
            OptionSpec("--phase", value: "plan|apply", help: "one phase only (default: both)"),
            OptionSpec("--why", value: "PERMISSION", help: "which resources need a permission, and for what"),
            OptionSpec("--recursive", help: "every module directory below the paths"),
            OptionSpec("--plan", value: "FILE", help: "a Terraform plan JSON instead of the HCL"),
            OptionSpec(
                "--provider-endpoints", value: "FILE",
                help: "a provider endpoint table (scripts/provider-endpoints.py) instead of the bundled one"),
            OptionSpec("--policy", value: "FILE|DIR", repeatable: true, help: "policy files (.hcl)"),
            OptionSpec("--config", value: "FILE", help: "config file (default: nearest .scopecheck.hcl)"),
            OptionSpec("--format", value: "hcl|json|text", help: "output format (default hcl)"),
        ] + SpecInputs.options + TerraformInputs.options)

    @Sendable static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitStatus {
        let format = arguments.value("--format") ?? "hcl"
        guard ["hcl", "json", "text"].contains(format) else {
            throw UsageError("--format takes hcl, json or text, not '\(format)'")
        }
        let phases =
            try arguments.value("--phase").map { value in
                guard let phase = TerraformPhase(rawValue: value) else {
                    throw UsageError("--phase takes plan or apply, not '\(value)'")
                }
                return [phase]
            } ?? TerraformPhase.allCases
        let graph = try Analysis.load(request(arguments), knownRules: RuleRegistry.ids).graph
        for diagnostic in graph.modules.flatMap(\.configuration.diagnostics) + graph.policy.diagnostics
        where diagnostic.severity == .error {
            console.error(diagnostic.description)
        }
        let suggestions = DeployerSuggestion.all(graph.deployers, phases: phases)
        if let permission = arguments.value("--why") {
            let answers = suggestions.compactMap { $0.why(permission) }
            guard !answers.isEmpty else {
                console.error("scopecheck deployer: no provider call of the paths given checks \(permission)")
                return .failure
            }
            console.out(answers.joined(separator: "\n"))
            return .success
        }
        switch format {
        case "json": console.out(JSONOutput.fields([("deployers", .array(suggestions.map(\.json)))]).rendered())
        case "text": console.out(suggestions.map(\.text).joined(separator: "\n"))
        default: console.out(suggestions.map(\.hcl).joined(separator: "\n"))
        }
        return suggestions.allSatisfy { $0.deployer.caveats.isEmpty } ? .success : .failure
    }

    private static func request(_ arguments: ParsedArguments) throws -> AnalysisRequest {
        let specs = try SpecInputs.bindings(arguments)
        let policies = arguments.all("--policy")
        var request = AnalysisRequest(
            paths: arguments.positionals, recursive: arguments.has("--recursive"),
            configPath: arguments.value("--config"),
            overrides: ConfigOverrides(
                specs: specs.isEmpty ? nil : specs, policies: policies.isEmpty ? nil : policies,
                providerEndpoints: arguments.value("--provider-endpoints")),
            overlays: arguments.all("--overlay"),
            variableArguments: try TerraformInputs.loadOptions(arguments).variableArguments,
            workingDirectory: FileManager.default.currentDirectoryPath,
            environment: ProcessInfo.processInfo.environment)
        request.planPath = arguments.value("--plan")
        request.includesDeployer = true
        return request
    }
}
