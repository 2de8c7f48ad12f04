import Core
import Policy

/// An API call that some input says an OAuth client makes, before it is resolved against the
/// specs: what a `CallSource` yields.
public struct DeclaredCall: Hashable, Sendable {
    /// The client that makes the call.
    public var caller: Caller
    /// The call as written: `METHOD /path`, `METHOD https://host/path`, an operationId or an SDK
    /// method name.
    public var text: String
    /// Where the call was declared or derived from.
    public var provenance: CallProvenance
    /// Whether the source is not sure the call goes to the API the specs describe (a data action
    /// whose integration is unknown): when no spec knows it, the graph leaves it out rather than
    /// report an unknown endpoint.
    public var isSpeculative: Bool

    public init(caller: Caller, text: String, provenance: CallProvenance, isSpeculative: Bool = false) {
        self.caller = caller
        self.text = text
        self.provenance = provenance
        self.isSpeculative = isSpeculative
    }

    /// Where the call was declared or derived from: the text a user edits.
    public var range: SourceRange { provenance.range }
}

/// The OAuth client a call source says makes a call.
public enum Caller: Hashable, Sendable, CustomStringConvertible {
    /// The clients a selector names: by Terraform address or by `name`, in every analysed module.
    case client(ClientSelector)
    /// The client at `address` of the root module analysed from `module` (its directory).
    case moduleClient(address: String, module: String)
    /// The client behind an integration's credential, when that client is not in the
    /// configuration.
    case integrationClient(IntegrationIdentity)
    /// The client that runs Terraform on the root module in `module` (the provider's client).
    case deployer(module: String)
    /// A client the org's API answers describe (`--org`), by its id, with its label (`Name (id)`).
    case orgClient(id: String, label: String)

    /// The directory of the root module the caller belongs to, when the caller is one module's.
    public var module: String? {
        switch self {
        case .client: nil
        case .moduleClient(_, let module): module
        case .integrationClient(let integration): integration.module
        case .deployer(let module): module
        case .orgClient: nil
        }
    }

    /// How findings name the caller (`genesyscloud_oauth_client.x`, `"Queue Dashboard"`, `the
    /// OAuth client of genesyscloud_integration.x`).
    public var description: String {
        switch self {
        case .client(let selector): selector.description
        case .moduleClient(let address, _): address
        case .integrationClient(let integration): "the OAuth client of the integration \(integration.label)"
        case .deployer(let module): "the client that runs Terraform on \(module)"
        case .orgClient(_, let label): "the OAuth client \(label)"
        }
    }
}

/// Where a call comes from: which source produced it, and the range it was declared or derived
/// at. Every call in the graph keeps one, so findings can say why a call is there.
public struct CallProvenance: Hashable, Sendable {
    /// The source that produced the call, in words (`policy`, `data action`, `provider`, `discover`).
    public var source: String
    /// The declaration or the text the call was derived from.
    public var range: SourceRange
    /// What the call was derived from, for messages (`genesyscloud_integration_action.x`); nil for
    /// declared calls.
    public var subject: String?
    /// The module calls a derived value came through to `range` (`module.actions`), outermost
    /// first.
    public var via: [String]
    /// Whether findings about the call belong at `range` (the configuration that makes the call,
    /// such as a data action's URL template) rather than at its client.
    public var locatesFindings: Bool
    /// The integration a data action's call belongs to: its address, or the reference its id
    /// comes from when it is not in the configuration.
    public var integration: String?

    public init(
        source: String, range: SourceRange, subject: String? = nil, via: [String] = [], locatesFindings: Bool = false,
        integration: String? = nil
    ) {
        self.source = source
        self.range = range
        self.subject = subject
        self.via = via
        self.locatesFindings = locatesFindings
        self.integration = integration
    }

    /// `file:line:col` for declared calls; `data action x at file:line:col via module.m` for derived ones.
    public var description: String {
        guard let subject else { return range.description }
        let path = via.isEmpty ? "" : " via \(via.joined(separator: ", "))"
        return "\(source) \(subject) at \(range.description)\(path)"
    }
}
