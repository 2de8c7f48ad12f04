/// What the org's own API answers say: its OAuth clients, roles, data actions, integrations and
/// credentials, as saved from the Platform API (`--org DIR`; see `OrgExportLoader`).
public struct OrgExport: Sendable, Equatable {
    public var clients: [OrgClient]
    public var roles: [OrgRole]
    public var actions: [OrgDataAction]
    public var integrations: [OrgIntegration]
    public var credentials: [OrgCredential]
    /// The files read, in order.
    public var files: [String]

    public init(
        clients: [OrgClient] = [], roles: [OrgRole] = [], actions: [OrgDataAction] = [],
        integrations: [OrgIntegration] = [], credentials: [OrgCredential] = [], files: [String] = []
    ) {
        self.clients = clients
        self.roles = roles
        self.actions = actions
        self.integrations = integrations
        self.credentials = credentials
        self.files = files
    }

    /// No answers at all.
    public static let empty = OrgExport()

    /// The role with `id`, when the answers hold it.
    public func role(id: String) -> OrgRole? { roles.first { $0.id == id } }

    /// The client with `id`, when the answers hold it.
    public func client(id: String) -> OrgClient? { clients.first { $0.id == id } }

    /// The id of the OAuth client an integration's data actions run with: its
    /// `pureCloudOAuthClient` credential's `clientId` (nil when the answers do not say).
    public func clientId(ofIntegration integrationId: String) -> String? {
        guard let integration = integrations.first(where: { $0.id == integrationId }) else { return nil }
        let credentialIds =
            integration.credentialIds["pureCloudOAuthClient"].map { [$0] }
            ?? integration.credentialIds.keys.sorted().compactMap { integration.credentialIds[$0] }
        return credentialIds.lazy.compactMap { id in self.credentials.first { $0.id == id }?.clientId }.first
    }
}
