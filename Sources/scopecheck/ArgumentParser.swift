import Core

/// The arguments of one command after parsing: positionals in order, option values in order.
public struct ParsedArguments: Sendable, Equatable {
    public var positionals: [String] = []
    public var values: [String: [String]] = [:]
    public var flags: Set<String> = []
    /// Every value option in command-line order, for options whose relative order matters
    /// (`--var` and `--var-file`).
    public var sequence: [OptionValue] = []

    public init() {}

    /// The last value given for `option` (a later occurrence overrides an earlier one).
    public func value(_ option: String) -> String? { values[option]?.last }

    /// Every value given for a repeatable `option`, in order.
    public func all(_ option: String) -> [String] { values[option] ?? [] }

    /// Whether the flag was given.
    public func has(_ flag: String) -> Bool { flags.contains(flag) }
}

/// One `--name value` as given.
public struct OptionValue: Equatable, Sendable {
    public var name: String
    public var value: String
}

/// A command line that does not fit the command's options.
public struct UsageError: Error, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

/// Parses arguments against a `CommandSpec`: `--opt value`, `--opt=value`, flags, `--` to end
/// options, and `-h`/`--help` (reported as the `--help` flag).
public enum ArgumentParser {
    public static func parse(_ arguments: [String], for spec: CommandSpec) throws -> ParsedArguments {
        var result = ParsedArguments()
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
                result.positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            if argument == "-h" || argument == "--help" {
                result.flags.insert("--help")
                continue
            }
            let (name, inlineValue) = split(argument)
            guard let option = spec.options.first(where: { $0.name == name }) else {
                throw UsageError(unknownOptionMessage(name, spec: spec))
            }
            guard option.takesValue else {
                if inlineValue != nil { throw UsageError("option \(name) takes no value") }
                result.flags.insert(name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else if index < arguments.count {
                value = arguments[index]
                index += 1
            } else {
                throw UsageError("option \(name) needs a value (\(option.valueName ?? "VALUE"))")
            }
            if !option.repeatable, result.values[name] != nil {
                throw UsageError("option \(name) was given more than once")
            }
            result.values[name, default: []].append(value)
            result.sequence.append(OptionValue(name: name, value: value))
        }
        return result
    }

    private static func split(_ argument: String) -> (String, String?) {
        guard let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }

    private static func unknownOptionMessage(_ name: String, spec: CommandSpec) -> String {
        let names = spec.options.map(\.name)
        let nearest = ClosestName.to(name, among: names)
        var message = "unknown option \(name) for 'scopecheck \(spec.name)'"
        if let nearest {
            message += "; did you mean \(nearest)?"
        }
        return message
    }
}
