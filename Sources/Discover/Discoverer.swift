import Core
import Foundation
import Graph
import Spec

/// Finds the Genesys Cloud API operations an application calls by scanning its source for SDK
/// method calls and `/api/v2/...` paths, matched against a spec.
///
/// Confidence:
/// - SDK calls: `high` when the name is spelt exactly as the file's SDK spells it and called
///   on a receiver (`api.postAnalyticsConversationsDetailsQuery(`); one level lower for another
///   casing, and one level lower again without a receiver (a function of the application with
///   an operation's name is less likely an SDK call).
/// - Paths: `high` when an HTTP method is written near it (same line, or the 3 lines before or
///   after) and the spec has that method on the path; `medium` when no method is visible but
///   the path has a single operation; `low` otherwise, with the candidate operations, and for
///   paths the spec does not have.
public enum Discoverer {
    /// The largest file read, in bytes.
    public static let sizeLimit = 2 * 1024 * 1024
    /// How many leading bytes are checked for NUL to tell binary files.
    static let binaryProbe = 8 * 1024

    /// Scans the files under `roots` against the specs in force (a name or path is matched in
    /// the first spec that knows it).
    public static func discover(_ roots: [String], specs: SpecCatalog) throws(InputError) -> Discovery {
        let indexes = specs.specs.map(\.index)
        let methods = SDKMethodIndex(specs.specs.map(\.spec))
        var calls: [DiscoveredCall] = []
        var skipped: [Discovery.Skipped] = []
        var scanned = 0
        for entry in try SourceWalker.files(under: roots) {
            let size = (try? FileManager.default.attributesOfItem(atPath: entry.path)[.size] as? Int) ?? 0
            guard size <= sizeLimit else {
                skipped.append(.init(file: entry.path, reason: "larger than \(sizeLimit / 1024 / 1024) MB"))
                continue
            }
            guard let data = FileManager.default.contents(atPath: entry.path) else {
                skipped.append(.init(file: entry.path, reason: "cannot be read"))
                continue
            }
            let bytes = [UInt8](data)
            guard !bytes.prefix(binaryProbe).contains(0) else {
                skipped.append(.init(file: entry.path, reason: "binary"))
                continue
            }
            scanned += 1
            let language = SourceLanguage.of(fileName: (entry.path as NSString).lastPathComponent)
            calls += scan(bytes, file: entry.path, language: language, indexes: indexes, methods: methods)
        }
        return Discovery(calls: calls, filesScanned: scanned, skipped: skipped, specName: specs.names, roots: roots)
    }

    /// The calls in one file's bytes, sorted by position.
    static func scan(
        _ bytes: [UInt8], file: String, language: SourceLanguage?, indexes: [OperationIndex], methods: SDKMethodIndex
    ) -> [DiscoveredCall] {
        let lines = LineTable(bytes)
        var calls: [DiscoveredCall] = []
        if let casing = language?.sdkCasing {
            for found in SDKCallScanner.calls(in: bytes, casing: casing, index: methods) {
                let line = lines.line(of: found.offset)
                var confidence: DiscoveredCall.Confidence = found.match.exactCasing ? .high : .medium
                if !found.hasReceiver { confidence = confidence == .high ? .medium : .low }
                calls.append(
                    DiscoveredCall(
                        file: file, line: line, column: found.offset - (lines.starts[line - 1]) + 1,
                        evidence: .sdkMethod, match: found.identifier, operation: found.match.operation,
                        confidence: confidence))
            }
        }
        for found in PathScanner.paths(in: bytes) {
            let line = lines.line(of: found.offset)
            let column = found.offset - lines.starts[line - 1] + 1
            let method = MethodHint.method(near: found.offset, line: line, in: bytes, lines: lines)
            let candidates = indexes.lazy.map { $0.operations(atPath: found.lookup) }.first { !$0.isEmpty } ?? []
            var call = DiscoveredCall(
                file: file, line: line, column: column, evidence: .path, match: found.written, operation: nil,
                confidence: .low, methodSeen: method)
            if let method, let operation = candidates.first(where: { $0.method == method }) {
                call.operation = operation
                call.confidence = .high
            } else if candidates.count == 1 {
                call.operation = candidates[0]
                call.confidence = .medium
            } else {
                call.candidates = candidates
            }
            calls.append(call)
        }
        return calls.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }
}
