import Syntax
import Terraform

/// A `genesyscloud_integration_action` (or `_draft`) instance read for analysis: the request its
/// integration's OAuth client makes whenever a flow runs the action.
public struct DataAction: Sendable {
    /// The resource types that define data actions.
    public static let resourceTypes = ["genesyscloud_integration_action", "genesyscloud_integration_action_draft"]

    public var instance: ResourceInstance
    /// `config_request.request_type`: the HTTP method.
    public var requestType: EvaluatedAttribute?
    /// `config_request.request_url_template`.
    public var urlTemplate: EvaluatedAttribute?
    public var integrationId: EvaluatedAttribute?
    /// Whether the action runs a function (`function_config`) rather than a request.
    public var isFunction: Bool

    public init(_ instance: ResourceInstance) {
        self.instance = instance
        let request = instance.blocks(ofType: "config_request").first
        requestType = request?.attribute("request_type")
        urlTemplate = request?.attribute("request_url_template")
        integrationId = instance.attribute("integration_id")
        isFunction = !instance.blocks(ofType: "function_config").isEmpty
    }

    public var address: String { instance.address }

    /// The HTTP method, when it is known.
    public var method: String? { requestType?.value.stringValue?.uppercased() }

    /// The URL template as pieces of known text and unknown values; nil when it is not a string.
    public var urlPieces: [TemplatePiece]? {
        switch urlTemplate?.value {
        case .string(let text)?: [.text(text)]
        case .unknown(let unknown)?: unknown.template
        default: nil
        }
    }
}

/// A `genesyscloud_integration` instance: its type and the credentials of its config block.
public struct Integration: Sendable {
    public static let resourceType = "genesyscloud_integration"
    /// The integration type whose actions call the Genesys Cloud Platform API.
    public static let genesysDataActions = "purecloud-data-actions"
    /// The credential slot (and credential type) holding an OAuth client of the org.
    public static let oauthClientSlot = "pureCloudOAuthClient"

    public var instance: ResourceInstance
    public var type: EvaluatedAttribute?
    /// `config { credentials = { slot = credential id } }`.
    public var credentials: EvaluatedAttribute?

    public init(_ instance: ResourceInstance) {
        self.instance = instance
        type = instance.attribute("integration_type")
        credentials = instance.blocks(ofType: "config").first?.attribute("credentials")
    }

    public var address: String { instance.address }

    /// The credential id in the OAuth client slot, when the credentials name one.
    public var oauthCredential: Value? { credentials?.value.objectValue?[Self.oauthClientSlot] }
}

/// A `genesyscloud_integration_credential` instance: its type and its `clientId` field.
public struct IntegrationCredential: Sendable {
    public static let resourceType = "genesyscloud_integration_credential"

    public var instance: ResourceInstance
    public var typeName: String?
    public var fields: EvaluatedAttribute?

    public init(_ instance: ResourceInstance) {
        self.instance = instance
        typeName = instance.attribute("credential_type_name")?.value.stringValue
        fields = instance.attribute("fields")
    }

    public var address: String { instance.address }

    /// The `clientId` field's value, when the fields are known.
    public var clientId: Value? { fields?.value.objectValue?["clientId"] }

    /// The expression written for the `clientId` field in a literal `fields = { ... }`.
    public var clientIdExpression: Expression? {
        guard case .object(let items) = fields?.expression.kind else { return nil }
        return items.last { $0.literalKey == "clientId" }?.value
    }
}
