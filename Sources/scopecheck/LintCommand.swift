import Foundation
import ScopeCheck

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
            OptionSpec("--format", value: "FORMAT", help: "text, json, sarif, github, junit or compact (default text)"),
            OptionSpec("--fail-on", value: "LEVEL", help: "error, warning, note or never (default error)"),
            OptionSpec("--enable", value: "RULE", repeatable: true, help: "run a rule the config disables"),
            OptionSpec("--disable", value: "RULE", repeatable: true, help: "do not run a rule"),
            OptionSpec("--baseline", value: "FILE", help: "report only findings not in this baseline"),
            OptionSpec("--write-baseline", value: "FILE", help: "record today's findings as the baseline"),
        ] + SpecInputs.options + TerraformInputs.options)

    @Sendable static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> ExitStatus {
        let format = try ReportFormat(parsing: arguments.value("--format") ?? "text")
        let failOn = try FailThreshold(parsing: arguments.value("--fail-on") ?? "error")
        let environment = ProcessInfo.processInfo.environment
        let session = try LintSession.run(request(arguments, environment: environment))
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
                throw UsageError(error.description)
            }
        }
        let report = LintReport(
            findings: findings, rules: session.result.rules, toolVersion: ToolVersion.current,
            specs: session.context.specs.specs.map { SpecSummary($0.spec) },
            modulesAnalyzed: session.context.modules.count, filesAnalyzed: session.filesAnalyzed.count)
        let color = TerminalColor.shouldUse(isTTY: console.isOutputTerminal, environment: environment)
        let sources = SourceLines.files()
        console.out(format.writer(sourceLines: session.result.redactor.redacting(sources), color: color).render(report))
        return failOn.isFailing(findings) ? .failure : .success
    }

    private static func request(_ arguments: ParsedArguments, environment: [String: String]) throws(UsageError)
        -> LintRequest
    {
        let specs = try SpecInputs.bindings(arguments)
        let overrides = ConfigOverrides(
            specs: specs.isEmpty ? nil : specs,
            policies: arguments.all("--policy").isEmpty ? nil : arguments.all("--policy"),
            enabledRules: Set(arguments.all("--enable")), disabledRules: Set(arguments.all("--disable")))
        return LintRequest(
            paths: arguments.positionals, recursive: arguments.has("--recursive"),
            configPath: arguments.value("--config"),
            overrides: overrides, variableArguments: try TerraformInputs.loadOptions(arguments).variableArguments,
            workingDirectory: FileManager.default.currentDirectoryPath, environment: environment)
    }
}
