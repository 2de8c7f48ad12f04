import Core

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
        /// A JSON document that is not Swagger 2.0 or OpenAPI 3.0/3.1 (no `swagger` or `openapi`
        /// key, or another version).
        case unsupportedFormat
        /// A YAML document: scopecheck reads JSON only (see `hint` for how to convert).
        case yaml
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
    /// How to fix it, when there is a known way.
    public var hint: String?

    public init(
        kind: Kind, file: String, position: SourcePosition?, expected: String, found: String, context: String? = nil,
        hint: String? = nil
    ) {
        self.kind = kind
        self.file = file
        self.position = position
        self.expected = expected
        self.found = found
        self.context = context
        self.hint = hint
    }

    /// The error for a YAML spec whose `swagger:`/`openapi:` line `key` is at `position`.
    static func yaml(file: String, key: String, at position: SourcePosition) -> SpecError {
        SpecError(
            kind: .yaml, file: file, position: position, expected: "a JSON document", found: "YAML (`\(key)`)",
            hint:
                "convert it to JSON first, e.g. `python3 -c 'import sys,yaml,json; json.dump(yaml.safe_load(sys.stdin),"
                + " sys.stdout)' < spec.yaml > spec.json` (needs PyYAML) or `yq -o=json spec.yaml > spec.json`")
    }

    /// A one-line summary of the kind of failure.
    public var summary: String {
        switch kind {
        case .unreadable: "Cannot read the API spec"
        case .malformedJSON: "Malformed JSON in the API spec"
        case .invalidDocument: "Invalid API description"
        case .unsupportedFormat: "Unsupported API description format"
        case .yaml: "YAML API specs are not supported: JSON is required"
        }
    }

    /// The error as a diagnostic, for reporting alongside the other stages' findings.
    public var diagnostic: Diagnostic {
        var detail = "expected \(expected), found \(found)"
        if let position { detail += " at byte \(position.byte)" }
        if let context { detail += " (in \(context))" }
        if let hint { detail += "; \(hint)" }
        let range = position.map { SourceRange(file: file, start: $0, end: $0) } ?? .wholeFile(file)
        return .error(summary, detail: detail, at: range)
    }

    /// `file:line:column: error: summary; expected X, found Y at byte N (in context); hint`.
    public var description: String { diagnostic.description }
}
