import Core
import Graph
import Terraform

/// An integration as `inventory` lists it: what it is, its credential, the OAuth client its data
/// actions run with (or why that client is not known), and each action's request.
public struct IntegrationListing: Sendable {
    /// One data action of the integration.
    public struct Action: Sendable {
        public var address: String
        public var file: String
        public var line: Int
        /// `METHOD /path` with placeholders, or why the request cannot be read.
        public var request: Result<String, RequestProblem>
    }

    /// Why an action's request cannot be read.
    public struct RequestProblem: Error, Sendable {
        public var reason: String
    }

    /// The integration's address, or the reference its actions' id comes from.
    public var integration: String
    /// Where the integration is defined, when it is in the configuration.
    public var file: String?
    public var line: Int?
    public var type: String?
    /// The address of its `pureCloudOAuthClient` credential, when that is in the configuration.
    public var credential: String?
    /// The client its actions run with, or why it is not known.
    public var client: Result<String, RequestProblem>
    public var actions: [Action]

    /// The integrations of the modules with their data actions, in module, then first-action order.
    static func all(in modules: [AnalyzedModule]) -> [IntegrationListing] {
        modules.flatMap { module -> [IntegrationListing] in
            let links = IntegrationLinks(module: module)
            var order: [String] = []
            var listings: [String: IntegrationListing] = [:]
            for action in module.dataActions {
                let link = links.link(of: action)
                let key: String
                let client: Result<String, RequestProblem>
                switch link.caller {
                case .moduleClient(let address, _), .client(.address(let address)):
                    client = .success(address)
                    key = link.integration?.address ?? address
                case .client(.name(let name)):
                    client = .success(name)
                    key = link.integration?.address ?? name
                case .integrationClient(let identity):
                    client = .failure(RequestProblem(reason: identity.why))
                    key = identity.key
                case .deployer, .orgClient:
                    continue  // integration links of a configuration lead to its OAuth clients
                }
                if listings[key] == nil {
                    order.append(key)
                    let integration = link.integration
                    listings[key] = IntegrationListing(
                        integration: integration?.address ?? key, file: integration?.instance.file,
                        line: integration?.instance.range.start.line, type: integration?.type?.value.stringValue,
                        credential: integration?.oauthCredential?.firstUnknown?.refersTo, client: client, actions: [])
                }
                listings[key]?.actions.append(
                    Action(
                        address: action.address, file: action.instance.file,
                        line: action.instance.range.start.line, request: request(of: action)))
            }
            return order.compactMap { listings[$0] }
        }
    }

    /// An action's request as written, read as a path.
    private static func request(of action: DataAction) -> Result<String, RequestProblem> {
        guard !action.isFunction else { return .failure(RequestProblem(reason: "a function data action")) }
        guard let method = action.method else {
            return .failure(RequestProblem(reason: "the request_type is not known"))
        }
        guard let pieces = action.urlPieces else {
            return .failure(RequestProblem(reason: "the request_url_template is not text"))
        }
        switch DataActionURL.parse(pieces) {
        case .success(let url): return .success(url.call(method: method))
        case .failure(.placeholderPrefix):
            return .failure(RequestProblem(reason: "the host or path comes from a placeholder"))
        case .failure(.notAPath(let text)): return .failure(RequestProblem(reason: "\"\(text)\" is not a URL or path"))
        case .failure(.notText(let why)): return .failure(RequestProblem(reason: why))
        }
    }

    /// The JSON form: `{"integration", "file", "line", "type", "credential", "client", "actions"}`.
    var json: JSONOutput {
        .fields([
            ("integration", .string(integration)), ("file", file.map(JSONOutput.string) ?? .null),
            ("line", line.map(JSONOutput.int) ?? .null), ("type", type.map(JSONOutput.string) ?? .null),
            ("credential", credential.map(JSONOutput.string) ?? .null), ("client", Self.json(client)),
            (
                "actions",
                .array(
                    actions.map { action in
                        .fields([
                            ("address", .string(action.address)), ("file", .string(action.file)),
                            ("line", .int(action.line)), ("request", Self.json(action.request)),
                        ])
                    })
            ),
        ])
    }

    private static func json(_ result: Result<String, RequestProblem>) -> JSONOutput {
        switch result {
        case .success(let text): .string(text)
        case .failure(let problem): .fields([("unknown", .string(problem.reason))])
        }
    }
}
