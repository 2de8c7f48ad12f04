import Core
import Explain
import Foundation
import Genesys
import Graph
import Policy
import Rules
import Spec
import Suggest
import Terraform

/// `scopecheck explain ENDPOINT`: what gates an endpoint, and whether a client can call it.
enum ExplainCommand {
    static let command = Command(spec: spec, run: run)

    static let spec = CommandSpec(
        name: "explain",
        summary: "Explain what gates an endpoint, and whether a client (or a set of scopes) can call it.",
        positionals: "[ENDPOINT] [DIR]",
        options: [
            OptionSpec(
                "--client", value: "ADDRESS",
                help: "a genesyscloud_oauth_client in DIR (default .); without ENDPOINT, explain every call it makes"),
            OptionSpec("--scopes", value: "A,B,...", help: "check these scopes instead of a client"),
            OptionSpec(
                "--token", value: "JWT|@FILE",
                help: "check an access token's scopes; decoded locally, never sent or printed"),
            OptionSpec("--grant-type", value: "TYPE", help: "grant type for --scopes or --token (default CODE)"),
            OptionSpec("--error-body", value: "JSON|@FILE", help: "a gateway error body to relate to the requirement"),
            OptionSpec(
                "--org", value: "DIR",
                help:
                    "JSON saved from the Platform API: --client may name its clients (id or name); --token finds its client's roles there"
            ),
            OptionSpec("--format", value: "text|json", help: "output format (default text)"),
        ] + SpecInputs.options + TerraformInputs.options)

    @Sendable static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitStatus {
        let format = arguments.value("--format") ?? "text"
        guard format == "text" || format == "json" else {
            throw UsageError("--format takes text or json, not '\(format)'")
        }
        let subjects = ["--client", "--scopes", "--token"].filter { arguments.value($0) != nil }
        if subjects.count > 1 {
            throw UsageError("give one of --client, --scopes and --token, not \(subjects.joined(separator: " and "))")
        }
        if let address = arguments.value("--client"), namesNoEndpoint(arguments.positionals) {
            return try explainCalls(of: address, arguments, format: format, console: console)
        }
        guard let endpoint = arguments.positionals.first else {
            throw UsageError("name the endpoint: METHOD /path, a URL, an operationId or an SDK method name")
        }
        var errorBody: GatewayErrorBody?
        if let body = arguments.value("--error-body") { errorBody = try GatewayErrorBody.parse(readArgument(body)) }
        let token = try arguments.value("--token").map { value throws in
            DecodedToken(claims: try JWTClaims.decode(readArgument(value)), decodedAt: Date())
        }
        let directories = Array(arguments.positionals.dropFirst())
        // A client to check, or a token whose client's roles the org's answers may hold.
        let needsGraph = arguments.value("--client") != nil || arguments.value("--org") != nil
        let graph = needsGraph ? try clientGraph(arguments, directories) : nil
        let catalog = try graph?.specs ?? SpecInputs.catalog(arguments, console: console)
        let governing: [GoverningOperation]
        switch catalog.resolve(endpoint) {
        case .governed(let operations): governing = operations
        case .unknown(let suggestions):
            console.error(notFoundMessage(endpoint, suggestions: suggestions, catalog: catalog))
            return .failure
        case .uncoveredHost(let host, let knownHosts):
            console.error(
                "scopecheck explain: no spec in force covers \(host); specs cover: \(knownHosts.joined(separator: ", "))"
            )
            return .failure
        }
        let (subject, redactor) = try subject(arguments, token: token, graph: graph, console: console)
        let explainer = Explainer(catalog: catalog)
        let explanations = governing.map {
            explainer.explain($0, subject: subject, errorBody: errorBody, token: token)
        }
        if format == "json" {
            let json = explanations.count == 1 ? explanations[0].json : .array(explanations.map(\.json))
            console.out(redactor.redact(json.rendered()))
        } else {
            console.out(redactor.redact(explanations.map(\.text).joined(separator: "\n")))
        }
        return explanations.contains(where: \.isProblem) ? .failure : .success
    }

