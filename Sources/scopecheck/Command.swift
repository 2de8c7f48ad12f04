import Core

/// A subcommand: its argument spec and what it does with parsed arguments.
struct Command: Sendable {
    let spec: CommandSpec
    let run: @Sendable (ParsedArguments, Console) throws -> ExitStatus
}

/// Every subcommand, in the order `scopecheck --help` lists them.
enum Commands {
    static let all: [Command] = [
        LintCommand.command, ExplainCommand.command, InventoryCommand.command, SpecCommand.command,
        RulesCommand.command, SuggestCommand.command, DeployerCommand.command, DiscoverCommand.command,
        AuditCommand.command,
    ]

    static var overview: String {
        var lines = [
            "scopecheck \(ToolVersion.current): finds Genesys Cloud OAuth authorization mistakes in Terraform before they reach production.",
            "", "usage: scopecheck COMMAND [ARGS...]", "", "commands:",
        ]
        for command in all {
            lines.append(
                "  " + command.spec.name.padding(toLength: 12, withPad: " ", startingAt: 0) + command.spec.summary)
        }
        lines += [
            "", "Run 'scopecheck COMMAND --help' for a command's options.",
            "Exit codes: 0 success, 1 check failed (findings, denied, unknown endpoint/scope, parse errors), 2 usage or input error.",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Runs the command line; never exits the process itself.
    static func main(_ arguments: [String], console: Console) -> ExitStatus {
        guard let name = arguments.first, name != "--help", name != "-h", name != "help" else {
            console.out(overview)
            return arguments.isEmpty ? .usage : .success
        }
        if name == "--version" || name == "version" {
            console.out("scopecheck \(ToolVersion.description)\n")
            return .success
        }
        guard let command = all.first(where: { $0.spec.name == name }) else {
            console.error(
                "scopecheck: error: unknown command '\(name)'; commands: \(all.map(\.spec.name).joined(separator: ", "))"
            )
            return .usage
        }
        do {
            let parsed = try ArgumentParser.parse(Array(arguments.dropFirst()), for: command.spec)
            if parsed.has("--help") {
                console.out(command.spec.help + "\n")
                return .success
            }
            return try command.run(parsed, console)
        } catch {
            console.error("scopecheck \(name): error: \(error)\nRun 'scopecheck \(name) --help' for usage.")
            return .usage
        }
    }
}
