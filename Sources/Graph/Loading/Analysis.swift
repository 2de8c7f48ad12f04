import Core
import Foundation
import Org
import Policy
import Terraform

/// The inputs of a command read into a requirement graph: the config, the modules (or a plan),
/// the specs in force and the policies.
public struct Analysis: Sendable {
    public var config: ScopeCheckConfig
    public var graph: RequirementGraph
    /// What loading the specs and overlays reported (overlay problems).
    public var specDiagnostics: [Diagnostic]

    /// Reads every input the request names. Unusable input (a missing path, an unreadable spec,
    /// a broken config, a rule id not in `knownRules`) throws; problems inside the files are
    /// diagnostics of the graph's modules and policy. `sources` are the call sources of the
    /// graph; by default the standard ones, with the provider's calls when the request or the
    /// policy asks for the deployer (`RequirementGraph.sources(for:deployer:)`).
    public static func load(
        _ request: AnalysisRequest, knownRules: Set<String>, sources: [any CallSource]? = nil
    ) throws(InputError) -> Analysis {
        let config = try loadConfig(request, knownRules: knownRules)
        return try load(request, config: config, sources: sources)
    }

    /// Reads the inputs with `config` (from `loadConfig`) in force.
    public static func load(
        _ request: AnalysisRequest, config: ScopeCheckConfig, sources: [any CallSource]? = nil
    ) throws(InputError) -> Analysis {
        let cwd = request.workingDirectory
        let readsWorkingDirectory = request.orgPath == nil && request.readsTerraformByDefault
        let paths = request.paths.isEmpty ? (readsWorkingDirectory ? ["."] : []) : request.paths
        let directories =
            try paths.isEmpty
            ? []
            : ModuleDiscovery.modules(
                for: paths, recursive: request.recursive,
                excluded: { config.isExcluded(PathResolution.resolve($0, against: cwd)) })
        let (specs, specDiagnostics) = try SpecCatalogLoader.load(
            bindings: config.specs.map(\.value), overlays: config.overlays.map(\.value) + request.overlays,
            workingDirectory: cwd, environment: request.environment)
        let options = TerraformLoadOptions(
            variableArguments: config.varFiles.map { .file(PathDisplay.relative($0.value, to: cwd)) }
                + request.variableArguments,
            environment: request.environment)
        var modules =
            if let plan = request.planPath {
                // `--plan`: the plan's instances, located in the module PATH names, if any.
                try PlanInput.modules(
                    plan: PathDisplay.relative(plan, to: cwd),
                    moduleDirectories: request.paths.isEmpty ? [] : directories, recursive: request.recursive,
                    options: options)
            } else {
                AnalyzedModule.load(directories: directories, options: options)
            }
        if request.recursive { modules = roots(of: modules) }
        let policy = PolicyLoader.load(paths: config.policies.map { PathDisplay.relative($0.value, to: cwd) })
        let providerEndpoints = try config.providerEndpoints.map { path throws(InputError) in
            try ProviderEndpointTableLoader.load(path: PathDisplay.relative(path.value, to: cwd))
        }
        let org = try request.orgPath.map { path throws(InputError) in
            try OrgExportLoader.load(path: PathDisplay.relative(path, to: cwd))
        }
        let usage = try UsageExport.load(paths: request.usagePaths.map { PathDisplay.relative($0, to: cwd) })
        let graph = RequirementGraph(
            modules: modules, specs: specs, policy: policy,
            sources: (sources ?? RequirementGraph.sources(for: policy, deployer: request.includesDeployer))
                + request.extraSources,
            providerEndpoints: providerEndpoints ?? .bundled, org: org ?? .empty,
            usage: ObservedUsage(export: usage, defaultCaller: request.usageCaller))
        return Analysis(config: config, graph: graph, specDiagnostics: specDiagnostics)
    }

    /// The modules no other module of the list calls as a local module: a module called by another
    /// is analysed through its caller, with the arguments the caller gives it, and not on its own.
    static func roots(of modules: [AnalyzedModule]) -> [AnalyzedModule] {
        let called = Set(
            modules.flatMap { module in
                module.configuration.modules.filter { !$0.isRoot }.map { ModulePaths.canonical($0.directory) }
            })
        guard !called.isEmpty else { return modules }
        return modules.filter { !called.contains(ModulePaths.canonical($0.directory)) }
    }

    /// The config file merged with the command-line overrides; config errors, and rule ids the
    /// config or the overrides name that are not in `knownRules`, are input errors. Without
    /// `--config`, `.scopecheck.hcl` is looked for from the first path's directory upwards (the
    /// `--org` directory or the first `--usage` path when no path is given, else the working
    /// directory), so a repository's config applies wherever a
    /// command is run from.
    public static func loadConfig(_ request: AnalysisRequest, knownRules: Set<String>) throws(InputError)
        -> ScopeCheckConfig
    {
        let start = (request.paths.first ?? request.orgPath ?? request.usagePaths.first).map { path -> String in
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
            let problems = diagnostics + loaded.unknownRuleDiagnostics(known: knownRules)
            if problems.hasErrors {
                throw InputError(problems)
            }
            config = loaded
        }
        for id in request.overrides.enabledRules.union(request.overrides.disabledRules) where !knownRules.contains(id) {
            throw InputError("unknown rule '\(id)'\(ClosestName.hint(for: id, among: knownRules))")
        }
        return config.merging(request.overrides)
    }
}
