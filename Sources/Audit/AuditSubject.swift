import Core
import Graph
import Org

/// The client an audit is about: a `genesyscloud_oauth_client` of the configuration or a client
/// of the org's API answers, with what both have in common.
public enum AuditSubject: Sendable {
    case terraform(GraphClient)
    case org(OrgGraphClient)

    /// How reports name the client: its Terraform address, or `Name (id)`.
    public var label: String {
        switch self {
        case .terraform(let client): client.client.address
        case .org(let client): client.client.label
        }
    }

    /// The client's id, when known (org clients only: a Terraform client's id is computed).
    public var id: String? {
        switch self {
        case .terraform: nil
        case .org(let client): client.client.id
        }
    }

    public var name: String? {
        switch self {
        case .terraform(let client): client.client.name
        case .org(let client): client.client.name
        }
    }

    /// The grant type as written.
    public var grantTypeText: String? {
        switch self {
        case .terraform(let client): client.client.grantType?.value.stringValue
        case .org(let client): client.client.grantType
        }
    }

    /// `state` (`active`, `disabled`, `inactive`), when written.
    public var state: String? {
        switch self {
        case .terraform(let client): client.client.instance.attribute("state")?.value.stringValue
        case .org(let client): client.client.state
        }
    }

    /// The access token lifetime in seconds, when written.
    public var tokenLifetimeSeconds: Int? {
        switch self {
        case .terraform(let client):
            client.client.instance.attribute("access_token_validity_seconds")?.value.stringValue.flatMap { Int($0) }
        case .org(let client): client.client.accessTokenValiditySeconds
        }
    }

    /// Where the client is defined: its resource label, or its object in the saved answers.
    public var definedAt: SourceRange {
        switch self {
        case .terraform(let client): client.client.instance.labelRange
        case .org(let client): client.client.range
        }
    }

    /// `terraform` or `org` (the API answers).
    public var origin: String {
        switch self {
        case .terraform: "terraform"
        case .org: "org"
        }
    }

    public var grant: ClientGrant {
        switch self {
        case .terraform(let client): client.grant
        case .org(let client): client.grant
        }
    }

    /// Every call attributed to the client, from every source, in source order.
    public var calls: [ResolvedCall] {
        switch self {
        case .terraform(let client): client.calls
        case .org(let client): client.calls
        }
    }
}
