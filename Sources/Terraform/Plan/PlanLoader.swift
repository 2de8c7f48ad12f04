import Core
import Foundation
import Syntax

/// Reads a Terraform plan JSON (`terraform show -json PLANFILE`, format 1.x) into a
/// `TerraformConfiguration` whose resources are the plan's resource instances — every module
/// instance, every `count` / `for_each` instance, with the values Terraform resolved (variables
/// from any source, remote modules, computed references). Values known only after apply are
/// unknowns that, through the plan's `configuration`, still say which resource they come from.
///
/// Locations: with `hcl` (the root module the plan was made from, loaded with `ModuleLoader`),
/// each instance points at its block and attributes in the source; otherwise at the instance's
/// `"address"` string in the plan file. The plan is never fetched or refreshed: nothing here
/// touches the network.
public enum PlanLoader {
    /// The configuration the plan at `path` (already read as `bytes`) describes.
    /// The work runs on a thread with a large stack, as `ModuleLoader`'s does, so deeply nested
    /// JSON cannot overflow the caller's.
    public static func configuration(
        bytes: [UInt8], path: String, hcl: TerraformConfiguration? = nil, schema: ProviderSchema = .genesysCloud
    ) -> TerraformConfiguration {
        LargeStackThread.run { read(bytes: bytes, path: path, hcl: hcl, schema: schema) }
    }

    private static func read(bytes: [UInt8], path: String, hcl: TerraformConfiguration?, schema: ProviderSchema)
        -> TerraformConfiguration
    {
        let (document, diagnostics) = PlanDocument.read(bytes: bytes, path: path)
        var problems = diagnostics + (hcl?.diagnostics.filter { $0.severity == .error } ?? [])
        let planFile = HCLFile(
            source: SourceFile(path: path, bytes: bytes), body: Body(range: .wholeFile(path)), diagnostics: [])
        let rootDirectory = hcl?.rootDirectory ?? PathResolution.directory(of: path)
        guard let document else {
            return TerraformConfiguration(
                rootDirectory: rootDirectory, modules: hcl?.modules ?? [], resources: [], variables: [], outputs: [],
                diagnostics: problems, files: (hcl?.files ?? []) + [planFile])
        }
        let builder = PlanInstanceBuilder(
            schema: schema, configuration: document.configuration, entries: document.instances)
        var resources: [ResourceInstance] = []
        for entry in document.instances {
            let source = hcl.flatMap { sourceInstance(for: entry.address, in: $0) }
            if let hcl, source == nil {
                problems.append(
                    .warning(
                        "Resource not in the configuration",
                        detail:
                            "\(entry.address.address) is in the plan but not in the configuration at \(hcl.rootDirectory); was the plan made from another version?",
                        at: entry.addressRange))
            }
            let (instance, diagnostics) = builder.instance(entry, hcl: source)
            resources.append(instance)
            problems += diagnostics
        }
        return TerraformConfiguration(
            rootDirectory: rootDirectory, modules: hcl?.modules ?? [], resources: resources.sorted(by: instanceOrder),
            variables: variables(document), outputs: outputs(document, hcl: hcl), diagnostics: problems,
            files: (hcl?.files ?? []) + [planFile])
    }

    /// The HCL instance at the same address, else one of the same block (whose expansion the
    /// static analysis could not know).
    private static func sourceInstance(for address: ResourceAddress, in hcl: TerraformConfiguration)
        -> ResourceInstance?
    {
        hcl.instance(address: address.address)
            ?? hcl.resources.first {
                $0.moduleNames == address.module.names && $0.mode == address.mode && $0.type == address.type
                    && $0.name == address.name
            }
    }

    private static func variables(_ document: PlanDocument) -> [ResolvedVariable] {
        (document.variables?.objectMembers ?? []).map { member in
            let value = member.value["value"]
            return ResolvedVariable(
                name: member.key,
                value: value?.value
                    ?? .unknown(Unknown(reason: "var.\(member.key) has no value in the plan", range: member.keyRange)),
                source: .file(document.path), sensitive: document.configuration.sensitiveVariables.contains(member.key),
                range: value?.range ?? member.keyRange)
        }.sorted { $0.name < $1.name }
    }

    private static func outputs(_ document: PlanDocument, hcl: TerraformConfiguration?) -> [EvaluatedOutput] {
        (document.outputs?.objectMembers ?? []).map { member in
            EvaluatedOutput(
                name: member.key,
                value: member.value["value"]?.value
                    ?? .unknown(Unknown(reason: "output.\(member.key) is known after apply", range: member.keyRange)),
                sensitive: member.value["sensitive"]?.boolValue ?? false,
                range: hcl?.output(member.key)?.range ?? member.keyRange)
        }.sorted { $0.name < $1.name }
    }

    /// Module instance, then resource address, then instance key, as `ModuleLoader` sorts.
    private static func instanceOrder(_ lhs: ResourceInstance, _ rhs: ResourceInstance) -> Bool {
        if lhs.modulePath != rhs.modulePath { return lhs.modulePath < rhs.modulePath }
        if lhs.resourceAddress != rhs.resourceAddress { return lhs.resourceAddress < rhs.resourceAddress }
        return lhs.instanceKey < rhs.instanceKey
    }
}
