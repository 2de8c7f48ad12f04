/// The forms in which an operation can be named, as parsed by `OperationIndex.resolve(_:)`.
package enum OperationReference: Equatable {
    /// `METHOD path-or-URL`, e.g. `GET /api/v2/users/{userId}` or `post https://api.../query`.
    case request(method: String, target: String)
    /// A path or URL without a method.
    case target(String)
    /// An operationId or SDK method name in any casing.
    case name(String)

    /// The HTTP methods of operations (`TRACE` exists in OpenAPI 3 only).
    static let methods: Set<String> = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"]

    package init(_ text: String) {
        let words = text.split(whereSeparator: \.isWhitespace)
        if words.count == 2, Self.methods.contains(words[0].uppercased()) {
            self = .request(method: words[0].uppercased(), target: String(words[1]))
        } else if words.count == 1, words[0].hasPrefix("/") || words[0].contains("://") {
            self = .target(String(words[0]))
        } else {
            self = .name(words.joined(separator: " "))
        }
    }
}
