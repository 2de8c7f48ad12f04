import Core
import Foundation
import Genesys
import Graph
import Lint
import Report
import Rules
import Spec
import Suggest
import Terraform

/// `scopecheck-bench scale [SPEC] [--short]`: how scopecheck copes with a large repository and
/// how fast it lints a typical one, and how fast `scopecheck deployer` answers for the large one.
/// In a temporary directory it generates
///
/// - a large repository: 2,000 module directories of 10 resources each (two OAuth clients, two
///   roles, six other resources, variables, locals, outputs, a `.tfvars` file), a policy naming
///   every 20th module's client and a `.scopecheck.hcl` pointing at the spec;
/// - a typical repository: 10 module directories of 5 files each (50 files).
///
/// Scopes and permissions are drawn from the spec (SPEC, default
/// `../shared/corpus/genesys/reference-swagger.json`), with an unknown scope in every 10th
/// module and a sensitive variable in every 5th, so that the rules and the redaction have work.
/// Each repository is linted as `scopecheck lint --recursive` does (`LintSession`, spec index
/// warm in a private cache) and rendered as text and JSON; the JSON report must come out
/// byte-identical on every run. Prints wall times, modules/s and peak RSS, and checks the
/// targets (large ≤ 2 s, typical ≤ 150 ms, release build). `--short` generates 400 modules and
/// runs each measurement once (for CI). Exit status: 0, 1 when a run differs or fails, 2 for bad
/// arguments or a missing spec.
enum ScaleBenchmark {
    static let defaultSpec = "../shared/corpus/genesys/reference-swagger.json"

