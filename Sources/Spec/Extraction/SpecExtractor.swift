import Core
import Syntax

/// Reads the parts of a Swagger 2.0 or OpenAPI 3.0/3.1 document scopecheck needs (`swagger` or
/// `openapi`, `info`, `host`, `basePath`, `servers`, `paths`, `securityDefinitions`,
/// `components.securitySchemes`, `security`) in one pass over the bytes with a `JSONCursor`,
/// skipping everything else (definitions, schemas, parameters, responses, descriptions) without
/// building it. Repeated names (tags, scopes, permissions, schemes) are interned. A YAML file is
/// refused with a message that says how to convert it (see `YAMLSniffer`).
struct SpecExtractor {
    var cursor: JSONCursor
    var interner = StringInterner(capacity: 8192)

    private init(bytes: UnsafeRawBufferPointer) {
        cursor = JSONCursor(bytes)
    }

    /// The spec in `bytes`, read from `file`, whose XXH64 is `contentHash`; `semantics` overrides
    /// the detected scope-list semantics (see `ScopeListSemantics`).
    static func extract(
        _ bytes: UnsafeRawBufferPointer, file: String, contentHash: UInt64, semantics: ScopeListSemantics? = nil
    ) throws(SpecError) -> APISpec {
        if let yaml = YAMLSniffer.yamlSpecKey(in: bytes) {
            throw SpecError.yaml(
                file: file, key: yaml.text, at: SourcePosition.locating(byteOffset: yaml.offset, in: bytes))
        }
        var extractor = SpecExtractor(bytes: bytes)
        let document: SpecDocument
        do {
            document = try extractor.readDocument()
        } catch {
            throw SpecError(error, file: file, in: bytes)
        }
        let format = try document.format(file: file, in: bytes)
        guard document.hasPaths || format == .openAPI31 else {
            throw SpecError(
                kind: .invalidDocument, file: file, position: .start, expected: "a \"paths\" object", found: "none")
        }
        return document.assemble(
            format: format, semantics: semantics, source: file, contentHash: contentHash, contentLength: bytes.count)
    }

    /// Reads the whole document.
    private mutating func readDocument() throws(JSONReadError) -> SpecDocument {
        var document = SpecDocument()
        try expect(.object, for: "the document (a Swagger 2.0 or OpenAPI 3 object)")
        try cursor.beginObject()
        while let key = try cursor.nextKey() {
            if cursor.matches(key, "paths") {
                document.hasPaths = true
                try readPaths(into: &document)
            } else if cursor.matches(key, "swagger") {
                document.swagger = try readLocatedString()
            } else if cursor.matches(key, "openapi") {
                document.openapi = try readLocatedString()
            } else if cursor.matches(key, "info") {
                try readInfo(into: &document)
            } else if cursor.matches(key, "host") {
                document.host = try cursor.readString()
            } else if cursor.matches(key, "basePath") {
                document.basePath = try cursor.readString()
            } else if cursor.matches(key, "servers") {
                document.servers = try readServers()
            } else if cursor.matches(key, "securityDefinitions") {
                document.securityDefinitions += try readSecuritySchemes(for: "\"securityDefinitions\"")
            } else if cursor.matches(key, "components") {
                document.securityDefinitions += try readComponents()
            } else if cursor.matches(key, "security") {
                document.security = try readSecurity()
            } else {
                try cursor.skipValue()
            }
        }
        try cursor.expectEnd()
        return document
    }

    private mutating func readInfo(into document: inout SpecDocument) throws(JSONReadError) {
        try expect(.object, for: "\"info\"")
        try cursor.beginObject()
        while let key = try cursor.nextKey() {
            if cursor.matches(key, "title") {
                document.title = try cursor.readString()
            } else if cursor.matches(key, "version") {
                document.version = try cursor.readString()
            } else {
                try cursor.skipValue()
            }
        }
    }

    private mutating func readLocatedString() throws(JSONReadError) -> SpecDocument.Located {
        _ = try cursor.peekKind()
        let offset = cursor.offset
        return SpecDocument.Located(value: try cursor.readString(), offset: offset)
    }

    // MARK: - Helpers shared by the readers

    /// Fails with an "expected `kind` for `what`" error unless the next value is of `kind`.
    mutating func expect(_ kind: JSONValueKind, for what: @autoclosure () -> String) throws(JSONReadError) {
        let found = try cursor.peekKind()
        guard found == kind else {
            throw JSONReadError(
                kind: .unexpectedType, offset: cursor.offset, expected: "\(kind) for \(what())",
                found: found.description)
        }
    }

    /// Reads an array of strings, interning each.
    mutating func readStringArray(for what: @autoclosure () -> String) throws(JSONReadError) -> [String] {
        try expect(.array, for: what())
        try cursor.beginArray()
        var strings: [String] = []
        while try cursor.nextElement() {
            strings.append(try readInternedString())
        }
        return strings
    }

    /// Reads a string, interned.
    mutating func readInternedString() throws(JSONReadError) -> String {
        let token = try cursor.readStringToken()
        return cursor.internedString(of: token, in: &interner)
    }
}

extension SpecError {
    /// The spec error for a JSON reading failure in `bytes` of `file`.
    init(_ error: JSONReadError, file: String, in bytes: UnsafeRawBufferPointer) {
        self.init(
            kind: error.kind == .syntax ? .malformedJSON : .invalidDocument, file: file,
            position: SourcePosition.locating(byteOffset: error.offset, in: bytes), expected: error.expected,
            found: error.found, context: error.context)
    }
}
