import Audit
import Discover
import Foundation
import Graph
import Policy
import Rules
import Terraform

/// `scopecheck discover SRC...`: the Genesys Cloud API calls an application's source makes;
/// `scopecheck discover --from-usage FILE...`: the calls clients really made, from their usage
/// query results.
enum DiscoverCommand {
    static let command = Command(spec: spec, run: run)

    static let spec = CommandSpec(
        name: "discover",
        summary:
            "Find the API operations an application calls (SDK methods, /api/v2 paths), or that usage results show, and write its policy.",
        positionals: "SRC...",
        options: SpecInputs.options + [
            OptionSpec(
                "--from-usage", value: "FILE|DIR", repeatable: true,
                help: "client usage query results: the calls observed, instead of SRC"),
            OptionSpec(
                "--org", value: "DIR", help: "with --from-usage: the org's API answers, to say what refused calls lack"),
            OptionSpec("--config", value: "FILE", help: "config file (default: nearest .scopecheck.hcl)"),
            OptionSpec(
                "--client", value: "ADDRESS",
                help: "the client the policy is for (default \(Discoverer.placeholderClient))"),
            OptionSpec("--format", value: "policy|json|text", help: "output format (default policy)"),
        ])

    @Sendable static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitStatus {
        let usage = arguments.all("--from-usage")
        if !usage.isEmpty {
            guard arguments.positionals.isEmpty else { throw UsageError("give SRC or --from-usage, not both") }
            return try fromUsage(usage, arguments, console: console)
        }
        if arguments.value("--org") != nil { throw UsageError("--org goes with --from-usage") }
        guard !arguments.positionals.isEmpty else {
            throw UsageError("name the application's source files or directories")
        }
        let format = arguments.value("--format") ?? "policy"
        guard ["policy", "json", "text"].contains(format) else {
            throw UsageError("--format takes policy, json or text, not '\(format)'")
        }
        let client = arguments.value("--client") ?? Discoverer.placeholderClient
        let address: ResourceAddress
        switch ResourceAddress.parse(client) {
        case .success(let parsed): address = parsed
        case .failure(let error): throw UsageError("--client \(client) is not a resource address: \(error.message)")
        }
        let specs = try SpecInputs.catalog(arguments, console: console)
        let discovery = try Discoverer.discover(
            arguments.positionals, specs: specs, client: .address(address.description))
        switch format {
        case "json": console.out(discovery.json.rendered())
        case "text": console.out(discovery.text)
        default: console.out(discovery.policy(client: client))
        }
        return .success
    }

    /// `--from-usage`: the policy of the calls the usage rows show, with refused rows explained.
    private static func fromUsage(_ paths: [String], _ arguments: ParsedArguments, console: Console) throws
        -> ExitStatus
    {
        let format = arguments.value("--format") ?? "policy"
        guard ["policy", "json"].contains(format) else {
            throw UsageError("--format takes policy or json with --from-usage, not '\(format)'")
        }
        let specs = try SpecInputs.bindings(arguments)
        var request = AnalysisRequest(
            paths: [], configPath: arguments.value("--config"),
            overrides: ConfigOverrides(specs: specs.isEmpty ? nil : specs), overlays: arguments.all("--overlay"),
            workingDirectory: FileManager.default.currentDirectoryPath,
            environment: ProcessInfo.processInfo.environment)
        request.readsTerraformByDefault = false
        request.orgPath = arguments.value("--org")
        request.usagePaths = paths
        let graph = try Analysis.load(request, knownRules: RuleRegistry.ids).graph
        let discovery = UsageDiscovery.discover(graph.usage, in: graph)
        if let name = arguments.value("--client"), discovery.clients.count > 1 {
            throw UsageError(
                "the usage rows name \(discovery.clients.count) clients: --client \(name) can name only one")
        }
        console.out(format == "json" ? discovery.json.rendered() : discovery.policy(name: arguments.value("--client")))
        return .success
    }
}
