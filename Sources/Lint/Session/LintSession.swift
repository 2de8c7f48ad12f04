import Core
import Graph
import Policy
import Rules

/// A lint run from request to findings: config, modules, specs, policies, graph, rules.
public struct LintSession: Sendable {
    public var config: ScopeCheckConfig
    public var graph: RequirementGraph
    public var result: LintResult
    /// The files read, for report headers.
    public var filesAnalyzed: [String]

    /// Reads every input the request names and runs the linter. Unusable input (a missing path,
    /// an unreadable spec, a broken config) throws; problems inside the files are findings.
    /// `sources` are the call sources of the graph (default: `RequirementGraph.sources(for:)`).
    public static func run(_ request: AnalysisRequest, sources: [any CallSource]? = nil) throws(InputError)
        -> LintSession
    {
        let analysis = try Analysis.load(request, knownRules: RuleRegistry.ids, sources: sources)
        let graph = analysis.graph
        let result = Linter.run(graph, config: analysis.config, extraDiagnostics: analysis.specDiagnostics)
        let files = graph.modules.flatMap(\.configuration.files).map(\.path)
        return LintSession(config: analysis.config, graph: graph, result: result, filesAnalyzed: files)
    }
}
