import Core

/// An integration as `GET /api/v2/integrations/{integrationId}` answers it (`Integration`),
/// with the credentials of its current configuration (`config.current.credentials`).
public struct OrgIntegration: Sendable, Equatable {
    public var id: String
    public var name: String?
    /// `integrationType.id` (`purecloud-data-actions`, ...).
    public var typeId: String?
    /// The credential ids by the name the integration gives them (`pureCloudOAuthClient`).
    public var credentialIds: [String: String]
    public var range: SourceRange

    public init(id: String, name: String?, typeId: String?, credentialIds: [String: String], range: SourceRange) {
        self.id = id
        self.name = name
        self.typeId = typeId
        self.credentialIds = credentialIds
        self.range = range
    }
}

/// A credential as `GET /api/v2/integrations/credentials/{credentialId}` answers it
/// (`Credential`): only the client id of its fields is read, never a secret.
public struct OrgCredential: Sendable, Equatable {
    public var id: String
    public var name: String?
    /// `type.name` (`pureCloudOAuthClient`, `basicAuth`, ...).
    public var typeName: String?
    /// `credentialFields.clientId`, when the credential is an OAuth client's.
    public var clientId: String?
    public var range: SourceRange

    public init(id: String, name: String?, typeName: String?, clientId: String?, range: SourceRange) {
        self.id = id
        self.name = name
        self.typeName = typeName
        self.clientId = clientId
        self.range = range
    }
}
