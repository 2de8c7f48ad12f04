import Core
import Foundation
import Graph
import Policy
import Rules
import Terraform

/// A lint run from request to findings: config, modules, specs, policies, rules.
public struct LintSession: Sendable {
    public var config: ScopeCheckConfig
    public var context: LintContext
    public var result: LintResult
    /// The files read, with their text, for source excerpts in reports.
    public var filesAnalyzed: [String]

    /// Reads every input the request names and runs the linter. Unusable input (a missing path,
    /// an unreadable spec, a broken config) throws; problems inside the files are findings.
    public static func run(_ request: LintRequest) throws(InputError) -> LintSession {
        let config = try loadConfig(request)
        let cwd = request.workingDirectory
        let paths = request.paths.isEmpty ? ["."] : request.paths
        let modules = try ModuleDiscovery.modules(
            for: paths, recursive: request.recursive,
            excluded: { config.isExcluded(PathResolution.resolve($0, against: cwd)) })
        let (specs, specDiagnostics) = try SpecCatalogLoader.load(
            bindings: config.specs.map(\.value), overlays: config.overlays.map(\.value) + request.overlays,
            workingDirectory: cwd, environment: request.environment)
        let options = TerraformLoadOptions(
            variableArguments: config.varFiles.map { .file(PathDisplay.relative($0.value, to: cwd)) }
                + request.variableArguments,
            environment: request.environment)
        let lintModules =
            if let plan = request.planPath {
                // `lint --plan`: the plan's instances, located in the module PATH names, if any.
                try PlanLintInput.modules(
                    plan: PathDisplay.relative(plan, to: cwd), moduleDirectories: request.paths.isEmpty ? [] : modules,
                    recursive: request.recursive, options: options)
            } else {
                LintModule.load(directories: modules, options: options)
            }
        let policy = PolicyLoader.load(paths: config.policies.map { PathDisplay.relative($0.value, to: cwd) })
        let context = LintContext(modules: lintModules, specs: specs, policy: policy)
        let result = Linter.run(context, config: config, extraDiagnostics: specDiagnostics)
        let files = lintModules.flatMap(\.configuration.files).map(\.path)
        return LintSession(config: config, context: context, result: result, filesAnalyzed: files)
    }

    /// The config file merged with the command-line overrides; config errors are usage errors.
    /// Without `--config`, `.scopecheck.hcl` is looked for from the first path's directory
    /// upwards (the working directory when no path is given), so a repository's config applies
    /// wherever lint is run from.
    static func loadConfig(_ request: LintRequest) throws(InputError) -> ScopeCheckConfig {
        let start = request.paths.first.map { path -> String in
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            return exists && !isDirectory.boolValue ? PathResolution.directory(of: path) : path
        }
        let path =
            request.configPath.map { PathResolution.resolve($0, against: request.workingDirectory) }
            ?? ConfigFile.discover(
                startingAt: start.map { PathResolution.resolve($0, against: request.workingDirectory) }
                    ?? request.workingDirectory)
        var config = ScopeCheckConfig()
        if let path {
            guard FileManager.default.fileExists(atPath: path) else {
                throw InputError("config file \(path) does not exist")
            }
            let (loaded, diagnostics) = ConfigLoader.load(path: path)
            let problems = diagnostics + loaded.unknownRuleDiagnostics(known: RuleRegistry.ids)
            if problems.hasErrors {
                throw InputError(
                    problems.filter { $0.severity == .error }.map(\.description).joined(separator: "\n"))
            }
            config = loaded
        }
        for id in request.overrides.enabledRules.union(request.overrides.disabledRules)
        where !RuleRegistry.ids.contains(id) {
            throw InputError("unknown rule '\(id)'\(ClosestName.hint(for: id, among: RuleRegistry.ids))")
        }
        return config.merging(request.overrides)
    }
}
