import Foundation

/// Runs the built `scopecheck` executable, as a user would, and captures what it prints.
enum CommandRunner {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `scopecheck` binary next to the test bundle (SwiftPM builds both into one folder).
    static let executable: URL? = {
        let runner = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).resolvingSymlinksInPath()
        var directory = runner.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("scopecheck")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue
            {
                return candidate
            }
            directory = directory.deletingLastPathComponent()
        }
        let fallback = TestSupport.packageRoot.appendingPathComponent(".build/debug/scopecheck")
        return FileManager.default.fileExists(atPath: fallback.path) ? fallback : nil
    }()

    /// Runs `scopecheck arguments...` in `directory` (default: the package root) with
    /// `environment` added to a clean environment (no colour, a private cache).
    static func run(
        _ arguments: [String], in directory: URL = TestSupport.packageRoot, environment: [String: String] = [:]
    ) throws -> Output {
        guard let executable else { throw CocoaError(.fileNoSuchFile) }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ["PATH": "/usr/bin:/bin", "NO_COLOR": "1", "SCOPECHECK_CACHE_DIR": cacheDirectory.path]
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A cache directory private to this test run.
    static let cacheDirectory: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "scopecheck-cli-cache-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()
}
