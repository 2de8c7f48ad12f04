import Core
import Foundation
import Syntax

/// State shared by every module instance scope while one configuration is evaluated: the
/// modules read, the root variable values, the diagnostics, and the stack of values being
/// computed, which turns reference cycles into diagnostics instead of endless recursion.
final class ConfigurationEvaluation {
    let provider: ProviderSchema
    /// The root module directory: relative paths of `file()` start here, as they do when
    /// Terraform runs in the root module.
    let rootDirectory: String
    /// `path.cwd`: the root directory made absolute.
    let workingDirectory: String
    let rootVariables: [String: ResolvedVariable]
    private let modulesByPath: [[String]: TerraformModule]
    private(set) var diagnostics: [Diagnostic] = []
    private var inProgress: [String] = []
    /// The work and size limits of the whole configuration.
    let budget = EvaluationBudget()

    /// The longest chain of values computed from one another (`local.a` needs `local.b` needs ...).
    static let maximumChain = 128

    init(modules: [TerraformModule], rootVariables: [ResolvedVariable], rootDirectory: String, provider: ProviderSchema)
    {
        self.provider = provider
        self.rootDirectory = rootDirectory
        self.workingDirectory = URL(fileURLWithPath: rootDirectory).standardizedFileURL.path
        self.rootVariables = Dictionary(rootVariables.map { ($0.name, $0) }) { first, _ in first }
        self.modulesByPath = Dictionary(modules.map { ($0.path, $0) }) { first, _ in first }
    }

    /// The loaded module with call path `path`, nil when it was not loaded (remote source,
    /// unreadable directory, source loop).
    func module(path: [String]) -> TerraformModule? { modulesByPath[path] }

    func report(_ more: [Diagnostic]) {
        diagnostics += more
    }

    /// Computes the value named `key` (`local.a`, `genesyscloud_auth_role.x`) with `compute`,
    /// unless `key` is already being computed: then the chain of keys from it back to itself is
    /// a cycle, reported at `range`, and the result is `onCycle` of an unknown naming the cycle.
    func guarded<T>(_ key: String, range: SourceRange?, onCycle: (Unknown) -> T, _ compute: () -> T) -> T {
        if inProgress.count >= Self.maximumChain {
            let detail =
                "more than \(Self.maximumChain) values depend on each other in one chain, from \(inProgress[0]) to \(key)"
            diagnostics.append(.error("References nested too deeply", detail: detail, at: range))
            return onCycle(Unknown(reason: detail, range: range))
        }
        if let start = inProgress.firstIndex(of: key) {
            let cycle = (inProgress[start...] + [key]).joined(separator: " → ")
            diagnostics.append(
                .error(
                    "Cycle in references", detail: "\(cycle): these values refer to each other, so none can be known",
                    at: range))
            return onCycle(Unknown(reason: "cycle: \(cycle)", range: range))
        }
        inProgress.append(key)
        defer { inProgress.removeLast() }
        return compute()
    }
}
