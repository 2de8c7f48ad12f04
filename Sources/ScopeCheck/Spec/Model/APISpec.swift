/// What scopecheck knows of an API description: its identity, the OAuth scope catalogue, and
/// every operation with its scope and permission requirements.
public struct APISpec: Equatable, Sendable {
    /// Where the spec was read from (a file path, as given).
    public let source: String
    /// `info.title`.
    public let title: String
    /// `info.version`.
    public let version: String
    /// The description format, e.g. `swagger-2.0`.
    public let format: String
    /// `host`, e.g. `api.mypurecloud.com`, when given.
    public let host: String?
    /// `basePath`, when given.
    public let basePath: String?
    /// XXH64 of the spec file's bytes, as 16 hex digits (see `ContentHash`).
    public let contentHash: String
    /// The spec file's size in bytes.
    public let contentLength: Int
    /// Every valid scope name with its description, from all security definitions of type `oauth2`
    /// (the first definition wins when two describe the same name).
    public let scopes: [String: String]
    /// The names of the `oauth2` security definitions, in document order (e.g. `PureCloud OAuth`).
    public let oauthSchemes: [String]
    /// Every operation, sorted by path, then method.
    public let operations: [APIOperation]
    /// Every permission string that any operation requires.
    public let permissions: Set<String>

    public init(
        source: String, title: String, version: String, format: String, host: String? = nil, basePath: String? = nil,
        contentHash: String, contentLength: Int, scopes: [String: String], oauthSchemes: [String],
        operations: [APIOperation]
    ) {
        self.source = source
        self.title = title
        self.version = version
        self.format = format
        self.host = host
        self.basePath = basePath
        self.contentHash = contentHash
        self.contentLength = contentLength
        self.scopes = scopes
        self.oauthSchemes = oauthSchemes
        self.operations = Self.sortedByPathThenMethod(operations)
        self.permissions = Set(operations.lazy.compactMap(\.permissions).flatMap(\.permissions))
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
