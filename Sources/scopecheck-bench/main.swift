import Foundation

/// `scopecheck-bench parser [DIR] [--short]`, `scopecheck-bench spec [FILE] [--short]`,
/// `scopecheck-bench scale [SPEC] [--short]` and
/// `scopecheck-bench process BINARY [SPEC] [--runs N] [--short]`.
let arguments = Array(CommandLine.arguments.dropFirst())
let usage = "usage: scopecheck-bench parser|spec|scale [PATH] [--short] | process BINARY [SPEC] [--runs N] [--short]"
guard let suite = arguments.first else {
    FileHandle.standardError.write(Data((usage + "\n").utf8))
    exit(2)
}
let rest = Array(arguments.dropFirst())
switch suite {
case "parser": exit(ParserBenchmark.run(arguments: rest))
case "spec": exit(SpecBenchmark.run(arguments: rest))
case "scale": exit(ScaleBenchmark.run(arguments: rest))
case "process": exit(ProcessBenchmark.run(arguments: rest))
default:
    FileHandle.standardError.write(Data((usage + "\n").utf8))
    exit(2)
}
