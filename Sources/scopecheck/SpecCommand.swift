import Core
import Foundation
import Spec
import SpecTools

/// `scopecheck spec fetch|info|diff`: download, describe and compare API specs.
enum SpecCommand {
    static let command = Command(spec: spec, run: run)

    static let spec = CommandSpec(
        name: "spec",
        summary: "Download (fetch), describe (info) and compare (diff; exit 1 when they differ) API specs.",
        positionals: "fetch | info | diff OLD NEW",
        options: [
            OptionSpec("--region", value: "REGION", help: "fetch: a region name or domain (default us-east-1)"),
            OptionSpec("--url", value: "URL", help: "fetch: download from this URL instead of a region"),
            OptionSpec("--output", value: "FILE", help: "fetch: where to write (default: the cache directory)"),
            OptionSpec("--spec", value: "FILE", help: "info: the spec to describe (default: as lint finds it)"),
            OptionSpec("--format", value: "text|json", help: "info, diff: output format (default text)"),
        ])

    /// The options each subcommand accepts.
    private static let options: [String: Set<String>] = [
        "fetch": ["--region", "--url", "--output"], "info": ["--spec", "--format"], "diff": ["--format"],
    ]

    @Sendable static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitStatus {
        guard let name = arguments.positionals.first else {
            throw UsageError("name a subcommand: fetch, info or diff")
        }
        guard let allowed = options[name] else {
            throw UsageError("unknown subcommand '\(name)'; subcommands: fetch, info, diff")
        }
        let given = Set(arguments.values.keys).union(arguments.flags)
        if let stray = given.subtracting(allowed).sorted().first {
            throw UsageError("option \(stray) does not apply to 'scopecheck spec \(name)'")
        }
        let operands = Array(arguments.positionals.dropFirst())
        switch name {
        case "fetch": return try SpecFetchCommand.run(arguments, operands: operands, console: console)
        case "info": return try info(arguments, operands: operands, console: console)
        default: return try diff(arguments, operands: operands, console: console)
        }
    }

    private static func info(_ arguments: ParsedArguments, operands: [String], console: Console) throws
        -> ExitStatus
    {
        guard operands.isEmpty else { throw UsageError("spec info takes no operands; name the spec with --spec FILE") }
        let json = try isJSON(arguments)
        let environment = ProcessInfo.processInfo.environment
        let cache = SpecCache.standard(environment: environment)
        let cwd = FileManager.default.currentDirectoryPath
        let bindings = try SpecLocator.locate(
            explicit: try SpecInputs.bindings(arguments), workingDirectory: cwd, cacheDirectory: cache?.directory)
        var infos: [SpecInfo] = []
        for binding in bindings {
            do {
                infos.append(try SpecInfo.load(path: PathDisplay.relative(binding.path, to: cwd), cache: cache))
            } catch {
                throw UsageError(error.description)
            }
        }
        if json {
            console.out((infos.count == 1 ? infos[0].json : .array(infos.map(\.json))).rendered())
        } else {
            console.out(infos.map(\.text).joined(separator: "\n"))
        }
        return .success
    }

    private static func diff(_ arguments: ParsedArguments, operands: [String], console: Console) throws
        -> ExitStatus
    {
        guard operands.count == 2 else { throw UsageError("spec diff takes two specs: OLD NEW") }
        let json = try isJSON(arguments)
        let cache = SpecCache.standard(environment: ProcessInfo.processInfo.environment)
        var specs: [APISpec] = []
        for path in operands {
            do {
                specs.append(try SpecLoader.load(path: path, cache: cache).spec)
            } catch {
                throw UsageError(error.description)
            }
        }
        let diff = SpecDiff(old: specs[0], new: specs[1])
        console.out(json ? diff.json.rendered() : diff.text)
        return diff.isEmpty ? .success : .failure
    }

    private static func isJSON(_ arguments: ParsedArguments) throws -> Bool {
        let format = arguments.value("--format") ?? "text"
        guard format == "text" || format == "json" else {
            throw UsageError("--format takes text or json, not '\(format)'")
        }
        return format == "json"
    }
}
