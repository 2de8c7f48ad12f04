import Foundation
import Graph
import Policy

/// The options that read the org's own API answers and its usage exports, shared by `audit`
/// and `suggest`.
enum OrgInputs {
    static let options = [
        OptionSpec(
            "--org", value: "DIR",
            help: "JSON saved from the Platform API (clients, roles, data actions, integrations, credentials)"),
        OptionSpec(
            "--usage", value: "FILE|DIR", repeatable: true,
            help: "client usage query results (observed calls); repeat it, or give a directory"),
    ]

    /// The request of a command that reads the paths, `--config`, `--policy`, the spec options,
    /// `--var`/`--var-file`, `--org` and `--usage` (`audit`, `suggest`).
    static func request(_ arguments: ParsedArguments) throws -> AnalysisRequest {
        let specs = try SpecInputs.bindings(arguments)
        let policies = arguments.all("--policy")
        var request = AnalysisRequest(
            paths: arguments.positionals, configPath: arguments.value("--config"),
            overrides: ConfigOverrides(specs: specs.isEmpty ? nil : specs, policies: policies.isEmpty ? nil : policies),
            overlays: arguments.all("--overlay"),
            variableArguments: try TerraformInputs.loadOptions(arguments).variableArguments,
            workingDirectory: FileManager.default.currentDirectoryPath,
            environment: ProcessInfo.processInfo.environment)
        request.orgPath = arguments.value("--org")
        request.usagePaths = arguments.all("--usage")
        return request
    }

    /// `analysis` again with the usage rows that name no client of the org's answers, and the
    /// calls of `sources`, attributed to `caller` (the client a command is about); `analysis`
    /// itself when there are neither.
    static func attributing(
        to caller: Caller, request: AnalysisRequest, analysis: Analysis, sources: [any CallSource] = []
    ) throws -> Analysis {
        guard !request.usagePaths.isEmpty || !sources.isEmpty else { return analysis }
        var request = request
        if !request.usagePaths.isEmpty { request.usageCaller = caller }
        request.extraSources = sources
        return try Analysis.load(request, config: analysis.config)
    }
}
