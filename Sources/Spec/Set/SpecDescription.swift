/// What `scopecheck spec info` shows about a spec of the set.
public struct SpecDescription: Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var title: String
    public var version: String
    /// `swagger-2.0`, `openapi-3.0` or `openapi-3.1`.
    public var format: String
    /// How scope lists are read, and why.
    public var scopeListReading: ScopeListReading
    /// XXH64 of the file, 16 hex digits.
    public var contentHash: String
    public var contentLength: Int
    public var operationCount: Int
    public var scopeCount: Int
    public var permissionCount: Int
    /// The hosts the document declares.
    public var declaredHosts: [String]
    /// The host the spec is bound to, if any.
    public var boundHost: String?
    /// The overlays applied, in order.
    public var overlays: [String]

    public init(_ member: SpecSetMember) {
        self.init(member.spec, boundHost: member.boundHost)
    }

    public init(_ spec: APISpec, boundHost: String? = nil) {
        path = spec.source
        title = spec.title
        version = spec.version
        format = spec.format
        scopeListReading = spec.scopeListReading
        contentHash = spec.contentHash
        contentLength = spec.contentLength
        operationCount = spec.operations.count
        scopeCount = spec.scopes.count
        permissionCount = spec.permissions.count
        declaredHosts = spec.hosts
        self.boundHost = boundHost
        overlays = spec.overlays
    }

    /// The description as `label: value` rows, in display order.
    public var rows: [(label: String, value: String)] {
        [
            ("spec", path), ("title", title), ("version", version), ("format", format),
            ("scope lists", scopeListReading.description), ("hash", "xxh64:\(contentHash) (\(contentLength) bytes)"),
            ("operations", "\(operationCount)"), ("scopes", "\(scopeCount)"), ("permissions", "\(permissionCount)"),
            ("hosts", declaredHosts.isEmpty ? "(none declared)" : declaredHosts.joined(separator: ", ")),
            ("bound to", boundHost ?? "(not bound)"),
            ("overlays", overlays.isEmpty ? "(none)" : overlays.joined(separator: ", ")),
        ]
    }

    /// One `label: value` line per row, labels aligned.
    public var description: String {
        let rows = rows
        let width = rows.map(\.label.count).max() ?? 0
        return rows.map { $0.label + ":" + String(repeating: " ", count: width - $0.label.count + 1) + $0.value }
            .joined(separator: "\n")
    }
}
