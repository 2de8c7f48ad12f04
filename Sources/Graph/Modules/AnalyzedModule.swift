import Foundation
import Terraform

/// One Terraform root module under analysis, with its OAuth clients and roles read.
public struct AnalyzedModule: Sendable {
    public var directory: String
    public var configuration: TerraformConfiguration
    /// Managed `genesyscloud_oauth_client` instances (data sources describe clients managed elsewhere).
    public var clients: [OAuthClient]
    /// `genesyscloud_auth_role` resources and data sources.
    public var roles: [AuthRole]
    public var resolver: GrantResolver
    /// The secrets written in the configuration and the variables that carry them.
    public var secrets: ConfigurationSecrets

    public init(directory: String, configuration: TerraformConfiguration) {
        self.directory = directory
        self.configuration = configuration
        clients = configuration.resources(ofType: OAuthClient.resourceType, mode: .managed).map {
            OAuthClient($0, in: configuration)
        }
        roles = configuration.resources(ofType: AuthRole.resourceType).map(AuthRole.init)
        resolver = GrantResolver(configuration: configuration)
        secrets = configuration.secrets()
    }

    /// Loads and reads the modules in `directories` in parallel, one per core at a time; the
    /// result is in the order of `directories`.
    public static func load(
        directories: [String], options: TerraformLoadOptions,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount
    ) -> [AnalyzedModule] {
        ModuleLoader.load(directories: directories, options: options, threads: threads) {
            AnalyzedModule(directory: $0, configuration: $1)
        }
    }
}
