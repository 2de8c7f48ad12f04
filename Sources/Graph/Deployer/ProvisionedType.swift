import Core
import Terraform

/// A resource type or data source of the Genesys Cloud provider that a configuration uses, with
/// its instances and the endpoints the provider calls for it.
public struct ProvisionedType: Sendable {
    /// `.managed` for `resource` blocks, `.data` for `data` blocks.
    public var mode: ResourceMode
    public var type: String
    /// The addresses of its instances, in configuration order.
    public var instances: [String]
    /// The label of its first instance: where findings about the type point.
    public var range: SourceRange
    /// The endpoints the provider calls for it; nil when the endpoint table does not know the type.
    public var endpoints: [ProviderEndpointTable.Endpoint]?

    /// `genesyscloud_routing_queue`, or `data.genesyscloud_routing_queue` for a data source.
    public var label: String { mode == .data ? "data.\(type)" : type }

    /// The provider's types in `configuration`, sorted by label, with their endpoints in `table`.
    static func all(in configuration: TerraformConfiguration, table: ProviderEndpointTable) -> [ProvisionedType] {
        var byLabel: [String: ProvisionedType] = [:]
        for instance in configuration.resources where instance.type.hasPrefix(Self.providerPrefix) {
            let label = instance.mode == .data ? "data.\(instance.type)" : instance.type
            if byLabel[label] == nil {
                byLabel[label] = ProvisionedType(
                    mode: instance.mode, type: instance.type, instances: [], range: instance.labelRange,
                    endpoints: table.endpoints(of: instance.mode, type: instance.type))
            }
            byLabel[label]?.instances.append(instance.address)
        }
        return byLabel.keys.sorted().compactMap { byLabel[$0] }
    }

    /// The prefix of the Genesys Cloud provider's type names.
    static let providerPrefix = "genesyscloud_"
}
