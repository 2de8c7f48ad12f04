import Core

/// The description formats scopecheck reads, named as in `APISpec.format`.
enum SpecFormat: String {
    case swagger20 = "swagger-2.0"
    case openAPI30 = "openapi-3.0"
    case openAPI31 = "openapi-3.1"
}

/// Telling the format from the `swagger` or `openapi` key.
extension SpecDocument {
    /// The document's format; throws `unsupportedFormat` for anything but Swagger 2.0 and
    /// OpenAPI 3.0.x / 3.1.x (or for both keys at once).
    func format(file: String, in bytes: UnsafeRawBufferPointer) throws(SpecError) -> SpecFormat {
        func unsupported(_ offset: Int, found: String) -> SpecError {
            SpecError(
                kind: .unsupportedFormat, file: file,
                position: SourcePosition.locating(byteOffset: offset, in: bytes),
                expected: "a Swagger 2.0 (\"swagger\": \"2.0\") or OpenAPI 3.0/3.1 (\"openapi\": \"3.1.0\") document",
                found: found)
        }
        switch (swagger, openapi) {
        case (nil, nil):
            throw unsupported(0, found: "a JSON object without a \"swagger\" or \"openapi\" key")
        case (let swagger?, nil):
            guard swagger.value == "2.0" else {
                throw unsupported(swagger.offset, found: "swagger \"\(swagger.value)\"")
            }
            return .swagger20
        case (nil, let openapi?):
            if openapi.value == "3.0" || openapi.value.hasPrefix("3.0.") { return .openAPI30 }
            if openapi.value == "3.1" || openapi.value.hasPrefix("3.1.") { return .openAPI31 }
            throw unsupported(openapi.offset, found: "OpenAPI \(openapi.value)")
        case (_, let openapi?):
            throw unsupported(openapi.offset, found: "both a \"swagger\" and an \"openapi\" key")
        }
    }
}
