import Foundation
import ScopeCheck

/// `scopecheck explain ENDPOINT`: what gates an endpoint, and whether a client can call it.
enum ExplainCommand {
    static let command = Command(spec: spec, run: run)

    static let spec = CommandSpec(
        name: "explain",
        summary: "Explain what gates an endpoint, and whether a client (or a set of scopes) can call it.",
        positionals: "ENDPOINT [DIR...]",
        options: [
            OptionSpec("--client", value: "ADDRESS", help: "a genesyscloud_oauth_client address in DIR (default .)"),
            OptionSpec("--scopes", value: "A,B,...", help: "check these scopes instead of a client"),
            OptionSpec("--grant-type", value: "TYPE", help: "grant type for --scopes (default CODE)"),
            OptionSpec("--error-body", value: "JSON|@FILE", help: "a gateway error body to relate to the requirement"),
            OptionSpec("--format", value: "text|json", help: "output format (default text)"),
        ] + SpecInputs.options + TerraformInputs.options)

    @Sendable static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> ExitStatus {
        guard let endpoint = arguments.positionals.first else {
            throw UsageError("name the endpoint: METHOD /path, a URL, an operationId or an SDK method name")
        }
        let format = arguments.value("--format") ?? "text"
        guard format == "text" || format == "json" else {
            throw UsageError("--format takes text or json, not '\(format)'")
        }
        if arguments.value("--client") != nil, arguments.value("--scopes") != nil {
            throw UsageError("give either --client or --scopes, not both")
        }
        var errorBody: GatewayErrorBody?
        if let body = arguments.value("--error-body") { errorBody = try GatewayErrorBody.parse(readArgument(body)) }
        let catalog = try SpecInputs.catalog(arguments, console: console)
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
        let subject = try subject(arguments, directories: Array(arguments.positionals.dropFirst()), console: console)
        let explainer = Explainer(catalog: catalog)
        let explanations = governing.map { explainer.explain($0, subject: subject, errorBody: errorBody) }
        if format == "json" {
            let json = explanations.count == 1 ? explanations[0].json : .array(explanations.map(\.json))
            console.out(json.rendered())
        } else {
            console.out(explanations.map(\.text).joined(separator: "\n"))
        }
        return explanations.contains(where: \.isProblem) ? .failure : .success
    }

    private static func subject(
        _ arguments: ParsedArguments, directories: [String], console: Console
    ) throws(UsageError) -> Explanation.Subject? {
        if let scopes = arguments.value("--scopes") {
            let names = scopes.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            }
            let typeName = arguments.value("--grant-type") ?? GrantType.code.rawValue
            guard let grantType = GrantType(rawValue: typeName) else {
                throw UsageError(
                    "unknown grant type '\(typeName)'; valid: \(GrantType.allCases.map(\.rawValue).joined(separator: ", "))"
                )
            }
            return Explanation.Subject(
                label: "--scopes",
                grant: ClientGrant(address: "--scopes", grantType: grantType, scopes: names, roles: []))
        }
        guard let address = arguments.value("--client") else {
            if arguments.value("--grant-type") != nil { throw UsageError("--grant-type goes with --scopes") }
            return nil
        }
        let directory = directories.first ?? "."
        guard directories.count <= 1 else {
            throw UsageError("--client reads one module directory, got \(directories.count)")
        }
        let configuration = ModuleLoader.load(directory: directory, options: try TerraformInputs.loadOptions(arguments))
        for diagnostic in configuration.diagnostics where diagnostic.severity == .error {
            console.error(diagnostic.description)
        }
        let clients = configuration.resources(ofType: OAuthClient.resourceType, mode: .managed)
        guard let instance = clients.first(where: { $0.address == address }) else {
            let known = clients.map(\.address)
            let hint =
                known.isEmpty ? "; it has no genesyscloud_oauth_client" : ClosestName.hint(for: address, among: known)
            throw UsageError("no client \(address) in \(directory)\(hint)")
        }
        let resolver = GrantResolver(configuration: configuration)
        return Explanation.Subject(label: address, grant: resolver.grant(for: OAuthClient(instance)))
    }

    /// The argument itself, or the contents of the file after `@`.
    private static func readArgument(_ value: String) throws(UsageError) -> String {
        guard value.hasPrefix("@") else { return value }
        let path = String(value.dropFirst())
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw UsageError("cannot read \(path)")
        }
        return text
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
