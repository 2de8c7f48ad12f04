import Core

/// The parts of a Swagger 2.0 or OpenAPI 3 document read by `SpecExtractor`, before security
/// requirements are resolved against the security schemes (which may come after `paths`).
struct SpecDocument {
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

    /// One security scheme: a Swagger 2.0 `securityDefinitions` entry or an OpenAPI 3
    /// `components.securitySchemes` entry. Scopes are those of the definition, or of every flow.
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

    /// One OpenAPI 3 `servers` entry: its URL and its variables.
    struct Server {
        var url: String
        var variables: [ServerURL.Variable]
    }

    var swagger: Located?
    var openapi: Located?
    var title = ""
    var version = ""
    var host: String?
    var basePath: String?
    var servers: [Server] = []
    var hasPaths = false
    var operations: [PendingOperation] = []
    var securityDefinitions: [SecurityDefinition] = []
    /// The document-level `security`, the default of operations without their own.
    var security: [[SchemeUse]]?
    /// The first Genesys extension met on an operation (`x-inin-requires-permissions`, ...).
    var genesysExtension: String?
}
