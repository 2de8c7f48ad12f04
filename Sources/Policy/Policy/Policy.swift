import Core
import Terraform

/// What a team declares about its OAuth clients, read from one or more policy files: which
/// client calls what, and organisation-wide rules. Values keep the range they were written at,
/// so findings can point into the policy.
public struct Policy: Sendable {
    /// Client declarations in load order (files sorted, blocks in source order).
    public var clients: [ClientPolicy]
    /// Declarations about the clients of integrations outside the configuration, in load order.
    public var integrations: [IntegrationPolicy]
    /// What the client that runs Terraform holds, per phase, in load order.
    public var deployers: [DeployerPolicy]
    /// The merged `rules` blocks; nil when no file has one.
    public var rules: PolicyRules?
    /// Problems found while reading, in load order.
    public var diagnostics: [Diagnostic]
    /// The text of every policy file read, in load order.
    public var sources: [SourceFile]

    public init(
        clients: [ClientPolicy] = [], integrations: [IntegrationPolicy] = [], deployers: [DeployerPolicy] = [],
        rules: PolicyRules? = nil, diagnostics: [Diagnostic] = [], sources: [SourceFile] = []
    ) {
        self.clients = clients
        self.integrations = integrations
        self.deployers = deployers
        self.rules = rules
        self.diagnostics = diagnostics
        self.sources = sources
    }
}

/// How a `client` block names the OAuth client it is about.
/// Its description is the address, or the name in quotes.
public enum ClientSelector: Hashable, Sendable, CustomStringConvertible {
    /// A Terraform address in canonical form (`module.x.genesyscloud_oauth_client.y["k"]`).
    case address(String)
    /// The client's `name` attribute (`Queue Dashboard`).
    case name(String)

    public var description: String {
        switch self {
        case .address(let address): address
        case .name(let name): "\"\(name)\""
        }
    }
}

/// One `client` block: the client and the API calls it is expected to make.
public struct ClientPolicy: Hashable, Sendable {
    public var selector: ClientSelector
    /// The label, or the value of the `name` attribute.
    public var selectorRange: SourceRange
    public var calls: [PolicyCall]
    /// Terraform addresses of the roles the signed-in users hold (`user_roles`), for user grants.
    public var userRoles: [Located<String>]
    /// `derived_calls = false`: the calls scopecheck derives from the configuration (data
    /// actions) are left out for this client; nil when not set (they count).
    public var derivedCalls: Located<Bool>?
    /// The whole block.
    public var range: SourceRange

    public init(
        selector: ClientSelector, selectorRange: SourceRange, calls: [PolicyCall], userRoles: [Located<String>],
        derivedCalls: Located<Bool>? = nil, range: SourceRange
    ) {
        self.selector = selector
        self.selectorRange = selectorRange
        self.calls = calls
        self.userRoles = userRoles
        self.derivedCalls = derivedCalls
        self.range = range
    }
}

/// One `integration` block: what the OAuth client behind an integration holds, when that client
/// is not in the configuration (its client id comes from a variable, a literal or a remote
/// module), so that its data actions are checked like an in-configuration client's calls.
public struct IntegrationPolicy: Hashable, Sendable {
    /// The integration's Terraform address, or the reference its actions use when it is not in
    /// the configuration (`module.integration.integration_id`).
    public var selector: String
    public var selectorRange: SourceRange
    /// Addresses of roles of the configuration the client holds (`client_roles`).
    public var clientRoles: [Located<String>]
    /// Permissions the client holds, written out (`client_permissions`, `*` wildcards allowed).
    public var clientPermissions: [Located<String>]
    /// The whole block.
    public var range: SourceRange

    public init(
        selector: String, selectorRange: SourceRange, clientRoles: [Located<String>],
        clientPermissions: [Located<String>], range: SourceRange
    ) {
        self.selector = selector
        self.selectorRange = selectorRange
        self.clientRoles = clientRoles
        self.clientPermissions = clientPermissions
        self.range = range
    }
}

/// One `deployer` block: what the OAuth client that runs `terraform plan` or `terraform apply`
/// holds (the provider's client), so that what the configuration's resources need is checked
/// against it.
public struct DeployerPolicy: Sendable {
    public var phase: TerraformPhase
    /// The label (`"apply"`), or the block type when there is none.
    public var phaseRange: SourceRange
    /// Addresses of roles of the configuration the client holds (`roles`).
    public var roles: [Located<String>]
    /// Permissions the client holds, written out (`permissions`, `*` wildcards allowed).
    public var permissions: [Located<String>]
    /// The whole block.
    public var range: SourceRange

    public init(
        phase: TerraformPhase, phaseRange: SourceRange, roles: [Located<String>], permissions: [Located<String>],
        range: SourceRange
    ) {
        self.phase = phase
        self.phaseRange = phaseRange
        self.roles = roles
        self.permissions = permissions
        self.range = range
    }
}

/// One entry of `calls`, kept as written: `METHOD /path`, `METHOD https://host/path`, an
/// operationId or an SDK method name. Resolving it against the API spec happens later.
public struct PolicyCall: Hashable, Sendable {
    public var text: String
    public var range: SourceRange

    public init(text: String, range: SourceRange) {
        self.text = text
        self.range = range
    }
}

/// Organisation-wide rules from the `rules` blocks; each value keeps where it was set. Unset
/// values are nil.
public struct PolicyRules: Hashable, Sendable {
    /// Glob patterns over scope names no client may request (`*:admin`); the union of every
    /// `rules` block's list.
    public var denyScopes: [Located<String>]?
    public var maxTokenValiditySeconds: Located<Int>?
    public var requireDescription: Located<Bool>?
    /// `authorized_grant_type` values clients may use (`CODE`, `CLIENT-CREDENTIALS`).
    public var allowedGrantTypes: Located<[Located<String>]>?

    public init(
        denyScopes: [Located<String>]? = nil, maxTokenValiditySeconds: Located<Int>? = nil,
        requireDescription: Located<Bool>? = nil, allowedGrantTypes: Located<[Located<String>]>? = nil
    ) {
        self.denyScopes = denyScopes
        self.maxTokenValiditySeconds = maxTokenValiditySeconds
        self.requireDescription = requireDescription
        self.allowedGrantTypes = allowedGrantTypes
    }

    /// The compiled `deny_scopes` patterns with where each was written (invalid patterns were
    /// reported when loading and left out).
    public var denyScopeGlobs: [Located<Glob>] {
        (denyScopes ?? []).compactMap { pattern in (try? Glob(pattern.value)).map { Located($0, at: pattern.range) } }
    }
}
