/// Why an API spec could not be loaded, with the position of the problem: a byte offset and a
/// line:column (unless the file could not be read at all) and what was expected versus found.
public struct SpecError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The kinds of failure.
    public enum Kind: String, Equatable, Sendable {
        /// The file could not be opened or read.
        case unreadable
        /// The bytes are not valid JSON (or the JSON is truncated).
        case malformedJSON
        /// Valid JSON, but not the shape of the expected document (e.g. `paths` is not an object).
        case invalidDocument
        /// A JSON document that is not Swagger 2.0 (no `swagger` key, another version, OpenAPI 3).
        case unsupportedFormat
    }

    /// What went wrong.
    public var kind: Kind
    /// The spec file, as given.
    public var file: String
    /// Where in the file; nil when the file could not be read.
    public var position: SourcePosition?
    /// What the reader expected, e.g. `',' or '}'`, `object for "paths"`.
    public var expected: String
    /// What it found, e.g. `'x'`, `end of input`, `array`.
    public var found: String
    /// The part of the document being read, e.g. `operation GET /api/v2/users`, when known.
    public var context: String?

    public init(
        kind: Kind, file: String, position: SourcePosition?, expected: String, found: String, context: String? = nil
    ) {
        self.kind = kind
        self.file = file
        self.position = position
        self.expected = expected
        self.found = found
        self.context = context
    }

    /// A one-line summary of the kind of failure.
    public var summary: String {
        switch kind {
        case .unreadable: "Cannot read the API spec"
        case .malformedJSON: "Malformed JSON in the API spec"
        case .invalidDocument: "Invalid Swagger document"
        case .unsupportedFormat: "Unsupported API description format"
        }
    }

    /// The error as a diagnostic, for reporting alongside the other stages' findings.
    public var diagnostic: Diagnostic {
        var detail = "expected \(expected), found \(found)"
        if let position { detail += " at byte \(position.byte)" }
        if let context { detail += " (in \(context))" }
        let range = position.map { SourceRange(file: file, start: $0, end: $0) } ?? .wholeFile(file)
        return .error(summary, detail: detail, at: range)
    }

    /// `file:line:column: error: summary; expected X, found Y at byte N (in context)`.
    public var description: String { diagnostic.description }
}
