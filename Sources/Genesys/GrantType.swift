/// The OAuth grant types a `genesyscloud_oauth_client` can have (`authorized_grant_type`).
public enum GrantType: String, CaseIterable, Sendable {
    case code = "CODE"
    case token = "TOKEN"
    case saml2Bearer = "SAML2BEARER"
    case saml2BearerHyphenated = "SAML2-BEARER"
    case password = "PASSWORD"
    case clientCredentials = "CLIENT-CREDENTIALS"

    /// Whether tokens of this grant act as the client itself (limited by its roles) rather than
    /// as a signed-in user (limited by the client's scopes and the user's permissions).
    public var actsAsClient: Bool { self == .clientCredentials }

    /// The grant types whose tokens act as a user.
    public static let userGrants: [GrantType] = allCases.filter { !$0.actsAsClient }
}