    static func run(arguments: [String]) -> Int32 {
        let short = arguments.contains("--short")
        let paths = arguments.filter { $0 != "--short" }
        guard paths.count <= 1, paths.allSatisfy({ !$0.hasPrefix("--") }) else {
            return fail("usage: scopecheck-bench scale [SPEC] [--short]", status: 2)
        }
        let specPath = URL(fileURLWithPath: paths.first ?? defaultSpec).standardizedFileURL.path
        guard FileManager.default.fileExists(atPath: specPath) else {
            return fail(
                "scale benchmark: no spec file at \(specPath) (give the path of the full-size Swagger JSON)",
                status: 2)
        }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "scopecheck-scale-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        do {
            try measure(specPath: specPath, root: root.path, short: short)
            return 0
        } catch {
            return fail("scale benchmark: \(error)", status: 1)
        }
    }

    private static func measure(specPath: String, root: String, short: Bool) throws {
        let cache = root + "/cache"
        let cold = try SpecLoader.load(path: specPath, cache: SpecCache(directory: cache))
        let vocabulary = Vocabulary(cold.spec)
        let largeCount = short ? 400 : 2000
        let large = try RepositoryGenerator(root: root + "/large", spec: specPath, vocabulary: vocabulary)
            .generate(modules: largeCount, filesPerModule: 5)
        let typical = try RepositoryGenerator(root: root + "/typical", spec: specPath, vocabulary: vocabulary)
            .generate(modules: 10, filesPerModule: 5)
        let environment = ["SCOPECHECK_CACHE_DIR": cache, "HOME": root]
        let threads = ProcessInfo.processInfo.activeProcessorCount
        print("scale benchmark: spec \(specPath) (\(cold.spec.operations.count) operations), \(threads) cores")

        let typicalRuns = try (0..<(short ? 1 : 10)).map { _ in try lint(typical, environment: environment) }
        let largeRuns = try (0..<(short ? 1 : 3)).map { _ in try lint(large, environment: environment) }
        for runs in [typicalRuns, largeRuns] where Set(runs.map(\.json)).count != 1 {
            throw BenchmarkError("the JSON report differs between runs of the same repository")
        }
        print(
            pad("repository", 30) + pad("modules", 9, right: true) + pad("files", 8, right: true)
                + pad("findings", 10, right: true) + pad("min ms", 10, right: true)
                + pad("median ms", 11, right: true) + pad("modules/s", 11, right: true))
        for (name, repository, runs) in [
            ("typical (50 files)", typical, typicalRuns), ("large (\(largeCount) modules)", large, largeRuns),
        ] {
            let times = runs.map(\.total).sorted()
            let minimum = milliseconds(times[0])
            print(
                pad(name, 30) + pad("\(runs[0].modules)", 9, right: true) + pad("\(runs[0].files)", 8, right: true)
                    + pad("\(runs[0].findings)", 10, right: true) + pad(format(minimum, 1), 10, right: true)
                    + pad(format(milliseconds(times[times.count / 2]), 1), 11, right: true)
                    + pad(format(Double(repository.modules) / max(minimum, 0.001) * 1000, 0), 11, right: true))
        }
        let last = largeRuns[largeRuns.count - 1]
        print(
            "  large, last run: lint session \(format(milliseconds(last.session), 1)) ms, text report "
                + "\(format(milliseconds(last.text), 1)) ms, JSON report \(format(milliseconds(last.render), 1)) ms")
        let deployerRuns = try (0..<(short ? 1 : 3)).map { _ in try deployer(large, environment: environment) }
        guard Set(deployerRuns.map(\.hcl)).count == 1 else {
            throw BenchmarkError("scopecheck deployer printed different roles for the same repository")
        }
        let deployerTimes = deployerRuns.map(\.time).sorted()
        print(
            "  deployer (large, plan and apply roles of every module): min \(format(milliseconds(deployerTimes[0]), 1)) ms, "
                + "median \(format(milliseconds(deployerTimes[deployerTimes.count / 2]), 1)) ms, "
                + "\(deployerRuns[0].calls) provider calls")
        let loading = compareLoading(large)
        print(
            "  module loading alone (large): \(format(loading.parallel, 1)) ms on \(threads) threads, "
                + "\(format(loading.sequential, 1)) ms on 1 thread")
        print(
            "  peak RSS: \(PeakMemory.residentHighWaterMark().map { format(Double($0) / 1_048_576, 1) + " MiB" } ?? "unavailable")"
        )
        let typicalMinimum = milliseconds(typicalRuns.map(\.total).min() ?? .zero)
        let largeMinimum = milliseconds(largeRuns.map(\.total).min() ?? .zero)
        let deployerMinimum = milliseconds(deployerTimes[0])
        print(
            "  targets (release build): typical ≤ 150 ms: \(typicalMinimum <= 150 ? "met" : "NOT met"); "
                + (short
                    ? "large and deployer ≤ 2000 ms: not checked in --short mode"
                    : "large ≤ 2000 ms: \(largeMinimum <= 2000 ? "met" : "NOT met"); "
                        + "deployer ≤ 2000 ms: \(deployerMinimum <= 2000 ? "met" : "NOT met")"))
    }

    /// What `scopecheck deployer --recursive ROOT` does: the analysis with the provider's calls,
    /// then both phases' roles of every module, printed as HCL.
    private static func deployer(_ repository: GeneratedRepository, environment: [String: String]) throws
        -> (time: Duration, hcl: String, calls: Int)
    {
        let clock = ContinuousClock()
        let start = clock.now
        var request = AnalysisRequest(
            paths: [repository.root], recursive: true, workingDirectory: repository.root, environment: environment)
        request.includesDeployer = true
        let graph = try Analysis.load(request, knownRules: RuleRegistry.ids).graph
        let hcl = DeployerSuggestion.all(graph.deployers).map(\.hcl).joined(separator: "\n")
        let time = start.duration(to: clock.now)
        guard graph.deployers.count == repository.modules else {
            throw BenchmarkError("deployer read \(graph.deployers.count) modules, generated \(repository.modules)")
        }
        return (time, hcl, graph.deployers.reduce(0) { $0 + $1.calls.count })
    }

    /// One lint of a generated repository: what `scopecheck lint --recursive ROOT` does, with the
    /// text report (with source excerpts) and the JSON report rendered.
    private struct LintRun {
        var modules: Int
        var files: Int
        var findings: Int
        var session: Duration
        var text: Duration
        var render: Duration
        var json: String
        var total: Duration { session + text + render }
    }

    private static func lint(_ repository: GeneratedRepository, environment: [String: String]) throws -> LintRun {
        let clock = ContinuousClock()
        let start = clock.now
        let session = try LintSession.run(
            AnalysisRequest(
                paths: [repository.root], recursive: true, workingDirectory: repository.root, environment: environment))
        let sessionEnd = clock.now
        let report = LintReport(
            findings: session.result.findings, rules: session.result.rules, toolVersion: "bench",
            specs: session.graph.specs.specs.map { SpecSummary($0.spec) },
            modulesAnalyzed: session.graph.modules.count, filesAnalyzed: session.filesAnalyzed.count)
        let sources = session.graph.sourceFiles.lines
        let text = ReportFormat.text.writer(sourceLines: session.result.redactor.redacting(sources)).render(report)
        let textEnd = clock.now
        let json = ReportFormat.json.writer().render(report)
        let end = clock.now
        guard !text.isEmpty, session.graph.modules.count == repository.modules else {
            throw BenchmarkError("linted \(session.graph.modules.count) modules, generated \(repository.modules)")
        }
        return LintRun(
            modules: session.graph.modules.count, files: session.filesAnalyzed.count,
            findings: session.result.findings.count, session: start.duration(to: sessionEnd),
            text: sessionEnd.duration(to: textEnd), render: textEnd.duration(to: end), json: json)
    }

    /// Module loading alone, on every core and on one thread, in milliseconds.
    private static func compareLoading(_ repository: GeneratedRepository) -> (parallel: Double, sequential: Double) {
        let clock = ContinuousClock()
        let options = TerraformLoadOptions(environment: [:])
        let parallel = clock.measure {
            _ = AnalyzedModule.load(directories: repository.moduleDirectories, options: options)
        }
        let sequential = clock.measure {
            _ = AnalyzedModule.load(directories: repository.moduleDirectories, options: options, threads: 1)
        }
        return (milliseconds(parallel), milliseconds(sequential))
    }
}
