import Foundation
import Rules

/// `scopecheck rules`: the rules with their severities, and their documentation pages.
enum RulesCommand {
    static let command = Command(spec: spec, run: run)

    static let spec = CommandSpec(
        name: "rules",
        summary: "List the rules (id, default severity, summary), or write their documentation pages.",
        positionals: "",
        options: [OptionSpec("--docs", value: "DIR", help: "write one Markdown page per rule, and an index, to DIR")])

    @Sendable static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitStatus {
        guard arguments.positionals.isEmpty else { throw UsageError("rules takes no arguments") }
        if let directory = arguments.value("--docs") {
            do {
                try RuleDocumentation.writeAll(to: directory)
            } catch {
                throw UsageError("cannot write the rule pages to \(directory): \(error.localizedDescription)")
            }
            console.out("wrote \(RuleRegistry.descriptors.count) rule pages and README.md to \(directory)\n")
            return .success
        }
        let descriptors = RuleRegistry.descriptors.sorted { $0.id < $1.id }
        let width = (descriptors.map(\.id.count).max() ?? 0) + 2
        for descriptor in descriptors {
            let id = descriptor.id.padding(toLength: width, withPad: " ", startingAt: 0)
            let severity = descriptor.defaultSeverity.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
            console.out("\(id)\(severity)\(descriptor.summary)\n")
        }
        return .success
    }
}
