import Discover
import Terraform

/// `scopecheck discover SRC...`: the Genesys Cloud API calls an application's source makes.
enum DiscoverCommand {
    static let command = Command(spec: spec, run: run)

    static let spec = CommandSpec(
        name: "discover",
        summary: "Find the API operations an application calls (SDK methods, /api/v2 paths) and write its policy.",
        positionals: "SRC...",
        options: SpecInputs.options + [
            OptionSpec(
                "--client", value: "ADDRESS",
                help: "the client the policy is for (default \(Discoverer.placeholderClient))"),
            OptionSpec("--format", value: "policy|json|text", help: "output format (default policy)"),
        ])

    @Sendable static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitStatus {
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
}
