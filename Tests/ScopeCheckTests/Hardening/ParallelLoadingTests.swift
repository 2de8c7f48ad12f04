import Foundation
import Testing

@testable import Core
@testable import Graph
@testable import Lint
@testable import Policy
@testable import Report
@testable import Spec
@testable import Terraform

/// Modules load in parallel on a bounded number of large-stack threads, and the result — and
/// every report built from it — is the same as loading them one by one.
@Suite struct ParallelLoadingTests {
    @Test(arguments: [1, 2, 8])
    func resultsComeInIndexOrder(threads: Int) {
        let squares = LargeStackThread.map(count: 200, threads: threads) { index in index * index }
        #expect(squares == (0..<200).map { $0 * $0 })
        #expect(LargeStackThread.map(count: 0, threads: threads) { $0 }.isEmpty)
    }

    @Test func noMoreThreadsThanAskedWorkAtOnce() {
        let gauge = ConcurrencyGauge()
        _ = LargeStackThread.map(count: 64, threads: 3) { _ in
            gauge.enter()
            usleep(2000)
            gauge.leave()
        }
        #expect(gauge.highest >= 1)
        #expect(gauge.highest <= 3)
    }

    /// The work runs on a stack large enough for deep recursion (the reason for the threads).
    @Test func workGetsALargeStack() {
        #expect(LargeStackThread.run { Self.depth(200_000) } == 200_000)
    }

    /// Recurses `level` times with a few hundred bytes per frame (far beyond an 8 MB stack).
    private static func depth(_ level: Int) -> Int {
        var padding = (level, level, level, level, level, level, level, level)
        withUnsafeMutablePointer(to: &padding) { _ in }
        return level == 0 ? 0 : 1 + depth(level - 1)
    }

    @Test func parallelLoadingEqualsSequentialLoading() throws {
        let root = try TestSupport.temporaryDirectory()
        var directories: [String] = []
        for index in 0..<24 {
            let directory = root.appendingPathComponent("m\(index)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let scope = index % 3 == 0 ? "analytics:view" : "analytics:readonly"
            try """
            locals { n = \(index) }
            resource "genesyscloud_oauth_client" "c" {
              count                 = local.n % 4
              name                  = "c${count.index}"
              authorized_grant_type = "CODE"
              scopes                = ["\(scope)"]
            }
            resource "genesyscloud_auth_role" "r" {
              name = "r\(index)"
              permission_policies {
                domain      = "routing"
                entity_name = "queue"
                action_set  = ["view"]
              }
            }
            \(index == 5 ? "locals { broken = [ }" : "")
            """.write(to: directory.appendingPathComponent("main.tf"), atomically: true, encoding: .utf8)
            directories.append(directory.path)
        }
        let options = TerraformLoadOptions(environment: [:])
        let summary = { (modules: [AnalyzedModule]) in
            modules.map { module in
                "\(module.directory) \(module.configuration.resources.map(\.address)) \(module.configuration.diagnostics.map(\.description))"
            }
        }
        let parallel = AnalyzedModule.load(directories: directories, options: options, threads: 4)
        let sequential = AnalyzedModule.load(directories: directories, options: options, threads: 1)
        #expect(summary(parallel) == summary(sequential))
        #expect(parallel.map(\.directory) == directories)

        let specs = try SpecCatalogLoader.load(
            bindings: [SpecBinding(path: HostileFixture.sampleSpec)], overlays: [], workingDirectory: root.path,
            environment: [:]
        ).0
        let reports = [parallel, sequential].map { modules in
            let result = Linter.run(
                RequirementGraph(modules: modules, specs: specs, policy: Policy()), config: ScopeCheckConfig())
            return JSONReportWriter().render(
                LintReport(findings: result.findings, rules: result.rules, toolVersion: "test"))
        }
        #expect(reports[0] == reports[1])
        #expect(reports[0].contains("unknown-scope"))
    }
}

/// Counts how many closures are inside `enter`/`leave` at once.
private final class ConcurrencyGauge: @unchecked Sendable {
    private let lock = NSLock()
    private var current = 0
    private(set) var highest = 0

    func enter() {
        lock.withLock {
            current += 1
            highest = max(highest, current)
        }
    }

    func leave() {
        lock.withLock { current -= 1 }
    }
}
