import Foundation
import Spec

#if canImport(Glibc)
    import Glibc
#endif

/// `scopecheck-bench process BINARY [SPEC] [--runs N] [--short]`: what a user waits for. Runs
/// the built scopecheck BINARY as a user does, a whole process each time (started with
/// `posix_spawn`, output to /dev/null, timed until it has exited), and in the same run Python's
/// `json.load` of the same spec, the yardstick for reading the spec at all:
///
/// - `scopecheck --version`, and `/bin/true` for the cost of starting any process here;
/// - `scopecheck explain "GET /api/v2/routing/queues"` with the spec's index cached (warm) and
///   with an empty cache each run (cold: the spec is read, indexed and the index written);
/// - `scopecheck lint --recursive` of a typical repository (10 modules, 50 files), warm;
/// - `python3 -c 'json.load(...)'` of the spec.
///
/// Prints min and median of N runs (default 21; `--short`: 3) and whether each target is met:
/// `--version` ≤ 3 ms, warm explain ≤ 8 ms, warm lint ≤ 30 ms, cold explain ≥ 10× faster
/// than `json.load` (medians). Targets are reported, not enforced: the numbers depend on the
/// machine and its load. Exit status: 0, 1 when a command fails, 2 for bad arguments.
enum ProcessBenchmark {
    static let usage = "usage: scopecheck-bench process BINARY [SPEC] [--runs N] [--short]"

    static func run(arguments: [String]) -> Int32 {
        var paths: [String] = []
        var runs = 21
        var index = 0
        while index < arguments.count {
            switch arguments[index] {
            case "--short": runs = 3
            case "--runs":
                index += 1
                guard index < arguments.count, let count = Int(arguments[index]), count > 0 else {
                    return fail(usage, status: 2)
                }
                runs = count
            case let argument where argument.hasPrefix("--"): return fail(usage, status: 2)
            case let path: paths.append(path)
            }
            index += 1
        }
        guard (1...2).contains(paths.count) else { return fail(usage, status: 2) }
        let binary = URL(fileURLWithPath: paths[0]).standardizedFileURL.path
        let spec = URL(fileURLWithPath: paths.count > 1 ? paths[1] : ScaleBenchmark.defaultSpec).standardizedFileURL
            .path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            return fail("process benchmark: \(binary) is not an executable", status: 2)
        }
        guard FileManager.default.fileExists(atPath: spec) else {
            return fail("process benchmark: no spec file at \(spec)", status: 2)
        }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "scopecheck-process-\(UUID().uuidString)"
        ).path
        defer { try? FileManager.default.removeItem(atPath: root) }
        do {
            try measure(binary: binary, spec: spec, root: root, runs: runs)
            return 0
        } catch {
            return fail("process benchmark: \(error)", status: 1)
        }
    }

    /// One command to time: its name, what starts it, and how to prepare each run.
    private struct Measurement {
        var name: String
        var arguments: [String]
        var environment: [String: String]
        /// The median the target allows, in milliseconds.
        var limit: Double?
        var beforeEachRun: () throws -> Void = {}
    }

    private static func measure(binary: String, spec: String, root: String, runs: Int) throws {
        let warmCache = root + "/cache-warm"
        let coldCache = root + "/cache-cold"
        let loaded = try SpecLoader.load(path: spec, cache: nil)
        let typical = try RepositoryGenerator(root: root + "/typical", spec: spec, vocabulary: Vocabulary(loaded.spec))
            .generate(modules: 10, filesPerModule: 5)
        let base = ["PATH": "/usr/bin:/bin", "HOME": root, "NO_COLOR": "1"]
        let warm = base.merging(["SCOPECHECK_CACHE_DIR": warmCache]) { $1 }
        let cold = base.merging(["SCOPECHECK_CACHE_DIR": coldCache]) { $1 }
        let explain = [binary, "explain", "GET /api/v2/routing/queues", "--spec", spec]
        let lint = [binary, "lint", "--recursive", typical.root]
        // Prime the warm cache (the index, and the key that finds it without reading the spec).
        _ = try time(explain, environment: warm, allowing: [0, 1])
        _ = try time(lint, environment: warm, allowing: [0, 1])

        let measurements = [
            Measurement(name: "process start (/bin/true)", arguments: ["/bin/true"], environment: base),
            Measurement(
                name: "scopecheck --version", arguments: [binary, "--version"], environment: base, limit: 3),
            Measurement(name: "explain, warm cache", arguments: explain, environment: warm, limit: 8),
            Measurement(
                name: "lint, typical 50 files, warm", arguments: lint, environment: warm, limit: 30),
            Measurement(
                name: "explain, cold (no cache)", arguments: explain, environment: cold,
                beforeEachRun: { try? FileManager.default.removeItem(atPath: coldCache) }),
            Measurement(
                name: "python3 json.load of the spec",
                arguments: [
                    "/usr/bin/env", "python3", "-c", "import json, sys; json.load(open(sys.argv[1], 'rb'))", spec,
                ],
                environment: base),
        ]
        print(
            "process benchmark: \(binary), spec \(spec) (\(loaded.spec.operations.count) operations), \(runs) runs each"
        )
        print(pad("command", 34) + pad("min", 11, right: true) + pad("median", 11, right: true) + "  target")
        var medians: [String: Double] = [:]
        for measurement in measurements {
            var times: [Double] = []
            for _ in 0..<runs {
                try measurement.beforeEachRun()
                times.append(try time(measurement.arguments, environment: measurement.environment, allowing: [0, 1]))
            }
            times.sort()
            let median = times[times.count / 2]
            medians[measurement.name] = median
            let verdict =
                measurement.limit.map { "  ≤ \(format($0, 1)) ms: " + (median <= $0 ? "met" : "NOT met") } ?? ""
            print(
                pad(measurement.name, 34) + pad(format(times[0], 1) + " ms", 11, right: true)
                    + pad(format(median, 1) + " ms", 11, right: true) + verdict)
        }
        if let cold = medians["explain, cold (no cache)"], let python = medians["python3 json.load of the spec"],
            cold > 0
        {
            let ratio = python / cold
            print(
                "cold explain is \(format(ratio, 1))× faster than json.load (medians); target ≥ 10×: "
                    + (ratio >= 10 ? "met" : "NOT met"))
        }
    }

    /// Milliseconds from starting `arguments` to its exit, with output discarded; throws unless
    /// it exits with one of `allowing`.
    private static func time(_ arguments: [String], environment: [String: String], allowing: Set<Int32>) throws
        -> Double
    {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        let clock = ContinuousClock()
        let start = clock.now
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, arguments[0], &actions, nil, argv, envp)
        guard spawned == 0 else {
            throw BenchmarkError("cannot start \(arguments[0]): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let elapsed = start.duration(to: clock.now)
        let exited = (status & 0x7f) == 0
        let code = (status >> 8) & 0xff
        guard exited, allowing.contains(code) else {
            throw BenchmarkError("\(arguments.joined(separator: " ")) ended with status \(status)")
        }
        return milliseconds(elapsed)
    }
}
