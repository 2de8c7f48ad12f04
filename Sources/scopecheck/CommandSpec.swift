/// One option a command accepts: `--name VALUE` (a value option) or `--name` (a flag).
public struct OptionSpec: Sendable {
    public var name: String
    /// Placeholder shown in help (`FILE`); nil for flags.
    public var valueName: String?
    public var help: String
    /// Whether the option may be given several times (values are kept in order).
    public var repeatable: Bool

    public init(_ name: String, value valueName: String? = nil, repeatable: Bool = false, help: String) {
        self.name = name
        self.valueName = valueName
        self.help = help
        self.repeatable = repeatable
    }

    /// Whether the option takes a value.
    public var takesValue: Bool { valueName != nil }
}

/// A subcommand's name, usage line and options: enough to parse its arguments and print its help.
public struct CommandSpec: Sendable {
    public var name: String
    public var summary: String
    /// The positional part of the usage line, e.g. `ENDPOINT`.
    public var positionals: String
    public var options: [OptionSpec]

    public init(name: String, summary: String, positionals: String, options: [OptionSpec]) {
        self.name = name
        self.summary = summary
        self.positionals = positionals
        self.options = options
    }

    /// The help text: usage line, summary and one line per option.
    public var help: String {
        var lines = ["usage: scopecheck \(name) \(positionals) [options]", "", summary, "", "options:"]
        let labels = options.map { option in
            option.valueName.map { "\(option.name) \($0)" } ?? option.name
        }
        let width = (labels.map(\.count).max() ?? 0) + 2
        for (option, label) in zip(options, labels) {
            let padding = String(repeating: " ", count: width - label.count)
            let again = option.repeatable ? " (repeatable)" : ""
            lines.append("  \(label)\(padding)\(option.help)\(again)")
        }
        lines.append("  --help\(String(repeating: " ", count: max(2, width - 6)))show this help")
        return lines.joined(separator: "\n")
    }
}