    /// Whether the positionals name no endpoint: none at all, or a module directory first (with
    /// `--client`, `explain --client ADDRESS DIR` explains every call of the client).
    private static func namesNoEndpoint(_ positionals: [String]) -> Bool {
        guard let first = positionals.first else { return true }
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: first, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// `explain --client ADDRESS [DIR]`: every call the client makes, from every call source.
    private static func explainCalls(
        of address: String, _ arguments: ParsedArguments, format: String, console: Console
    ) throws -> ExitStatus {
        for option in ["--error-body", "--grant-type"] where arguments.value(option) != nil {
            throw UsageError("\(option) goes with an endpoint")
        }
        let graph = try clientGraph(arguments, arguments.positionals)
        let redactor = reportInputErrors(of: graph, console: console)
        let explainer = Explainer(catalog: graph.specs)
        let calls =
            if let client = try graph.orgClient(address) {
                explainer.explainCalls(of: client)
            } else {
                explainer.explainCalls(of: try ClientLookup.find(address, in: graph))
            }
        console.out(redactor.redact(format == "json" ? calls.json.rendered() : calls.text))
        return calls.isProblem ? .failure : .success
    }

    /// Who is checked (a client, `--scopes` or `--token`), and what hides the sensitive values
    /// of the client's module in the output.
    private static func subject(
        _ arguments: ParsedArguments, token: DecodedToken?, graph: RequirementGraph?, console: Console
    ) throws -> (Explanation.Subject?, Redactor) {
        if let token {
            // A client-credentials token's roles are its client's: the org's answers may hold them.
            let client = token.claims.clientId.flatMap { id in graph?.orgClients.first { $0.client.id == id } }
            let grant = token.grant(fallback: try grantType(arguments), roles: client?.grant.roles)
            return (
                Explanation.Subject(label: client.map { "--token of \($0.client.label)" } ?? "--token", grant: grant),
                .none
            )
        }
        if let scopes = arguments.value("--scopes") {
            let names = scopes.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            }
            let grant = ClientGrant(address: "--scopes", grantType: try grantType(arguments), scopes: names, roles: [])
            return (Explanation.Subject(label: "--scopes", grant: grant), .none)
        }
        guard let address = arguments.value("--client"), let graph else {
            if arguments.value("--grant-type") != nil { throw UsageError("--grant-type goes with --scopes or --token") }
            return (nil, .none)
        }
        let redactor = reportInputErrors(of: graph, console: console)
        if let client = try graph.orgClient(address) {
            return (Explanation.Subject(label: client.client.label, grant: client.grant), redactor)
        }
        let client = try ClientLookup.find(address, in: graph)
        return (Explanation.Subject(label: client.client.address, grant: client.grant), redactor)
    }

    /// Prints the errors of the graph's modules (redacted) and returns what redacts the output.
    private static func reportInputErrors(of graph: RequirementGraph, console: Console) -> Redactor {
        let redactor = Redactor(configurations: graph.modules.map(\.configuration))
        for diagnostic in graph.modules.flatMap(\.configuration.diagnostics) where diagnostic.severity == .error {
            console.error(redactor.redact(diagnostic).description)
        }
        return redactor
    }

    /// The requirement graph of the module `--client` names (DIR, default `.`; none with
    /// `--org` alone), read as `lint` reads it: its `.scopecheck.hcl`, policies, `--spec`,
    /// `--overlay`, `--var-file`, `--var`, and the org's answers (`--org`).
    private static func clientGraph(_ arguments: ParsedArguments, _ directories: [String]) throws -> RequirementGraph {
        guard directories.count <= 1 else {
            throw UsageError("--client reads one module directory, got \(directories.count)")
        }
        let specs = try SpecInputs.bindings(arguments)
        let org = arguments.value("--org")
        var request = AnalysisRequest(
            paths: directories.first.map { [$0] } ?? (org == nil ? ["."] : []),
            overrides: ConfigOverrides(specs: specs.isEmpty ? nil : specs),
            overlays: arguments.all("--overlay"),
            variableArguments: try TerraformInputs.loadOptions(arguments).variableArguments,
            workingDirectory: FileManager.default.currentDirectoryPath,
            environment: ProcessInfo.processInfo.environment)
        request.orgPath = org
        return try Analysis.load(request, knownRules: RuleRegistry.ids).graph
    }

    /// `--grant-type`, CODE when not given.
    private static func grantType(_ arguments: ParsedArguments) throws -> GrantType {
        let typeName = arguments.value("--grant-type") ?? GrantType.code.rawValue
        guard let grantType = GrantType(rawValue: typeName) else {
            throw UsageError(
                "unknown grant type '\(typeName)'; valid: \(GrantType.allCases.map(\.rawValue).joined(separator: ", "))"
            )
        }
        return grantType
    }

    /// The argument itself, or the contents of the file after `@`.
    private static func readArgument(_ value: String) throws -> String {
        guard value.hasPrefix("@") else { return value }
        let path = String(value.dropFirst())
        switch InputFile.readArgument(path, limit: InputFile.maximumSize) {
        case .success(let bytes):
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw UsageError("cannot read \(path): it is not UTF-8 text")
            }
            return text
        case .failure(let problem): throw UsageError("\(path) \(problem)")
        }
    }

    private static func notFoundMessage(_ endpoint: String, suggestions: [APIOperation], catalog: SpecCatalog) -> String
    {
        var lines = ["scopecheck explain: \(endpoint) is not an operation of the spec in force (\(catalog.names))"]
        if !suggestions.isEmpty {
            lines.append("did you mean:")
            lines += suggestions.map { "  \($0.reference)  (\($0.operationId ?? "no operationId"))" }
        }
        return lines.joined(separator: "\n")
    }
}
