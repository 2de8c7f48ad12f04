import Core

/// What scopecheck knows of an API description: its identity, the OAuth scope catalogue, and
/// every operation with its scope and permission requirements.
public struct APISpec: Equatable, Sendable {
    /// Where the spec was read from (a file path, as given).
    public let source: String
    /// `info.title`.
    public let title: String
    /// `info.version`.
    public let version: String
    /// The description format: `swagger-2.0`, `openapi-3.0` or `openapi-3.1`.
    public let format: String
    /// The first of `hosts`, e.g. `api.mypurecloud.com`, when there is one.
    public let host: String?
    /// The hosts the document declares: Swagger 2.0 `host`; OpenAPI 3 the hosts of `servers[].url`
    /// (server variables replaced by their default, and by each `enum` value), in document order.
    public let hosts: [String]
    /// Swagger 2.0 `basePath`; OpenAPI 3 the path of the first server URL (none when `/`).
    public let basePath: String?
    /// XXH64 of the spec file's bytes, as 16 hex digits (see `ContentHash`).
    public let contentHash: String
    /// The spec file's size in bytes.
    public let contentLength: Int
    /// How the scope lists of `security` requirements were read, and why.
    public let scopeListReading: ScopeListReading
    /// Every valid scope name with its description, from all OAuth security schemes (`oauth2`
    /// definitions and flows; the first description wins when two describe the same name). Scopes
    /// that operations require through an `openIdConnect` scheme, which has no scope list, count
    /// as known with an empty description. Overlays may declare more (see `scopeNotes`).
    public let scopes: [String: String]
    /// The names of the OAuth security schemes (`oauth2` and `openIdConnect`), in document order
    /// (e.g. `PureCloud OAuth`).
    public let oauthSchemes: [String]
    /// Every operation, sorted by path, then method.
    public let operations: [APIOperation]
    /// Every permission string that any operation requires (gathered on first use: most runs
    /// never ask).
    public var permissions: Set<String> { permissionSet.wrappedValue }
    private let permissionSet: LazyValue<Set<String>>
    /// The names of the overlays applied to this spec, in order; empty for a spec as read.
    public let overlays: [String]
    /// The overlay declarations of scopes (`scope "<name>" { ... }`), by scope name.
    public let scopeNotes: [String: OverlayNote]

    public init(
        source: String, title: String, version: String, format: String, host: String? = nil, hosts: [String]? = nil,
        basePath: String? = nil, contentHash: String, contentLength: Int,
        scopeListReading: ScopeListReading = ScopeListReading(semantics: .allOf, basis: .standard),
        scopes: [String: String], oauthSchemes: [String], operations: [APIOperation], overlays: [String] = [],
        scopeNotes: [String: OverlayNote] = [:]
    ) {
        self.source = source
        self.title = title
        self.version = version
        self.format = format
        self.hosts = hosts ?? host.map { [$0] } ?? []
        self.host = host ?? self.hosts.first
        self.basePath = basePath
        self.contentHash = contentHash
        self.contentLength = contentLength
        self.scopeListReading = scopeListReading
        self.scopes = scopes
        self.oauthSchemes = oauthSchemes
        self.operations = Self.sortedByPathThenMethod(operations)
        self.permissionSet = LazyValue { Set(operations.lazy.compactMap(\.permissions).flatMap(\.permissions)) }
        self.overlays = overlays
        self.scopeNotes = scopeNotes
    }

    /// Specs are equal when everything read from the file is; the permission set follows from
    /// the operations.
    public static func == (lhs: APISpec, rhs: APISpec) -> Bool {
        lhs.source == rhs.source && lhs.title == rhs.title && lhs.version == rhs.version && lhs.format == rhs.format
            && lhs.host == rhs.host && lhs.hosts == rhs.hosts && lhs.basePath == rhs.basePath
            && lhs.contentHash == rhs.contentHash && lhs.contentLength == rhs.contentLength
            && lhs.scopeListReading == rhs.scopeListReading && lhs.scopes == rhs.scopes
            && lhs.oauthSchemes == rhs.oauthSchemes && lhs.operations == rhs.operations && lhs.overlays == rhs.overlays
            && lhs.scopeNotes == rhs.scopeNotes
    }

    /// The scope names, sorted.
    public var scopeNames: [String] { scopes.keys.sorted() }

    /// `operations` in path, then method order (a stable sort; input already in order, as from a
    /// cached index, is returned as is).
    private static func sortedByPathThenMethod(_ operations: [APIOperation]) -> [APIOperation] {
        func precedes(_ lhs: APIOperation, _ rhs: APIOperation) -> Bool {
            lhs.path != rhs.path ? lhs.path < rhs.path : lhs.method < rhs.method
        }
        if operations.indices.dropFirst().allSatisfy({ !precedes(operations[$0], operations[$0 - 1]) }) {
            return operations
        }
        return operations.enumerated().sorted { lhs, rhs in
            if precedes(lhs.element, rhs.element) { return true }
            if precedes(rhs.element, lhs.element) { return false }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}
