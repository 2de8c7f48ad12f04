import Core
import Foundation
import Graph
import Policy
import Spec

/// The spec options of commands that read specs, and loading them.
enum SpecInputs {
    static let options = [
        OptionSpec("--spec", value: "[HOST=]FILE", repeatable: true, help: "API spec(s) in force"),
        OptionSpec("--overlay", value: "FILE", repeatable: true, help: "spec overlay files (.hcl)"),
    ]

    /// `--spec` as bindings.
    static func bindings(_ arguments: ParsedArguments) throws -> [SpecBinding] {
        var bindings: [SpecBinding] = []
        for text in arguments.all("--spec") {
            do {
                bindings.append(try SpecBinding.parse(text))
            } catch {
                throw UsageError("--spec: \(error.description)")
            }
        }
        return bindings
    }

    /// The specs of `--spec` (or, without it, of the `.scopecheck.hcl` found from the working
    /// directory, then the default spec) with `--overlay` and the config's overlays applied.
    /// Overlay problems are printed; errors among them make the input unusable.
    static func catalog(_ arguments: ParsedArguments, console: Console) throws -> SpecCatalog {
        let cwd = FileManager.default.currentDirectoryPath
        var bindings = try bindings(arguments)
        var overlays = arguments.all("--overlay")
        if let path = ConfigFile.discover(startingAt: cwd) {
            let (config, diagnostics) = ConfigLoader.load(path: path)
            if diagnostics.hasErrors {
                throw UsageError(InputError(diagnostics).message)
            }
            if bindings.isEmpty { bindings = config.specs.map(\.value) }
            overlays = config.overlays.map(\.value) + overlays
        }
        let (catalog, diagnostics) = try SpecCatalogLoader.load(
            bindings: bindings, overlays: overlays, workingDirectory: cwd,
            environment: ProcessInfo.processInfo.environment)
        for diagnostic in diagnostics { console.error(diagnostic.description) }
        if diagnostics.hasErrors { throw UsageError("the spec overlays have errors") }
        KeptUntilExit.keep(catalog)
        return catalog
    }
}
