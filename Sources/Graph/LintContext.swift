import Foundation
import Policy
import Terraform

/// One analysed Terraform module (a lint target) with its clients and roles read.
public struct LintModule: Sendable {
    public var directory: String
    public var configuration: TerraformConfiguration
    /// Managed `genesyscloud_oauth_client` instances (data sources describe clients managed elsewhere).
    public var clients: [OAuthClient]
    /// `genesyscloud_auth_role` resources and data sources.
    public var roles: [AuthRole]
    public var resolver: GrantResolver

    public init(directory: String, configuration: TerraformConfiguration) {
        self.directory = directory
        self.configuration = configuration
        clients = configuration.resources(ofType: OAuthClient.resourceType, mode: .managed).map(OAuthClient.init)
        roles = configuration.resources(ofType: AuthRole.resourceType).map(AuthRole.init)
        resolver = GrantResolver(configuration: configuration)
    }

    /// Loads and reads the modules in `directories` in parallel, one per core at a time; the
    /// result is in the order of `directories`.
    public static func load(
        directories: [String], options: TerraformLoadOptions,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount
    ) -> [LintModule] {
        ModuleLoader.load(directories: directories, options: options, threads: threads) {
            LintModule(directory: $0, configuration: $1)
        }
    }
}

/// A client with the module it belongs to and the policy blocks that declare its calls.
public struct ClientUnderPolicy: Sendable {
    public var module: LintModule
    public var client: OAuthClient
    public var policies: [ClientPolicy]

    /// Every declared call with what it resolves to.
    public var calls: [PolicyCall] { policies.flatMap(\.calls) }

    /// The roles the policy says the signed-in users hold, if it says so.
    public var userRoles: [String]? {
        let roles = policies.flatMap(\.userRoles).map(\.value)
        return roles.isEmpty ? nil : roles
    }

    /// What the client presents, with the signed-in users' roles from the policy.
    public var grant: ClientGrant { module.resolver.grant(for: client, userRoles: userRoles) }
}

/// Everything rules read: the modules, the specs in force, the policy and the provider schema.
public struct LintContext: Sendable {
    public var modules: [LintModule]
    public var specs: SpecCatalog
    public var policy: Policy
    public var schema: ProviderSchema
    /// Every client with the policy blocks that select it, in module then address order.
    public let clients: [ClientUnderPolicy]
    /// What each distinct policy call text resolves to.
    public let resolutions: [String: CallResolution]

    public init(modules: [LintModule], specs: SpecCatalog, policy: Policy, schema: ProviderSchema = .genesysCloud) {
        self.modules = modules
        self.specs = specs
        self.policy = policy
        self.schema = schema
        clients = modules.flatMap { module in
            module.clients.map { client in
                ClientUnderPolicy(
                    module: module, client: client,
                    policies: policy.clients.filter { LintContext.selects($0.selector, client) })
            }
        }
        var resolutions: [String: CallResolution] = [:]
        for call in policy.clients.flatMap(\.calls) where resolutions[call.text] == nil {
            resolutions[call.text] = specs.resolve(call.text)
        }
        self.resolutions = resolutions
    }

    /// Whether a policy selector names the client: its address, the address of all its
    /// instances, or its configured name.
    package static func selects(_ selector: ClientSelector, _ client: OAuthClient) -> Bool {
        switch selector {
        case .address(let address): address == client.address || address == client.instance.resourceAddress
        case .name(let name): client.name == name
        }
    }

    /// The operations governing `call` (empty when no spec knows it).
    public func governing(_ call: PolicyCall) -> [GoverningOperation] {
        if case .governed(let operations) = resolutions[call.text] { return operations }
        return []
    }

    /// Every role of every module, with its module.
    public var roles: [(module: LintModule, role: AuthRole)] {
        modules.flatMap { module in module.roles.map { (module, $0) } }
    }
}
