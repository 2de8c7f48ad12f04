import Core
import Foundation
import Spec

/// `scopecheck-bench spec [FILE] [--short]`: how fast scopecheck loads a Swagger spec, cold
/// (extracting from the JSON) and warm (from the cached index), and its peak memory; then, for
/// comparison, a full decode of the same file with Foundation's `JSONSerialization`.
/// `--short` runs each measurement once (for CI). Exit status: 0, 1 when a load fails, 2 for
/// bad arguments or a missing file.
enum SpecBenchmark {
    static let defaultFile = "../shared/corpus/genesys/reference-swagger.json"

    static func run(arguments: [String]) -> Int32 {
        let short = arguments.contains("--short")
        let files = arguments.filter { $0 != "--short" }
        guard files.count <= 1, files.allSatisfy({ !$0.hasPrefix("--") }) else {
            return fail("usage: scopecheck-bench spec [FILE] [--short]", status: 2)
        }
        let path = files.first ?? defaultFile
        guard FileManager.default.fileExists(atPath: path) else {
            return fail("spec benchmark: no spec file at \(path) (give the path of a Swagger 2.0 JSON file)", status: 2)
        }
        do {
            try measure(path: path, iterations: short ? 1 : 10, foundationIterations: short ? 1 : 3)
            return 0
        } catch {
            return fail("spec benchmark: \(error)", status: 1)
        }
    }

    private static func measure(path: String, iterations: Int, foundationIterations: Int) throws {
        var cold: [Duration] = []
        var lastCold: SpecLoadResult?
        for _ in 0..<iterations {
            let result = try SpecLoader.load(path: path, cache: nil)
            cold.append(result.timings.total)
            lastCold = result
        }
        let cacheDirectory = FileManager.default.temporaryDirectory
            .appendingPathComponent("scopecheck-bench-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: cacheDirectory) }
        let cache = SpecCache(directory: cacheDirectory)
        let first = try SpecLoader.load(path: path, cache: cache)
        guard first.cacheOutcome == .stored else {
            throw BenchmarkError("could not write the index to \(cacheDirectory)")
        }
        var warm: [Duration] = []
        var lastWarm: SpecLoadResult?
        for _ in 0..<iterations {
            let result = try SpecLoader.load(path: path, cache: cache)
            guard result.fromCache, result.spec == first.spec else {
                throw BenchmarkError("the cached index did not load")
            }
            warm.append(result.timings.total)
            lastWarm = result
        }
        let clock = ContinuousClock()
        let indexStart = clock.now
        let index = OperationIndex(first.spec)
        let indexTime = indexStart.duration(to: clock.now)
        let ourPeak = PeakMemory.residentHighWaterMark()

        var foundation: [Duration] = []
        for _ in 0..<foundationIterations {
            let start = clock.now
            let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
            _ = try JSONSerialization.jsonObject(with: data)
            foundation.append(start.duration(to: clock.now))
        }
        let foundationPeak = PeakMemory.residentHighWaterMark()

        guard let lastCold, let lastWarm else { return }
        let spec = lastCold.spec
        let bytes = spec.contentLength
        print("spec benchmark: \(path)")
        print(
            "  \(format(Double(bytes) / 1e6, 1)) MB, \(spec.operations.count) operations, \(spec.scopes.count) scopes,"
                + " \(spec.permissions.count) permissions (MB = 10^6 bytes, ms = wall clock)")
        print(
            pad("measurement", 34) + pad("runs", 6, right: true) + pad("min ms", 10, right: true)
                + pad("median ms", 11, right: true) + pad("MB/s", 9, right: true))
        for (name, times) in [
            ("scopecheck cold (no cache)", cold), ("scopecheck warm (cached index)", warm),
            ("JSONSerialization.jsonObject", foundation),
        ] {
            let minimum = milliseconds(times.min() ?? .zero)
            let median = milliseconds(times.sorted()[times.count / 2])
            print(
                pad(name, 34) + pad("\(times.count)", 6, right: true) + pad(format(minimum, 2), 10, right: true)
                    + pad(format(median, 2), 11, right: true)
                    + pad(format(Double(bytes) / 1e3 / max(minimum, 0.001), 0), 9, right: true))
        }
        print("  cold steps (last run): " + steps(lastCold.timings, build: "extract"))
        print("  warm steps (last run): " + steps(lastWarm.timings, build: "decode"))
        print(
            "  OperationIndex build: \(format(milliseconds(indexTime), 2)) ms"
                + " (\(index.spec.operations.count) operations)")
        print("  peak RSS after scopecheck loads: \(megabytes(ourPeak))")
        print("  peak RSS after JSONSerialization: \(megabytes(foundationPeak))")
    }

    private static func steps(_ timings: SpecLoadResult.Timings, build: String) -> String {
        [("read", timings.read), ("hash", timings.hash), (build, timings.build), ("store", timings.store)]
            .map { "\($0.0) \(format(milliseconds($0.1), 2))" }.joined(separator: ", ") + " ms"
    }

    private static func megabytes(_ bytes: Int?) -> String {
        bytes.map { format(Double($0) / 1_048_576, 1) + " MiB" } ?? "unavailable"
    }
}
