/// The spec reader: Swagger 2.0 / OpenAPI 3 JSON through the streaming extractor, then the
/// operation index, a few lookups, and the cache codec, which must give back the same spec.
enum SwaggerFuzzTarget {
    private static let references = [
        "GET /api/v2/users/{userId}", "POST /api/v2/analytics/conversations/details/query",
        "https://api.mypurecloud.com/api/v2/routing/queues/abc", "getUser", "get_users_me", "/api/v2/x",
    ]

    static func run(_ bytes: [UInt8]) {
        let spec: APISpec
        do {
            spec = try bytes.withUnsafeBytes { buffer throws(SpecError) in
                try SpecLoader.parse(buffer, source: "fuzz.json")
            }
        } catch {
            _ = (error as? SpecError)?.description
            return
        }
        let index = OperationIndex(spec)
        for reference in references { _ = index.resolve(reference) }
        for operation in spec.operations.prefix(8) {
            _ = index.resolve(operation.reference)
            _ = index.resolve(
                "\(operation.method) \(operation.path.replacing("{", with: "x").replacing("}", with: ""))")
        }
        let hash: UInt64 = 42
        let encoded = SpecIndexCodec.encode(spec, contentHash: hash)
        let decoded = encoded.withUnsafeBytes {
            SpecIndexCodec.decode($0, source: spec.source, contentHash: hash, length: spec.contentLength)
        }
        FuzzCheck.require(decoded != nil, "swagger: the cache index of a spec does not decode")
        FuzzCheck.require(decoded?.operations == spec.operations, "swagger: the cache index changes the operations")
        FuzzCheck.require(decoded?.scopes == spec.scopes, "swagger: the cache index changes the scopes")
    }
}
