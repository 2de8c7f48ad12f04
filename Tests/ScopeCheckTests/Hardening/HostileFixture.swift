import Foundation

@testable import Graph
@testable import Lint
@testable import Policy
@testable import Rules
@testable import Spec

/// Modules written byte for byte for the hostile-input tests, linted as `scopecheck lint` does
/// against the bundled sample spec. Each module also holds `good.tf`, a client with an unknown
/// scope: its finding shows that the module's other files were still analysed.
enum HostileFixture {
    static let sampleSpec = TestSupport.packageRoot.appendingPathComponent(
        "samples/spec/genesys-platform-sample.json"
    ).path

    static let goodFile = """
        resource "genesyscloud_oauth_client" "good" {
          name                  = "Good"
          authorized_grant_type = "CODE"
          scopes                = ["analytics:view"]
        }

        """

    /// The finding of `good.tf`, as `describe` prints it.
    static let goodFinding =
        "good.tf:4:28 unknown-scope: scope \"analytics:view\" is not defined by the API spec in force (\(sampleSpec)): the OAuth API rejects it and it grants nothing; did you mean analytics:readonly, analytics?"

    /// A new directory holding `files` (relative path → bytes; folders are created) and, unless
    /// `good` is false, `good.tf`.
    static func module(_ files: [String: [UInt8]], good: Bool = true) throws -> URL {
        let root = try TestSupport.temporaryDirectory()
        var all = files
        if good { all["good.tf"] = Array(goodFile.utf8) }
        for (path, bytes) in all {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        return root
    }

    /// `module` with text files.
    static func module(text files: [String: String], good: Bool = true) throws -> URL {
        try module(files.mapValues { Array($0.utf8) }, good: good)
    }

    /// The findings of `scopecheck lint DIRECTORY --spec <sample>` (with `--recursive` when
    /// asked), each as `file:line:column rule: message` with the file relative to the directory.
    static func lint(_ directory: URL, recursive: Bool = false) throws -> [String] {
        try session(directory, recursive: recursive).result.findings.map { describe($0, in: directory) }
    }

    /// The lint session of `lint(_:recursive:)`.
    static func session(_ directory: URL, recursive: Bool = false) throws -> LintSession {
        try LintSession.run(
            AnalysisRequest(
                paths: [directory.path], recursive: recursive,
                overrides: ConfigOverrides(specs: [SpecBinding(path: sampleSpec)]),
                workingDirectory: directory.path, environment: [:]))
    }

    static func describe(_ finding: Finding, in directory: URL) -> String {
        let start = finding.range.start
        return
            "\(relative(finding.range.file, to: directory)):\(start.line):\(start.column) \(finding.rule): \(finding.message)"
    }

    /// `path` without the directory (and the `/private` prefix some systems add to temp paths).
    static func relative(_ path: String, to directory: URL) -> String {
        for prefix in [directory.path + "/", "/private" + directory.path + "/"] where path.hasPrefix(prefix) {
            return String(path.dropFirst(prefix.count))
        }
        return path
    }

    /// A parse error of `bad.tf` as `describe` prints it.
    static func parseError(_ position: String, _ message: String) -> String {
        parseError(in: "bad.tf", position, message)
    }

    /// A parse error of `file` as `describe` prints it.
    static func parseError(in file: String, _ position: String, _ message: String) -> String {
        "\(file):\(position) parse-error: \(message)"
    }
}
