import Core
import Syntax
import Terraform

/// Which OAuth client runs a data action: the action's `integration_id` leads to a
/// `genesyscloud_integration`, its `pureCloudOAuthClient` credential to a
/// `genesyscloud_integration_credential`, whose `clientId` field names the client — or the
/// credential is the client's own (`genesyscloud_oauth_client.x.integration_credential_id`, or a
/// `genesyscloud_integration_credential` data source with the client's
/// `integration_credential_name`).
/// Links within one configuration, modules included; what cannot be followed is said.
public struct IntegrationLinks: Sendable {
    private let configuration: TerraformConfiguration
    /// The directory of the root module, which tells its clients and integrations from those of
    /// other root modules analysed together.
    private let module: String

    public init(module: AnalyzedModule) {
        configuration = module.configuration
        self.module = module.directory
    }

    /// Where an action's integration leads.
    public struct Link: Sendable {
        /// The integration, when it is in the configuration.
        public var integration: Integration?
        /// Whether the action calls the Genesys Cloud Platform API.
        public var target: Target
        /// Who makes the calls.
        public var caller: Caller
    }

    /// Whether an action's requests go to the Genesys Cloud Platform API.
    public enum Target: Equatable, Sendable {
        /// A Genesys Cloud data actions integration, or a `pureCloudOAuthClient` credential.
        case genesys
        /// Another integration type (web services, Lambda, Salesforce...): the type.
        case other(String)
        /// The integration is not known (a module input, a remote module's output).
        case unknown
    }

    /// The link of `action`.
    public func link(of action: DataAction) -> Link {
        let value = action.integrationId?.value ?? .null
        guard case .unknown(let unknown) = value, let address = unknown.refersTo,
            let instance = configuration.instance(address: address), instance.type == Integration.resourceType
        else {
            return Link(integration: nil, target: .unknown, caller: .integrationClient(unresolved(value, of: action)))
        }
        let integration = Integration(instance)
        let type = integration.type?.value.stringValue
        // A pureCloudOAuthClient credential is an OAuth client of the org: its token calls the
        // Genesys Cloud API whatever the type says.
        let target: Target =
            if type == Integration.genesysDataActions || integration.oauthCredential != nil {
                .genesys
            } else if let type {
                .other(type)
            } else {
                .unknown
            }
        return Link(integration: integration, target: target, caller: caller(of: integration))
    }

    /// The client behind an integration in the configuration.
    private func caller(of integration: Integration) -> Caller {
        let identity = { (why: String) in
            IntegrationIdentity(
                module: module, key: integration.address, label: integration.address, why: why,
                range: integration.instance.labelRange)
        }
        guard let credential = integration.oauthCredential else {
            return .integrationClient(
                identity("\(integration.address) has no \(Integration.oauthClientSlot) credential in its config"))
        }
        guard case .unknown(let reference) = credential, let address = reference.refersTo,
            let instance = configuration.instance(address: address)
        else {
            return .integrationClient(
                identity(Self.outside(credential, what: "its \(Integration.oauthClientSlot) credential")))
        }
        if instance.type == OAuthClient.resourceType { return .moduleClient(address: instance.address, module: module) }
        guard instance.type == IntegrationCredential.resourceType else {
            return .integrationClient(
                identity("its credential \(address) is not a \(IntegrationCredential.resourceType)"))
        }
        let record = IntegrationCredential(instance)
        if instance.mode == .data {
            // An existing credential looked up by name: the one a client of the configuration
            // creates with `integration_credential_name`, or one defined elsewhere.
            let name = instance.attribute("name")?.value.stringValue
            if let name,
                let client = configuration.resources(ofType: OAuthClient.resourceType, mode: .managed).first(
                    where: { $0.attribute("integration_credential_name")?.value.stringValue == name })
            {
                return .moduleClient(address: client.address, module: module)
            }
            return .integrationClient(
                identity(
                    "its credential \(record.address) is looked up by name"
                        + (name.map { " (\"\($0)\")" } ?? "") + "; no client of this configuration creates it"))
        }
        guard let clientId = record.clientId else {
            return .integrationClient(identity("the credential \(record.address) has no clientId field"))
        }
        if case .unknown(let client) = clientId, let clientAddress = client.refersTo,
            let clientInstance = configuration.instance(address: clientAddress),
            clientInstance.type == OAuthClient.resourceType
        {
            return .moduleClient(address: clientInstance.address, module: module)
        }
        var outside = identity(Self.outside(clientId, what: "the clientId of \(record.address)"))
        if let written = record.clientIdExpression {
            // Point where the client id is written: where a user sets the client.
            let origin = configuration.origin(of: written, inModule: record.instance.moduleNames)
            outside.range = origin.range
            outside.why += origin.viaText
        }
        return .integrationClient(outside)
    }

    /// The integration of an action whose `integration_id` does not lead into the configuration,
    /// named by what a user would write for it: the reference it comes from (a module output, a
    /// variable), followed to where it is written.
    private func unresolved(_ value: Value, of action: DataAction) -> IntegrationIdentity {
        let origin = action.integrationId.map { configuration.origin(of: $0.expression, in: action.instance) }
        let range = origin?.range ?? action.instance.labelRange
        let written = configuration.text(at: range).flatMap { $0.count <= 80 && !$0.contains("\n") ? $0 : nil }
        switch value {
        case .unknown(let unknown):
            let reference = unknown.refersTo.map { "\($0)\(unknown.attribute.map { ".\($0)" } ?? "")" }
            let label = reference ?? written ?? "the integration_id of \(action.address)"
            return IntegrationIdentity(
                module: module, key: reference ?? written ?? "\(range.description) \(label)", label: label,
                why: unknown.reason + (origin?.viaText ?? ""), range: range)
        case .string(let id):
            return IntegrationIdentity(
                module: module, key: "integration id \"\(id)\"", label: "id \"\(id)\"",
                why: "the integration id is a literal: the integration is not in this configuration", range: range)
        default:
            return IntegrationIdentity(
                module: module, key: "\(range.description) integration_id",
                label: written ?? "the integration_id of \(action.address)",
                why: "integration_id is not an integration id", range: range)
        }
    }

    /// Why a value does not lead to a client of the configuration.
    private static func outside(_ value: Value, what: String) -> String {
        switch value {
        case .string: "\(what) is a literal id: the client is not in this configuration"
        case .unknown(let unknown): "\(what) is not known: \(unknown.reason)"
        default: "\(what) is not an id"
        }
    }
}

/// The OAuth client behind an integration that is not in the configuration (its client id comes
/// from a variable, a literal or a remote module), known by its integration.
public struct IntegrationIdentity: Hashable, Sendable {
    /// The directory of the root module the integration belongs to.
    public var module: String
    /// What tells the module's integrations apart: the integration's address, or where its
    /// unknown id comes from.
    public var key: String
    /// How findings name the integration.
    public var label: String
    /// Why its client is not in the configuration.
    public var why: String
    /// Where findings about the integration point.
    public var range: SourceRange

    public init(module: String, key: String, label: String, why: String, range: SourceRange) {
        self.module = module
        self.key = key
        self.label = label
        self.why = why
        self.range = range
    }
}
