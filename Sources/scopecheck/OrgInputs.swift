import Graph

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

    /// `request` with `--org` and `--usage`.
    static func applied(_ arguments: ParsedArguments, to request: AnalysisRequest) -> AnalysisRequest {
        var request = request
        request.orgPath = arguments.value("--org")
        request.usagePaths = arguments.all("--usage")
        return request
    }

    /// `analysis` again with the usage rows that name no client of the org's answers
    /// attributed to `caller` (the client a command is about); `analysis` itself when no
    /// usage is read.
    static func attributingUsage(
        to caller: Caller, request: AnalysisRequest, analysis: Analysis
    ) throws -> Analysis {
        guard !request.usagePaths.isEmpty else { return analysis }
        var request = request
        request.usageCaller = caller
        return try Analysis.load(request, config: analysis.config)
    }
}
