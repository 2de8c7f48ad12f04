/// The parts of a Swagger document read by `SwaggerExtractor`, before security requirements are
/// resolved against the security definitions (which may come after `paths` in the file).
struct SwaggerDocument {
    /// A top-level string value and the offset where it starts.
    struct Located {
        var value: String
        var offset: Int
    }

    /// One security scheme of a security requirement object, with the scopes it lists.
    struct SchemeUse {
        var scheme: String
        var scopes: [String]
    }

    /// One `securityDefinitions` entry.
    struct SecurityDefinition {
        var name: String
        var type: String?
        var scopes: [(name: String, description: String)]
    }

    /// An operation with its raw `security` (nil when the operation has no `security` key).
    struct PendingOperation {
        var operation: APIOperation
        var security: [[SchemeUse]]?
    }

    var swagger: Located?
    var openapi: Located?
    var title = ""
    var version = ""
    var host: String?
    var basePath: String?
    var hasPaths = false
    var operations: [PendingOperation] = []
    var securityDefinitions: [SecurityDefinition] = []
    /// The document-level `security`, the default of operations without their own.
    var security: [[SchemeUse]]?
}
