import Core
import Explain
import Foundation
import Genesys
import Graph
import Spec
import Terraform

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
            OptionSpec(
                "--token", value: "JWT|@FILE",
                help: "check an access token's scopes; decoded locally, never sent or printed"),
            OptionSpec("--grant-type", value: "TYPE", help: "grant type for --scopes or --token (default CODE)"),
            OptionSpec("--error-body", value: "JSON|@FILE", help: "a gateway error body to relate to the requirement"),
            OptionSpec("--format", value: "text|json", help: "output format (default text)"),
        ] + SpecInputs.options + TerraformInputs.options)

    @Sendable static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitStatus {
        guard let endpoint = arguments.positionals.first else {
            throw UsageError("name the endpoint: METHOD /path, a URL, an operationId or an SDK method name")
        }
        let format = arguments.value("--format") ?? "text"
        guard format == "text" || format == "json" else {
            throw UsageError("--format takes text or json, not '\(format)'")
        }
        let subjects = ["--client", "--scopes", "--token"].filter { arguments.value($0) != nil }
        if subjects.count > 1 {
            throw UsageError("give one of --client, --scopes and --token, not \(subjects.joined(separator: " and "))")
        }
        var errorBody: GatewayErrorBody?
        if let body = arguments.value("--error-body") { errorBody = try GatewayErrorBody.parse(readArgument(body)) }
        let token = try arguments.value("--token").map { value throws in
            DecodedToken(claims: try JWTClaims.decode(readArgument(value)), decodedAt: Date())
        }
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
        let (subject, redactor) = try subject(
            arguments, token: token, directories: Array(arguments.positionals.dropFirst()), console: console)
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

    /// Who is checked (a client, `--scopes` or `--token`), and what hides the sensitive values
    /// of the client's module in the output.
    private static func subject(
        _ arguments: ParsedArguments, token: DecodedToken?, directories: [String], console: Console
    ) throws -> (Explanation.Subject?, Redactor) {
        if let token {
            return (
                Explanation.Subject(label: "--token", grant: token.grant(fallback: try grantType(arguments))), .none
            )
        }
        if let scopes = arguments.value("--scopes") {
            let names = scopes.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            }
            let grant = ClientGrant(address: "--scopes", grantType: try grantType(arguments), scopes: names, roles: [])
            return (Explanation.Subject(label: "--scopes", grant: grant), .none)
        }
        guard let address = arguments.value("--client") else {
            if arguments.value("--grant-type") != nil { throw UsageError("--grant-type goes with --scopes or --token") }
            return (nil, .none)
        }
        let directory = directories.first ?? "."
        guard directories.count <= 1 else {
            throw UsageError("--client reads one module directory, got \(directories.count)")
        }
        let configuration = ModuleLoader.load(directory: directory, options: try TerraformInputs.loadOptions(arguments))
        let redactor = Redactor(configurations: [configuration])
        for diagnostic in configuration.diagnostics where diagnostic.severity == .error {
            console.error(redactor.redact(diagnostic).description)
        }
        let clients = configuration.resources(ofType: OAuthClient.resourceType, mode: .managed)
        guard let instance = clients.first(where: { $0.address == address }) else {
            let known = clients.map(\.address)
            let hint =
                known.isEmpty ? "; it has no genesyscloud_oauth_client" : ClosestName.hint(for: address, among: known)
            throw UsageError("no client \(address) in \(directory)\(hint)")
        }
        let resolver = GrantResolver(configuration: configuration)
        return (Explanation.Subject(label: address, grant: resolver.grant(for: OAuthClient(instance))), redactor)
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
