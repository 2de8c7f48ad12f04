import Core
import Foundation
import Graph
import Policy
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

    /// Scans the files under `roots` for calls `client` makes and resolves them in the
    /// requirement graph of the specs in force (a call is governed by the first spec that knows
    /// it).
    public static func discover(
        _ roots: [String], specs: SpecCatalog, client: ClientSelector = .address(placeholderClient)
    ) throws(InputError) -> Discovery {
        let scan = try scan(roots, specs: specs)
        let source = DiscoveredCallSource(mentions: scan.mentions, caller: .client(client))
        let graph = RequirementGraph(modules: [], specs: specs, policy: Policy(), sources: [source])
        let calls = zip(scan.mentions, graph.calls).map { mention, call in resolved(mention, call, specs: specs) }
        return Discovery(
            calls: calls, filesScanned: scan.filesScanned, skipped: scan.skipped, specName: specs.names, roots: roots)
    }

    /// The API calls mentioned in the files under `roots`, not yet resolved, with the files
    /// read and passed over.
    public static func scan(_ roots: [String], specs: SpecCatalog) throws(InputError) -> SourceScan {
        let methods = SDKMethodIndex(specs.specs.map(\.spec))
        var result = SourceScan(mentions: [], filesScanned: 0, skipped: [])
        for entry in try SourceWalker.files(under: roots) {
            let bytes: [UInt8]
            switch InputFile.read(entry.path, limit: sizeLimit) {
            case .success(let read): bytes = read
            case .failure(let problem):
                let reason = problem.isTooLarge ? "larger than \(sizeLimit / 1024 / 1024) MB" : "cannot be read"
                result.skipped.append(.init(file: entry.path, reason: reason))
                continue
            }
            guard !bytes.prefix(binaryProbe).contains(0) else {
                result.skipped.append(.init(file: entry.path, reason: "binary"))
                continue
            }
            result.filesScanned += 1
            let language = SourceLanguage.of(fileName: (entry.path as NSString).lastPathComponent)
            result.mentions += scan(bytes, file: entry.path, language: language, methods: methods)
        }
        return result
    }

    /// What `scan` found: the calls mentioned, the number of files read, the files passed over.
    public struct SourceScan: Sendable {
        public var mentions: [DiscoveredCall]
        public var filesScanned: Int
        public var skipped: [Discovery.Skipped]
    }

    /// The client address written into the policy when none is named.
    public static let placeholderClient = "genesyscloud_oauth_client.CLIENT_NAME"

    /// The calls mentioned in one file's bytes, sorted by position, not yet resolved.
    static func scan(_ bytes: [UInt8], file: String, language: SourceLanguage?, methods: SDKMethodIndex)
        -> [DiscoveredCall]
    {
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
            calls.append(
                DiscoveredCall(
                    file: file, line: line, column: column, evidence: .path, match: found.written, operation: nil,
                    confidence: .low, methodSeen: method, lookup: found.lookup))
        }
        return calls.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// A mention with the operation the graph resolved its call to, and the confidence that
    /// gives it: a path with a visible method the spec has on it is `high`; without one, a path
    /// holding a single operation is `medium`, others are `low` with the path's operations as
    /// candidates.
    private static func resolved(_ mention: DiscoveredCall, _ call: ResolvedCall, specs: SpecCatalog)
        -> DiscoveredCall
    {
        var mention = mention
        let operation = call.governing.first?.operation
        guard mention.evidence == .path else {
            mention.operation = operation
            return mention
        }
        let candidates = specs.operations(atPath: mention.lookup)
        if mention.methodSeen != nil, let operation {
            mention.operation = operation
            mention.confidence = .high
        } else if candidates.count == 1 {
            mention.operation = candidates[0]
            mention.confidence = .medium
        } else {
            mention.candidates = candidates
        }
        return mention
    }
}
