import Core
import Foundation

/// Loads a Terraform configuration the way Terraform does before planning, and evaluates it
/// statically.
///
/// - Files: every `*.tf` and `*.tf.json` directly in a module directory, sorted by name.
///   Override files (`override.tf`, `*_override.tf`, and their `.tf.json` forms) are not merged:
///   each gets a warning.
/// - Root variables: declared `default` < `TF_VAR_name` < `terraform.tfvars` <
///   `terraform.tfvars.json` < `*.auto.tfvars(.json)` in lexical order < `--var-file` / `--var`
///   in command-line order. `--var` and `TF_VAR_` values of variables typed other than `string`
///   are parsed as HCL expressions.
/// - Modules: local sources (`./x`, `../x`) are loaded recursively with their arguments as
///   variables, and remote sources from where `terraform init` installed them
///   (`.terraform/modules/modules.json`); a remote source that is not installed gets one note
///   and its outputs are unknown; a module source loop is an error, never endless recursion.
/// - Evaluation: see `Evaluator`. `path.root` is `.`, `path.module` the module directory relative
///   to the root's, `path.cwd` the root directory made absolute, and `file()` reads relative to
///   the root directory, as when Terraform runs in the root module.
public enum ModuleLoader {
    /// Loads the module in `directory` with its child modules and evaluates it. The work runs on
    /// a thread with a large stack, so that long reference chains cannot overflow the caller's.
    public static func load(directory: String, options: TerraformLoadOptions = TerraformLoadOptions())
        -> TerraformConfiguration
    {
        LargeStackThread.run { loadOnCurrentThread(directory: directory, options: options) }
    }

    /// Loads the modules in `directories`, in parallel on up to `threads` large-stack threads
    /// (default: one per active processor core). The result is in the order of `directories`
    /// and each configuration is the same as `load(directory:options:)` gives, so output built
    /// from it stays deterministic. At most `threads` modules are in progress at a time.
    public static func load(
        directories: [String], options: TerraformLoadOptions = TerraformLoadOptions(),
        threads: Int = ProcessInfo.processInfo.activeProcessorCount
    ) -> [TerraformConfiguration] {
        load(directories: directories, options: options, threads: threads) { $1 }
    }

    /// Loads the modules in `directories` as `load(directories:options:threads:)` does and runs
    /// `then` on each configuration on the same thread, so that work done per module (reading
    /// its clients and roles) is parallel too.
    package static func load<Result: Sendable>(
        directories: [String], options: TerraformLoadOptions, threads: Int,
        then: @escaping @Sendable (String, TerraformConfiguration) -> Result
    ) -> [Result] {
        LargeStackThread.map(count: directories.count, threads: threads) { index in
            then(directories[index], loadOnCurrentThread(directory: directories[index], options: options))
        }
    }

    private static func loadOnCurrentThread(directory: String, options: TerraformLoadOptions) -> TerraformConfiguration
    {
        let manifest = ModuleManifest.read(rootDirectory: directory, environment: options.environment)
        var reader = ModuleTreeReader(provider: options.provider, rootDirectory: directory, manifest: manifest)
        reader.read(directory: directory, path: [], sourceText: nil, callRange: nil)
        var diagnostics = manifest.diagnostics + reader.diagnostics + reader.missingModuleNotes
        var files = reader.files
        let modules = reader.modules
        guard let root = modules.first(where: \.isRoot) else {
            return TerraformConfiguration(
                rootDirectory: directory, modules: [], resources: [], variables: [], outputs: [],
                diagnostics: finish(diagnostics), files: files)
        }
        var resolver = RootVariableResolver(module: root, options: options)
        let variables = resolver.resolve()
        diagnostics += resolver.diagnostics
        files += resolver.files + resolver.unloadedFiles

        let evaluation = ConfigurationEvaluation(
            modules: modules, rootVariables: variables, rootDirectory: directory, provider: options.provider)
        let rootScope = ModuleInstanceScope(
            evaluation: evaluation, module: root, address: "", relativeDirectory: ".", expansionUnknown: nil,
            inputs: nil)
        let scopes = [rootScope] + rootScope.descendantScopes()
        let resources = scopes.flatMap { $0.resourceInstances() }.sorted(by: instanceOrder)
        for scope in scopes { scope.evaluateDeclarations() }
        let outputs = root.outputs.sorted { $0.name < $1.name }.map { output in
            EvaluatedOutput(
                name: output.name, value: rootScope.outputValue(output.name) ?? .null, sensitive: output.sensitive,
                range: output.block.range)
        }
        diagnostics += evaluation.diagnostics
        return TerraformConfiguration(
            rootDirectory: directory,
            modules: [root] + modules.filter { !$0.isRoot }.sorted { $0.address < $1.address },
            resources: resources, variables: variables, outputs: outputs, diagnostics: finish(diagnostics),
            files: files,
            unloadedVariablesFiles: Set(resolver.unloadedFiles.map(\.path)))
    }

    /// Module instance, then resource address, then instance key (numbers numerically).
    private static func instanceOrder(_ lhs: ResourceInstance, _ rhs: ResourceInstance) -> Bool {
        if lhs.modulePath != rhs.modulePath { return lhs.modulePath < rhs.modulePath }
        if lhs.resourceAddress != rhs.resourceAddress { return lhs.resourceAddress < rhs.resourceAddress }
        return lhs.instanceKey < rhs.instanceKey
    }

    /// Sorted by range (no range first), repeats removed.
    private static func finish(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        let unique = diagnostics.filter { seen.insert($0).inserted }
        return unique.enumerated().sorted { left, right in
            switch (left.element.range, right.element.range) {
            case (nil, nil): return left.offset < right.offset
            case (nil, _): return true
            case (_, nil): return false
            case (let a?, let b?): return a == b ? left.offset < right.offset : a < b
            }
        }.map(\.element)
    }
}
