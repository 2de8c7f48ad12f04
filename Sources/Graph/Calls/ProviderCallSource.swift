import Core
import Terraform

/// The calls the Genesys Cloud provider makes for a configuration: for each resource type and
/// data source it uses, the endpoints the provider's documentation lists (`ProviderEndpointTable`),
/// made by the client that runs Terraform (`Caller.deployer`), declared at the type's first
/// instance.
public struct ProviderCallSource: CallSource {
    public init() {}

    public func calls(in inputs: CallSourceInputs) -> [DeclaredCall] {
        inputs.modules.flatMap { module in
            ProvisionedType.all(in: module.configuration, table: inputs.providerEndpoints).flatMap { type in
                (type.endpoints ?? []).map { endpoint in
                    DeclaredCall(
                        caller: .deployer(module: module.directory), text: endpoint.description,
                        provenance: CallProvenance(source: "provider", range: type.range, subject: type.label))
                }
            }
        }
    }
}
