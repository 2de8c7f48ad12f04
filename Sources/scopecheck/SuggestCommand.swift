import Core
import Graph
import Lint
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
            OptionSpec(
                "--client", value: "ADDRESS|ID|NAME",
                help: "the genesyscloud_oauth_client, or a client of --org by id or name"),
            OptionSpec(
                "--integration", value: "ADDRESS",
                help:
                    "the genesyscloud_integration (or the reference its actions use); without --client or --integration: every integration"
            ),
            OptionSpec("--policy", value: "FILE|DIR", repeatable: true, help: "policy files (.hcl)"),
            OptionSpec("--config", value: "FILE", help: "config file (default: nearest .scopecheck.hcl)"),
            OptionSpec("--format", value: "hcl|json|text", help: "output format (default hcl)"),
        ] + OrgInputs.options + SpecInputs.options + TerraformInputs.options)

    @Sendable static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitStatus {
        let format = arguments.value("--format") ?? "hcl"
        guard ["hcl", "json", "text"].contains(format) else {
            throw UsageError("--format takes hcl, json or text, not '\(format)'")
        }
        guard let address = arguments.value("--client") else {
            return try suggestIntegrations(arguments, format: format, console: console)
        }
        if arguments.value("--integration") != nil { throw UsageError("give one of --client and --integration") }
        let request = try OrgInputs.request(arguments)
        var analysis = try Analysis.load(request, knownRules: RuleRegistry.ids)
        let inputErrors =
            analysis.graph.modules.flatMap(\.configuration.diagnostics) + analysis.graph.policy.diagnostics
        for diagnostic in inputErrors where diagnostic.severity == .error {
            console.error(diagnostic.description)
        }
        let suggestion: GrantSuggestion
        do {
            if !analysis.graph.clients.contains(where: { $0.client.address == address }),
                let org = try analysis.graph.orgClient(address)
            {
                // A client of the org's answers: usage rows that name no client are its own.
                let caller = Caller.orgClient(id: org.client.id, label: org.client.label)
                analysis = try OrgInputs.attributing(to: caller, request: request, analysis: analysis)
                guard let entry = try analysis.graph.orgClient(address) else { return .failure }
                suggestion = try GrantSuggester.suggest(for: entry, in: analysis.graph)
            } else {
                suggestion = try GrantSuggester.suggest(
                    for: ClientLookup.find(address, in: analysis.graph), in: analysis.graph)
            }
        } catch let error as SuggestError {
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
        let graph = try Analysis.load(OrgInputs.request(arguments), knownRules: RuleRegistry.ids).graph
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
}
