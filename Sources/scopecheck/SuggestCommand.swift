import Foundation
import Graph
import Lint
import Policy
import Rules
import Suggest

/// `scopecheck suggest --client ADDRESS [DIR...]`: the least-privilege grant for a client's
/// declared calls.
enum SuggestCommand {
    static let command = Command(spec: spec, run: run)

    static let spec = CommandSpec(
        name: "suggest",
        summary: "Compute the least-privilege scopes or role for a client from the calls its policy declares.",
        positionals: "[DIR...]",
        options: [
            OptionSpec("--client", value: "ADDRESS", help: "the genesyscloud_oauth_client (required)"),
            OptionSpec("--policy", value: "FILE|DIR", repeatable: true, help: "policy files (.hcl)"),
            OptionSpec("--config", value: "FILE", help: "config file (default: nearest .scopecheck.hcl)"),
            OptionSpec("--format", value: "hcl|json|text", help: "output format (default hcl)"),
        ] + SpecInputs.options + TerraformInputs.options)

    @Sendable static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitStatus {
        guard let address = arguments.value("--client") else {
            throw UsageError("name the client: --client genesyscloud_oauth_client.NAME")
        }
        let format = arguments.value("--format") ?? "hcl"
        guard ["hcl", "json", "text"].contains(format) else {
            throw UsageError("--format takes hcl, json or text, not '\(format)'")
        }
        let graph = try Analysis.load(request(arguments), knownRules: RuleRegistry.ids).graph
        let inputErrors = graph.modules.flatMap(\.configuration.diagnostics) + graph.policy.diagnostics
        for diagnostic in inputErrors where diagnostic.severity == .error {
            console.error(diagnostic.description)
        }
        let entry = try ClientLookup.find(address, in: graph)
        let suggestion: GrantSuggestion
        do {
            suggestion = try GrantSuggester.suggest(for: entry, in: graph)
        } catch {
            console.error("scopecheck suggest: \(error.message)")
            return .failure
        }
        switch format {
        case "json": console.out(suggestion.json.rendered())
        case "text": console.out(suggestion.text)
        default: console.out(suggestion.hcl)
        }
        return suggestion.uncovered.isEmpty ? .success : .failure
    }

    private static func request(_ arguments: ParsedArguments) throws -> AnalysisRequest {
        let specs = try SpecInputs.bindings(arguments)
        let policies = arguments.all("--policy")
        return AnalysisRequest(
            paths: arguments.positionals, configPath: arguments.value("--config"),
            overrides: ConfigOverrides(specs: specs.isEmpty ? nil : specs, policies: policies.isEmpty ? nil : policies),
            overlays: arguments.all("--overlay"),
            variableArguments: try TerraformInputs.loadOptions(arguments).variableArguments,
            workingDirectory: FileManager.default.currentDirectoryPath,
            environment: ProcessInfo.processInfo.environment)
    }
}
