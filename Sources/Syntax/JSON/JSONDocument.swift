import Core

/// A parsed JSON document (RFC 8259): its root node with source ranges, or the diagnostic that
/// stopped the reader. Used for `.tf.json` and `.tfvars.json` files, plan JSON, baselines, API
/// error bodies and tokens; read by `JSONCursor`, like the specs.
///
/// Reading stops at the first syntax error: JSON has no statement boundary to recover at, and a
/// partial document would silently drop members. The error names the line and column.
public struct JSONDocument: Sendable {
    /// The file name used in ranges and diagnostics.
    public var path: String
    /// The root value; nil when the document is malformed.
    public var root: JSONNode?
    /// At most one error, with its range.
    public var diagnostics: [Diagnostic]

    public init(path: String, root: JSONNode?, diagnostics: [Diagnostic]) {
        self.path = path
        self.root = root
        self.diagnostics = diagnostics
    }

    /// The default limit of nested arrays and objects.
    public static let defaultMaximumDepth = 512

    /// Parses `bytes` (UTF-8, an optional byte-order mark is skipped). Nesting deeper than
    /// `maximumDepth` arrays/objects is an error, so hostile input cannot exhaust the stack.
    public static func parse(bytes: [UInt8], path: String, maximumDepth: Int = defaultMaximumDepth) -> JSONDocument {
        let (root, diagnostic) = bytes.withUnsafeBytes { buffer in
            var reader = JSONTreeReader(buffer, path: path, maximumDepth: maximumDepth)
            return reader.readDocument()
        }
        return JSONDocument(path: path, root: root, diagnostics: diagnostic.map { [$0] } ?? [])
    }

    /// Parses a string, for JSON held in memory (an error body, a command-line argument).
    public static func parse(_ text: String, path: String, maximumDepth: Int = defaultMaximumDepth) -> JSONDocument {
        parse(bytes: Array(text.utf8), path: path, maximumDepth: maximumDepth)
    }
}
