import Core
import Fix
import Foundation
import Graph
import Lint
import Policy
import Report
import Spec

/// `scopecheck lint [PATH...]`: the pre-commit hook and CI step.
enum LintCommand {
    static let command = Command(spec: spec, run: run)

    static let spec = CommandSpec(
        name: "lint",
        summary: "Check the OAuth clients and roles of Terraform modules against the API spec and policies.",
        positionals: "[PATH...]",
        options: [
            OptionSpec("--policy", value: "FILE|DIR", repeatable: true, help: "policy files (.hcl)"),
            OptionSpec("--config", value: "FILE", help: "config file (default: nearest .scopecheck.hcl)"),
            OptionSpec("--recursive", help: "lint every module directory below the paths"),
            OptionSpec(
                "--format", value: "FORMAT",
                help: "text, json, sarif, github, junit, compact or codeclimate (default text)"),
            OptionSpec("--fail-on", value: "LEVEL", help: "error, warning, note or never (default error)"),
            OptionSpec("--enable", value: "RULE", repeatable: true, help: "run a rule the config disables"),
            OptionSpec("--disable", value: "RULE", repeatable: true, help: "do not run a rule"),
            OptionSpec("--baseline", value: "FILE", help: "report only findings not in this baseline"),
            OptionSpec("--write-baseline", value: "FILE", help: "record today's findings as the baseline"),
            OptionSpec("--fix", help: "apply the safe fixes in place, then report what is left"),
            OptionSpec("--dry-run", help: "with --fix: print the fixes as a unified diff, change nothing"),
            OptionSpec(
                "--plan", value: "FILE",
                help: "analyse a plan JSON (terraform show -json PLANFILE); PATH: the module it was planned from"),
            OptionSpec(
                "--provider-endpoints", value: "FILE",
                help: "a provider endpoint table for the deployer checks, instead of the bundled one"),
        ] + SpecInputs.options + TerraformInputs.options)

    @Sendable static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitStatus {
        let format = try OptionChoices.reportFormat(arguments.value("--format") ?? "text")
        let failOn = try OptionChoices.failThreshold(arguments.value("--fail-on") ?? "error")
        let environment = ProcessInfo.processInfo.environment
        let fixing = try fixRequested(arguments)
        var session = try LintSession.run(request(arguments, environment: environment))
        defer { KeptUntilExit.keep(session) }
        if fixing, let status = try applyFixes(&session, arguments, environment: environment, console: console) {
            return status
        }
        var findings = session.result.findings
        if let path = arguments.value("--write-baseline") {
            do {
                try Baseline.write(findings: findings).write(toFile: path, atomically: true, encoding: .utf8)
            } catch {
                throw UsageError("cannot write baseline \(path): \(error.localizedDescription)")
            }
            console.error("scopecheck lint: wrote \(findings.count) finding(s) to \(path)")
            return .success
        }
        if let path = arguments.value("--baseline") {
            do {
                findings = try Baseline.load(path: path).filter(findings).new
            } catch {
                throw UsageError("\(error)")
            }
        }
        let report = LintReport(
            findings: findings, rules: session.result.rules, toolVersion: ToolVersion.current,
            specs: session.graph.specs.specs.map { SpecSummary($0.spec) },
            modulesAnalyzed: session.graph.modules.count, filesAnalyzed: session.filesAnalyzed.count)
        let color = TerminalColor.shouldUse(isTTY: console.isOutputTerminal, environment: environment)
        let cwd = FileManager.default.currentDirectoryPath
        let plan = arguments.value("--plan").map { PathDisplay.relative($0, to: cwd) }
        let files = session.graph.sourceFiles.lines
        // No excerpt from the plan JSON: terraform writes it on one (very long) line.
        let sources = SourceLines { path in path == plan ? nil : files.lines(of: path) }
        console.out(format.writer(sourceLines: session.result.redactor.redacting(sources), color: color).render(report))
        return failOn.isFailing(findings) ? .failure : .success
    }

    private static func request(_ arguments: ParsedArguments, environment: [String: String]) throws
        -> AnalysisRequest
    {
        let specs = try SpecInputs.bindings(arguments)
        let overrides = ConfigOverrides(
            specs: specs.isEmpty ? nil : specs,
            policies: arguments.all("--policy").isEmpty ? nil : arguments.all("--policy"),
            providerEndpoints: arguments.value("--provider-endpoints"),
            enabledRules: Set(arguments.all("--enable")), disabledRules: Set(arguments.all("--disable")))
        var request = AnalysisRequest(
            paths: arguments.positionals, recursive: arguments.has("--recursive"),
            configPath: arguments.value("--config"),
            overrides: overrides, overlays: arguments.all("--overlay"),
            variableArguments: try TerraformInputs.loadOptions(arguments).variableArguments,
            workingDirectory: FileManager.default.currentDirectoryPath, environment: environment)
        request.planPath = arguments.value("--plan")
        return request
    }

    /// Whether `--fix` is given; `--dry-run` without it, or with `--plan`, is a usage error.
    private static func fixRequested(_ arguments: ParsedArguments) throws -> Bool {
        guard arguments.has("--fix") else {
            if arguments.has("--dry-run") { throw UsageError("--dry-run goes with --fix") }
            return false
        }
        guard arguments.value("--plan") == nil else {
            throw UsageError("--fix edits the configuration files: run it without --plan")
        }
        return true
    }

    /// `--fix` / `--dry-run` (docs/fix.md). With `--dry-run`, prints the safe fixes as a unified
    /// diff and returns the exit status (1 when something would change). Otherwise writes them,
    /// says on standard error what was fixed and what was not, lints again into `session` and
    /// returns nil so the report shows what is left.
    private static func applyFixes(
        _ session: inout LintSession, _ arguments: ParsedArguments, environment: [String: String], console: Console
    ) throws -> ExitStatus? {
        var plan = FixPlanner.plan(session.graph)
        if arguments.has("--dry-run") {
            // Context lines may hold a secret: it is redacted like everywhere else.
            console.out(session.result.redactor.redact(plan.diff))
            for line in plan.lines(applied: false) { console.error(line) }
            return plan.isEmpty ? .success : .failure
        }
        let (written, refused) = FixWriter.write(plan)
        plan.changes = plan.changes.filter { written.contains($0.range.file) }
        for line in plan.lines() { console.error(line) }
        for problem in refused { console.error("scopecheck lint: not written: \(problem.description)") }
        console.error("scopecheck lint: fixed \(plan.changes.count) problem(s) in \(written.count) file(s)")
        session = try LintSession.run(request(arguments, environment: environment))
        return nil
    }
}
