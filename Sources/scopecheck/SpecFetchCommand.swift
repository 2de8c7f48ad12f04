import Foundation
import Spec
import SpecFetch

/// `scopecheck spec fetch [--region REGION | --url URL] [--output FILE]`.
enum SpecFetchCommand {
    static func run(_ arguments: ParsedArguments, operands: [String], console: Console) throws
        -> ExitStatus
    {
        guard operands.isEmpty else { throw UsageError("spec fetch takes no operands; use --region or --url") }
        let url = try source(arguments)
        let environment = ProcessInfo.processInfo.environment
        guard let destination = arguments.value("--output") ?? SpecFetcher.defaultDestination(environment: environment)
        else {
            throw UsageError("no cache directory (HOME is not set): pass --output FILE")
        }
        let progress = ProgressLine(label: "downloading \(url.absoluteString)", enabled: isatty(STDERR_FILENO) == 1)
        do {
            let result = try SpecFetcher().fetch(
                url, to: destination, cache: SpecCache.standard(environment: environment), progress: progress.show)
            progress.finish()
            console.out(summary(result))
            return .success
        } catch {
            progress.finish()
            // A download that fails is an error of the environment (the network, the server),
            // which every command reports with 2, not a failed check.
            console.error("scopecheck spec fetch: error: \(error.description)\nnothing was written to \(destination)")
            return .usage
        }
    }

    /// The URL `--url` names, or the swagger URL of `--region` (default us-east-1).
    private static func source(_ arguments: ParsedArguments) throws -> URL {
        if let text = arguments.value("--url") {
            guard arguments.value("--region") == nil else {
                throw UsageError("give either --region or --url, not both")
            }
            guard let url = URL(string: text), let scheme = url.scheme?.lowercased(),
                scheme == "https" || scheme == "http",
                url.host != nil
            else { throw UsageError("--url takes an http(s) URL, not '\(text)'") }
            return url
        }
        let name = arguments.value("--region") ?? "us-east-1"
        guard let region = GenesysRegion.named(name), let url = URL(string: region.swaggerURL) else {
            throw UsageError("unknown region '\(name)'; regions (name or domain):\n\(GenesysRegion.table)")
        }
        return url
    }

    private static func summary(_ result: SpecFetchResult) -> String {
        let spec = result.description
        let cache =
            switch result.cacheOutcome {
            case .hit: "index already cached"
            case .stored: "index cached"
            case .notStored: "index not cached (cache directory not writable)"
            case .disabled: "no index cache"
            }
        return """
            wrote \(result.path) (\(result.bytes) bytes) from \(result.url)
            \(spec.title) \(spec.version) (\(spec.format)): \(spec.operationCount) operations, \(spec.scopeCount) scopes, \
            \(spec.permissionCount) permissions, xxh64:\(spec.contentHash); \(cache)

            """
    }
}

/// A one-line progress display on standard error, redrawn in place; silent when standard error
/// is not a terminal, so logs and pipes only see the result.
final class ProgressLine: @unchecked Sendable {
    private let label: String
    private let enabled: Bool
    private let lock = NSLock()
    private var lastDraw = ContinuousClock.now - .seconds(1)
    private var drawn = false

    init(label: String, enabled: Bool) {
        self.label = label
        self.enabled = enabled
    }

    /// Redraws the line, at most ten times a second.
    @Sendable func show(_ progress: DownloadProgress) {
        guard enabled else { return }
        lock.withLock {
            let now = ContinuousClock.now
            guard now - lastDraw >= .milliseconds(100) || progress.received == progress.expected else { return }
            lastDraw = now
            drawn = true
            FileHandle.standardError.write(Data("\r\u{1B}[K\(label): \(progress)".utf8))
        }
    }

    /// Ends the line, if one was drawn.
    func finish() {
        lock.withLock {
            if drawn { FileHandle.standardError.write(Data("\n".utf8)) }
            drawn = false
        }
    }
}
