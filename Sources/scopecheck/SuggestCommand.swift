import Core
import Foundation
import Graph
import Lint
import Policy
import Rules
import Suggest

/// `scopecheck suggest --client ADDRESS [DIR...]`: the least-privilege grant for a client's
/// calls; `--integration ADDRESS` (or neither, for every integration): the role and
/// client-credentials client that would serve an integration's data actions.
enum SuggestCommand {
    static let command = Command(spec: spec, run: run)

    static let spec = CommandSpec(
        name: "suggest",
        summary: "Compute the least-privilege scopes or role for a client, or for an integration's data actions.",
        positionals: "[DIR...]",
        options: [
            OptionSpec("--client", value: "ADDRESS", help: "the genesyscloud_oauth_client"),
            OptionSpec(
                "--integration", value: "ADDRESS",
                help:
                    "the genesyscloud_integration (or the reference its actions use); without --client or --integration: every integration"
            ),
            OptionSpec("--policy", value: "FILE|DIR", repeatable: true, help: "policy files (.hcl)"),
            OptionSpec("--config", value: "FILE", help: "config file (default: nearest .scopecheck.hcl)"),
            OptionSpec("--format", value: "hcl|json|text", help: "output format (default hcl)"),
        ] + SpecInputs.options + TerraformInputs.options)

    @Sendable static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitStatus {
        let format = arguments.value("--format") ?? "hcl"
        guard ["hcl", "json", "text"].contains(format) else {
            throw UsageError("--format takes hcl, json or text, not '\(format)'")
        }
        guard let address = arguments.value("--client") else {
            return try suggestIntegrations(arguments, format: format, console: console)
        }
        if arguments.value("--integration") != nil { throw UsageError("give one of --client and --integration") }
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

    /// `--integration ADDRESS`, or every integration: a role and client for their data actions.
    private static func suggestIntegrations(_ arguments: ParsedArguments, format: String, console: Console) throws
        -> ExitStatus
    {
        let graph = try Analysis.load(request(arguments), knownRules: RuleRegistry.ids).graph
        for diagnostic in graph.modules.flatMap(\.configuration.diagnostics) + graph.policy.diagnostics
        where diagnostic.severity == .error {
            console.error(diagnostic.description)
        }
        var suggestions = IntegrationSuggestion.all(in: graph)
        if let wanted = arguments.value("--integration") {
            suggestions = suggestions.filter { $0.integration == wanted }
            guard !suggestions.isEmpty else {
                let known = IntegrationSuggestion.all(in: graph).map(\.integration)
                let hint =
                    known.isEmpty
                    ? "; no data action of the paths given calls an API" : ClosestName.hint(for: wanted, among: known)
                throw UsageError("no data actions of an integration \(wanted)\(hint)")
            }
        } else if suggestions.isEmpty {
            throw UsageError("no data action of the paths given calls an API: name a client with --client")
        }
        switch format {
        case "json":
            // One integration asked for: its object; every integration: an array, even of one.
            let json = arguments.value("--integration") != nil ? suggestions[0].json : .array(suggestions.map(\.json))
            console.out(json.rendered())
        case "text": console.out(suggestions.map(\.text).joined(separator: "\n"))
        default: console.out(suggestions.map(\.hcl).joined(separator: "\n"))
        }
        return suggestions.allSatisfy({ $0.calls.allSatisfy { !$0.governing.isEmpty } }) ? .success : .failure
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
