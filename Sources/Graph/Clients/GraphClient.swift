import Policy

/// An OAuth client of the graph: the Terraform client with its module, the policy blocks that
/// select it, every call any source says it makes, and what it presents to the API.
public struct GraphClient: Sendable {
    public var module: AnalyzedModule
    public var client: OAuthClient
    /// The policy `client` blocks that select the client.
    public var policies: [ClientPolicy]
    /// Every call attributed to the client, in source order.
    public var calls: [ResolvedCall]
    /// What the client presents, with the signed-in users' roles from the policy.
    public var grant: ClientGrant

    public init(module: AnalyzedModule, client: OAuthClient, policies: [ClientPolicy], calls: [ResolvedCall]) {
        self.module = module
        self.client = client
        self.policies = policies
        self.calls = calls
        let roles = policies.flatMap(\.userRoles).map(\.value)
        grant = module.resolver.grant(for: client, userRoles: roles.isEmpty ? nil : roles)
    }

    /// The roles the policy says the signed-in users hold, if it says so.
    public var userRoles: [String]? {
        let roles = policies.flatMap(\.userRoles).map(\.value)
        return roles.isEmpty ? nil : roles
    }
}
