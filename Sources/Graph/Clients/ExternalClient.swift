import Core
import Policy

/// The OAuth client behind an integration whose client is not in the configuration (its client
/// id comes from a variable, a literal or a remote module), with the calls its data actions make
/// and, when a policy `integration` block says so, what it holds.
public struct ExternalClient: Sendable {
    public var integration: IntegrationIdentity
    public var module: AnalyzedModule
    /// The calls of the integration's data actions, in source order.
    public var calls: [ResolvedCall]
    /// The policy block that says what the client holds, when there is one.
    public var policy: IntegrationPolicy?
    /// What the client presents (client credentials, the policy's roles and permissions); nil
    /// when no policy says what it holds.
    public var grant: ClientGrant?

    public init(
        integration: IntegrationIdentity, module: AnalyzedModule, calls: [ResolvedCall], policy: IntegrationPolicy?
    ) {
        self.integration = integration
        self.module = module
        self.calls = calls
        self.policy = policy
        grant = policy.map { policy in
            ClientGrant.declared(
                by: "the OAuth client of the integration \(integration.label)", roles: policy.clientRoles,
                permissions: policy.clientPermissions, permissionsAttribute: "client_permissions",
                at: policy.selectorRange, resolver: module.resolver)
        }
    }

    /// How findings name the client.
    public var label: String { "the OAuth client of the integration \(integration.label)" }
}
