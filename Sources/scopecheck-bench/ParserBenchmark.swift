import Core
import Foundation
import Syntax

/// `scopecheck-bench parser [DIR] [--short]`: parses every `.tf` file under DIR (default
/// `../shared/corpus/terraform`) several times and prints files/s, MB/s and the error count.
/// Exits 2 when DIR is missing, 1 when any file has errors.
enum ParserBenchmark {
    static func run(arguments: [String]) -> Int32 {
        let short = arguments.contains("--short")
        let paths = arguments.filter { $0 != "--short" }
        guard paths.count <= 1 else {
            printError("usage: scopecheck-bench parser [DIR] [--short]")
            return 2
        }
        let directory = paths.first ?? "../shared/corpus/terraform"
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            printError("scopecheck-bench parser: directory not found: \(directory)")
            return 2
        }
        let files = loadFiles(under: directory)
        guard !files.isEmpty else {
            printError("scopecheck-bench parser: no .tf files under \(directory)")
            return 2
        }
        let rounds = short ? 3 : 30
        let totalBytes = files.reduce(0) { $0 + $1.bytes.count }

        var filesWithErrors: [Diagnostic] = []
        var errorCount = 0
        for file in files {
            let errors = HCLParser.parseFile(bytes: file.bytes, path: file.path).diagnostics.filter {
                $0.severity == .error
            }
            errorCount += errors.count
            if let first = errors.first { filesWithErrors.append(first) }
        }

        let clock = ContinuousClock()
        var checksum = 0
        let elapsed = clock.measure {
            for _ in 0..<rounds {
                for file in files {
                    checksum &+= HCLParser.parseFile(bytes: file.bytes, path: file.path).body.blocks.count
                }
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let parsedFiles = Double(files.count * rounds)
        let megabytes = Double(totalBytes * rounds) / 1_000_000
        print("parser: \(files.count) files, \(totalBytes) bytes, \(rounds) rounds, \(checksum) blocks")
        print(
            String(
                format: "parser: %.0f files/s, %.2f MB/s, %.3f s", parsedFiles / seconds, megabytes / seconds, seconds))
        print("parser: \(errorCount) errors in \(filesWithErrors.count) files")
        for diagnostic in filesWithErrors.prefix(20) { print("  \(diagnostic.description)") }
        return filesWithErrors.isEmpty ? 0 : 1
    }

    private struct SourceFile {
        var path: String
        var bytes: [UInt8]
    }

    /// The `.tf` files under `directory`, sorted by path.
    private static func loadFiles(under directory: String) -> [SourceFile] {
        let root = URL(fileURLWithPath: directory)
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            return []
        }
        var files: [SourceFile] = []
        for case let url as URL in enumerator where url.pathExtension == "tf" {
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            files.append(SourceFile(path: url.path, bytes: [UInt8](data)))
        }
        return files.sorted { $0.path < $1.path }
    }

    private static func printError(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
