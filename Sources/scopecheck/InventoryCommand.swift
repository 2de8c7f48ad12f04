import Foundation
import Graph
import Inventory
import Policy
import Terraform

/// `scopecheck inventory [DIR...]`: every OAuth client and auth role with resolved attributes.
enum InventoryCommand {
    static let command = Command(spec: spec, run: run)

    static let spec = CommandSpec(
        name: "inventory",
        summary: "List every genesyscloud_oauth_client and genesyscloud_auth_role with resolved attributes.",
        positionals: "[DIR...]",
        options: [OptionSpec("--format", value: "text|json", help: "output format (default text)")]
            + TerraformInputs.options)

    @Sendable static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitStatus {
        let format = arguments.value("--format") ?? "text"
        guard format == "text" || format == "json" else {
            throw UsageError("--format takes text or json, not '\(format)'")
        }
        let directories = arguments.positionals.isEmpty ? ["."] : arguments.positionals
        var isDirectory: ObjCBool = false
        for directory in directories
        where !FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) || !isDirectory.boolValue {
            throw UsageError("\(directory) is not a directory")
        }
        let options = try TerraformInputs.loadOptions(arguments)
        let modules = AnalyzedModule.load(directories: directories, options: options)
        let graph = RequirementGraph(modules: modules, specs: SpecCatalog([]), policy: Policy())
        let inventory = Inventory(graph: graph)
        let diagnostics = modules.flatMap(\.configuration.diagnostics)
        for diagnostic in diagnostics where diagnostic.severity == .error {
            console.error(inventory.redactor.redact(diagnostic).description)
        }
        console.out(format == "json" ? inventory.json.rendered() : inventory.text)
        return diagnostics.hasErrors ? .failure : .success
    }
}
