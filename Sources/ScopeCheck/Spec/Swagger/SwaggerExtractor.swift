/// Reads the parts of a Swagger 2.0 document scopecheck needs (`swagger`, `info`, `host`,
/// `basePath`, `paths`, `securityDefinitions`, `security`) in one pass over the bytes with a
/// `JSONCursor`, skipping everything else (definitions, parameters, responses, descriptions)
/// without building it. Repeated names (tags, scopes, permissions, schemes) are interned.
struct SwaggerExtractor {
    var cursor: JSONCursor
    var interner = StringInterner(capacity: 8192)

    private init(bytes: UnsafeRawBufferPointer) {
        cursor = JSONCursor(bytes)
    }

    /// The spec in `bytes`, read from `file`, whose XXH64 is `contentHash`.
    static func extract(_ bytes: UnsafeRawBufferPointer, file: String, contentHash: UInt64) throws(SpecError)
        -> APISpec
    {
        var extractor = SwaggerExtractor(bytes: bytes)
        let document: SwaggerDocument
        do {
            document = try extractor.readDocument()
        } catch {
            throw SpecError(error, file: file, in: bytes)
        }
        func unsupported(_ offset: Int, found: String) -> SpecError {
            SpecError(
                kind: .unsupportedFormat, file: file,
                position: SourcePosition.locating(byteOffset: offset, in: bytes),
                expected: "a Swagger 2.0 document (\"swagger\": \"2.0\")", found: found)
        }
        if let openapi = document.openapi { throw unsupported(openapi.offset, found: "OpenAPI \(openapi.value)") }
        guard let swagger = document.swagger else {
            throw unsupported(0, found: "a JSON object without a \"swagger\" or \"openapi\" key")
        }
        guard swagger.value == "2.0" else { throw unsupported(swagger.offset, found: "swagger \"\(swagger.value)\"") }
        guard document.hasPaths else {
            throw SpecError(
                kind: .invalidDocument, file: file, position: .start, expected: "a \"paths\" object", found: "none")
        }
        return document.assemble(source: file, contentHash: contentHash, contentLength: bytes.count)
    }

    /// Reads the whole document (stopping early at an `openapi` key, which is not supported).
    private mutating func readDocument() throws(JSONReadError) -> SwaggerDocument {
        var document = SwaggerDocument()
        try expect(.object, for: "the document (a Swagger 2.0 object)")
        try cursor.beginObject()
        while let key = try cursor.nextKey() {
            if cursor.matches(key, "paths") {
                document.hasPaths = true
                try readPaths(into: &document.operations)
            } else if cursor.matches(key, "swagger") {
                document.swagger = try readLocatedString()
            } else if cursor.matches(key, "openapi") {
                document.openapi = try readLocatedString()
                return document
            } else if cursor.matches(key, "info") {
                try readInfo(into: &document)
            } else if cursor.matches(key, "host") {
                document.host = try cursor.readString()
            } else if cursor.matches(key, "basePath") {
                document.basePath = try cursor.readString()
            } else if cursor.matches(key, "securityDefinitions") {
                document.securityDefinitions = try readSecurityDefinitions()
            } else if cursor.matches(key, "security") {
                document.security = try readSecurity()
            } else {
                try cursor.skipValue()
            }
        }
        try cursor.expectEnd()
        return document
    }

    private mutating func readInfo(into document: inout SwaggerDocument) throws(JSONReadError) {
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

    private mutating func readLocatedString() throws(JSONReadError) -> SwaggerDocument.Located {
        _ = try cursor.peekKind()
        let offset = cursor.offset
        return SwaggerDocument.Located(value: try cursor.readString(), offset: offset)
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
