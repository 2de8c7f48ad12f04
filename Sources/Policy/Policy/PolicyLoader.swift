import Core
import Foundation
import Syntax

/// Loads a policy from files and directories (`--policy FILE|DIR`, `policies = [...]`).
public enum PolicyLoader {
    /// Loads every policy file of `paths`: a file as is, a directory as every `*.hcl` file
    /// directly inside it, sorted by name. A file named twice is read once. Missing paths and
    /// unreadable files are error diagnostics without a range.
    public static func load(paths: [String]) -> Policy {
        let (files, problems) = policyFiles(in: paths)
        var sources: [(path: String, bytes: [UInt8])] = []
        var diagnostics = problems
        for file in files {
            switch InputFile.read(file) {
            case .success(let bytes): sources.append((file, bytes))
            case .failure(let problem):
                let reason = problem.isMissing ? "" : ": it \(problem)"
                diagnostics.append(.error("Can't read the policy file \(file)\(reason)", at: nil))
            }
        }
        var policy = parse(sources: sources)
        policy.diagnostics = diagnostics + policy.diagnostics
        return policy
    }

    /// Reads policy files already in memory, in the order given, and puts them together.
    public static func parse(sources: [(path: String, bytes: [UInt8])]) -> Policy {
        let files = sources.map { HCLParser.parseFile(bytes: $0.bytes, path: $0.path) }
        var policy = PolicyAssembly.combine(files.map(PolicyFileReader.read))
        policy.sources = files.map(\.source)
        return policy
    }

    /// Reads one policy file's text.
    public static func parse(_ text: String, path: String) -> Policy {
        parse(sources: [(path, Array(text.utf8))])
    }

    /// The files `paths` stand for, in order, each once, and the problems finding them.
    static func policyFiles(in paths: [String]) -> ([String], [Diagnostic]) {
        var files: [String] = []
        var seen = Set<String>()
        var diagnostics: [Diagnostic] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(.error("Policy file or directory not found: \(path)", at: nil))
                continue
            }
            var found = [path]
            if isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                found = names.filter { $0.hasSuffix(".hcl") }.sorted().map { PathResolution.join(path, $0) }
                    .filter { !isDirectoryPath($0) }
                if found.isEmpty {
                    diagnostics.append(.warning("No policy files (*.hcl) in the directory \(path)", at: nil))
                }
            }
            for file in found where seen.insert(PathResolution.normalize(file)).inserted {
                files.append(file)
            }
        }
        return (files, diagnostics)
    }

    private static func isDirectoryPath(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
