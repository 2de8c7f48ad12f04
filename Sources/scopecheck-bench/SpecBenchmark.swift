/// PLACEHOLDER: the spec loading benchmark (branch `spec`).
enum SpecBenchmark {
    static func run(arguments: [String]) -> Int32 { 2 }
}
