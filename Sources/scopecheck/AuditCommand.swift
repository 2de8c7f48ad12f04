import Audit
import Core
import Discover
import Graph
import Lint
import Rules

/// `scopecheck audit [--client ADDRESS|NAME|ID] [DIR...] [--org DIR] [--usage FILE...]`:
/// everything about one OAuth client on one page, from Terraform or from the org's own API
/// answers; without `--client`, every client with a one-line verdict.
enum AuditCommand {
    static let command = Command(spec: spec, run: run)

    static let spec = CommandSpec(
        name: "audit",
        summary:
            "Everything about one OAuth client: grant, scopes, roles, every call with its verdict, the least change.",
        positionals: "[DIR...]",
        options: [
            OptionSpec(
                "--client", value: "ADDRESS|NAME|ID",
                help: "the client: a genesyscloud_oauth_client address or name, or a client id of --org; "
                    + "without it, every client with a one-line verdict"),
            OptionSpec(
                "--discover", value: "SRC", repeatable: true,
                help: "the application's source: the calls scopecheck discover finds there are the client's"),
            OptionSpec("--policy", value: "FILE|DIR", repeatable: true, help: "policy files (.hcl)"),
            OptionSpec("--config", value: "FILE", help: "config file (default: nearest .scopecheck.hcl)"),
            OptionSpec("--format", value: "text|json|markdown|html|dot|mermaid", help: "output format (default text)"),
        ] + OrgInputs.options + SpecInputs.options + TerraformInputs.options)

    private static let formats = ["text", "json", "markdown", "html", "dot", "mermaid"]

    @Sendable static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitStatus {
        let format = arguments.value("--format") ?? "text"
        guard formats.contains(format) else {
            throw UsageError("--format takes \(formats.joined(separator: ", ")), not '\(format)'")
        }
        let request = try OrgInputs.request(arguments)
        var analysis = try Analysis.load(request, knownRules: RuleRegistry.ids)
        guard let reference = arguments.value("--client") else {
            guard format == "text" || format == "json" else {
                throw UsageError("--format \(format) pictures one client: give --client")
            }
            return list(analysis, format: format, console: console)
        }
        var subject = try AuditLookup.find(reference, in: analysis.graph)
        let roots = arguments.all("--discover")
        if !request.usagePaths.isEmpty || !roots.isEmpty {
            // Usage rows that name no client of the org's answers, and the calls found in the
            // application's source, are the audited client's.
            let caller = caller(of: subject)
            let found = try roots.isEmpty ? [] : Discoverer.scan(roots, specs: analysis.graph.specs).mentions
            let sources: [any CallSource] = found.isEmpty ? [] : [DiscoveredCallSource(mentions: found, caller: caller)]
            analysis = try OrgInputs.attributing(to: caller, request: request, analysis: analysis, sources: sources)
            subject = try AuditLookup.find(reference, in: analysis.graph)
        }
        let lint = lintResult(analysis, console: console)
        let audit = Auditor.audit(subject, in: analysis.graph, findings: lint.findings)
        let rendered =
            switch format {
            case "json": audit.json.rendered()
            case "markdown": audit.markdown
            case "html": audit.html
            case "dot": audit.dot
            case "mermaid": audit.mermaid
            default: audit.text
            }
        console.out(lint.redactor.redact(rendered))
        return audit.isProblem ? .failure : .success
    }

    /// Every client with a one-line verdict.
    private static func list(_ analysis: Analysis, format: String, console: Console) -> ExitStatus {
        let lint = lintResult(analysis, console: console)
        let audits = AuditLookup.all(in: analysis.graph).map {
            Auditor.audit($0, in: analysis.graph, findings: lint.findings)
        }
        let listing = AuditListing(audits: audits, notes: AuditListing.dataActionNotes(in: analysis.graph))
        console.out(lint.redactor.redact(format == "json" ? listing.json.rendered() : listing.text))
        return listing.isProblem ? .failure : .success
    }

    /// Lint's findings on the graph (for the Terraform clients' pages), after printing the
    /// inputs' errors; its redactor hides the configuration's sensitive values.
    private static func lintResult(_ analysis: Analysis, console: Console) -> LintResult {
        let graph = analysis.graph
        let result = Linter.run(graph, config: analysis.config)
        for diagnostic in graph.modules.flatMap(\.configuration.diagnostics) + graph.policy.diagnostics
        where diagnostic.severity == .error {
            console.error(result.redactor.redact(diagnostic).description)
        }
        return result
    }

    /// The caller a usage row of the audited client is attributed to.
    private static func caller(of subject: AuditSubject) -> Caller {
        switch subject {
        case .terraform(let client): .moduleClient(address: client.client.address, module: client.module.directory)
        case .org(let client): .orgClient(id: client.client.id, label: client.client.label)
        }
    }
}
