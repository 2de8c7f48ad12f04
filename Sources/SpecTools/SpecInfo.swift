import Core
import Spec

/// What `scopecheck spec info` reports: the spec's identity and counts, and its cache state.
public struct SpecInfo: Equatable, Sendable {
    public var spec: SpecDescription
    public var cache: SpecCacheState

    public init(spec: SpecDescription, cache: SpecCacheState) {
        self.spec = spec
        self.cache = cache
    }

    /// Loads the spec at `path` through `cache` and describes it.
    public static func load(path: String, cache: SpecCache?) throws(SpecError) -> SpecInfo {
        let loaded = try SpecLoader.load(path: path, cache: cache)
        return SpecInfo(
            spec: SpecDescription(loaded.spec),
            cache: SpecCacheState(loaded.cacheOutcome, spec: loaded.spec, cache: cache))
    }

    /// `label: value` lines, labels aligned, ending with a newline.
    public var text: String {
        let rows = spec.rows + [("cache", cache.description)]
        let width = rows.map(\.label.count).max() ?? 0
        return rows.map { $0.label + ":" + String(repeating: " ", count: width - $0.label.count + 1) + $0.value }
            .joined(separator: "\n") + "\n"
    }

    /// The same facts as a JSON object.
    public var json: JSONOutput {
        .fields([
            ("path", .string(spec.path)),
            ("title", .string(spec.title)),
            ("version", .string(spec.version)),
            ("format", .string(spec.format)),
            ("scopeListSemantics", .string(spec.scopeListReading.semantics.rawValue)),
            ("hash", .string("xxh64:\(spec.contentHash)")),
            ("bytes", .int(spec.contentLength)),
            ("operations", .int(spec.operationCount)),
            ("scopes", .int(spec.scopeCount)),
            ("permissions", .int(spec.permissionCount)),
            ("hosts", .array(spec.declaredHosts.map(JSONOutput.string))),
            ("cache", .fields([("state", .string(cache.name)), ("index", cache.indexPath.map(JSONOutput.string))])),
        ])
    }
}
