import Foundation

/// `scopecheck-bench parser [DIR] [--short]` and `scopecheck-bench spec [FILE] [--short]`.
let arguments = Array(CommandLine.arguments.dropFirst())
let usage = "usage: scopecheck-bench parser|spec [PATH] [--short]"
guard let suite = arguments.first else {
    FileHandle.standardError.write(Data((usage + "\n").utf8))
    exit(2)
}
let rest = Array(arguments.dropFirst())
switch suite {
case "parser": exit(ParserBenchmark.run(arguments: rest))
case "spec": exit(SpecBenchmark.run(arguments: rest))
default:
    FileHandle.standardError.write(Data((usage + "\n").utf8))
    exit(2)
}
