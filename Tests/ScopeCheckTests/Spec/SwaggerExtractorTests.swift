import Testing

@testable import Core
@testable import Spec

/// A small Swagger document in the shape of the Genesys spec, with the cases the extractor must
/// tell apart (written by hand for these tests).
let sampleSwagger = #"""
    {
      "swagger": "2.0",
      "info": {"description": "Sample \"API\"", "version": "v2", "title": "Sample API", "contact": {"x": [1, 2]}},
      "host": "api.example.com",
      "basePath": "/base",
      "tags": [{"name": "Routing"}],
      "schemes": ["https"],
      "paths": {
        "/api/v2/routing/queues/{queueId}": {
          "parameters": [{"name": "queueId", "in": "path"}],
          "x-extra": {"get": "not an operation"},
          "get": {
            "tags": ["Routing"],
            "summary": "Get details about this queue.",
            "description": "Long text with \"quotes\" and {braces}",
            "operationId": "getRoutingQueue",
            "parameters": [{"name": "queueId", "in": "path", "required": true, "type": "string"}],
            "responses": {"200": {"schema": {"$ref": "#/definitions/Queue"}}, "403": {"x-inin-error-codes": {"missing.permissions": "x"}}},
            "security": [{"PureCloud OAuth": ["routing", "routing:readonly"]}],
            "x-inin-requires-permissions": {"type": "ANY", "permissions": ["routing:queue:view", "routing:queue:edit"]},
            "x-purecloud-method-name": "getRoutingQueue"
          },
          "delete": {
            "operationId": "deleteRoutingQueue",
            "tags": ["Routing"],
            "security": [{"PureCloud OAuth": ["routing"]}],
            "x-inin-requires-permissions": {"permissions": ["routing:queue:delete"], "type": "ALL"},
            "deprecated": true,
            "x-genesys-preview": false
          }
        },
        "/api/v2/webchat/guest/conversations": {
          "post": {"operationId": "postWebchatGuestConversations", "tags": ["WebChat"], "security": [{"Guest Chat JWT": []}], "x-genesys-preview": true}
        },
        "/api/v2/public/thing": {
          "get": {"operationId": "getPublicThing", "security": []}
        },
        "/api/v2/tokens/me": {
          "head": {"operationId": "headTokensMe", "security": [{"PureCloud OAuth": []}]},
          "get": {"operationId": "getTokensMe"}
        },
        "/api/v2/mixed": {
          "put": {"operationId": "putMixed", "security": [{"Guest Chat JWT": []}, {"PureCloud OAuth": ["a", "b"], "Other OAuth": ["c"]}]}
        }
      },
      "securityDefinitions": {
        "PureCloud OAuth": {"type": "oauth2", "authorizationUrl": "https://login.example.com/oauth/authorize", "flow": "implicit",
          "scopes": {"routing": "Manage routing", "routing:readonly": "View routing", "a": "A", "b": "B"}},
        "Other OAuth": {"scopes": {"c": "C from another scheme", "a": "A again"}, "type": "oauth2"},
        "Guest Chat JWT": {"type": "apiKey", "name": "Authorization", "in": "header"}
      },
      "security": [{"PureCloud OAuth": ["routing:readonly"]}],
      "definitions": {"Queue": {"type": "object", "properties": {"$ref": {"type": "string"}, "name": {"type": "string"}}}}
    }
    """#

/// The `SpecError` parsing `text` throws, or nil.
func specError(_ text: String) -> SpecError? {
    do {
        _ = try SpecLoader.parse(text, source: "spec.json")
        return nil
    } catch {
        return error
    }
}

@Suite struct SwaggerExtractorTests {
    @Test func readsTheDocumentIdentityAndScopeCatalogue() throws {
        let spec = try SpecLoader.parse(sampleSwagger, source: "sample.json")
        #expect(spec.source == "sample.json")
        #expect(spec.title == "Sample API")
        #expect(spec.version == "v2")
        #expect(spec.format == "swagger-2.0")
        #expect(spec.host == "api.example.com")
        #expect(spec.basePath == "/base")
        #expect(spec.contentLength == sampleSwagger.utf8.count)
        #expect(spec.contentHash == ContentHash.hex(ContentHash.xxh64(Array(sampleSwagger.utf8))))
        #expect(spec.oauthSchemes == ["PureCloud OAuth", "Other OAuth"])
        #expect(
            spec.scopes == [
                "routing": "Manage routing", "routing:readonly": "View routing", "a": "A", "b": "B",
                "c": "C from another scheme",
            ])
        #expect(
            spec.permissions == ["routing:queue:view", "routing:queue:edit", "routing:queue:delete"])
    }

    @Test func readsOperationsSortedByPathThenMethod() throws {
        let spec = try SpecLoader.parse(sampleSwagger, source: "sample.json")
        #expect(
            spec.operations.map(\.reference) == [
                "PUT /api/v2/mixed", "GET /api/v2/public/thing", "DELETE /api/v2/routing/queues/{queueId}",
                "GET /api/v2/routing/queues/{queueId}", "GET /api/v2/tokens/me", "HEAD /api/v2/tokens/me",
                "POST /api/v2/webchat/guest/conversations",
            ])
        let get = spec.operations[3]
        #expect(
            get
                == APIOperation(
                    method: "GET", path: "/api/v2/routing/queues/{queueId}", operationId: "getRoutingQueue",
                    tags: ["Routing"], summary: "Get details about this queue.",
                    scopeRequirement: ScopeRequirement(
                        kind: .scopes, alternatives: [["routing"], ["routing:readonly"]]),
                    permissions: PermissionRequirement(
                        type: .any, permissions: ["routing:queue:view", "routing:queue:edit"]),
                    sdkMethodName: "getRoutingQueue"))
        #expect(get.scopeRequirement.acceptedScopes == ["routing", "routing:readonly"])
        let delete = spec.operations[2]
        #expect(delete.deprecated && !delete.preview)
        #expect(delete.permissions == PermissionRequirement(type: .all, permissions: ["routing:queue:delete"]))
        #expect(delete.summary == nil && delete.sdkMethodName == nil)
    }

    @Test func tellsApartTheWaysOfNeedingNoScope() throws {
        let spec = try SpecLoader.parse(sampleSwagger, source: "sample.json")
        func operation(_ reference: String) -> APIOperation? { spec.operations.first { $0.reference == reference } }
        let guest = try #require(operation("POST /api/v2/webchat/guest/conversations"))
        #expect(guest.scopeRequirement == ScopeRequirement(kind: .otherSchemesOnly))
        #expect(guest.otherSchemes == ["Guest Chat JWT"])
        #expect(guest.preview)
        let explicitNone = try #require(operation("GET /api/v2/public/thing"))
        #expect(explicitNone.scopeRequirement == ScopeRequirement(kind: .noSecurity))
        #expect(explicitNone.scopeRequirement.isEmpty)
        let unscoped = try #require(operation("HEAD /api/v2/tokens/me"))
        #expect(unscoped.scopeRequirement == ScopeRequirement(kind: .oauthWithoutScopes))
        #expect(unscoped.scopeRequirement.isSatisfied(by: []))
        let inherited = try #require(operation("GET /api/v2/tokens/me"))
        #expect(inherited.scopeRequirement == ScopeRequirement(kind: .scopes, alternatives: [["routing:readonly"]]))
        let mixed = try #require(operation("PUT /api/v2/mixed"))
        #expect(mixed.scopeRequirement.alternatives == [["a"], ["b"], ["c"]])
        #expect(mixed.otherSchemes == ["Guest Chat JWT"])
    }

    @Test func scopeRequirementsAreAlternativesOfScopeSets() {
        let requirement = ScopeRequirement(kind: .scopes, alternatives: [["a", "b"], ["c"], ["a"]])
        #expect(requirement.acceptedScopes == ["a", "b", "c"])
        #expect(requirement.isSatisfied(by: ["c"]))
        #expect(requirement.isSatisfied(by: ["a", "x"]))
        #expect(!requirement.isSatisfied(by: ["b", "x"]))
    }

    @Test func treatsUndefinedSchemesWithScopesAsOAuth() throws {
        let spec = try SpecLoader.parse(
            #"{"swagger": "2.0", "paths": {"/a": {"get": {"security": [{"oauth": ["x"]}, {"key": []}]}}}}"#,
            source: "s.json")
        #expect(spec.operations[0].scopeRequirement == ScopeRequirement(kind: .scopes, alternatives: [["x"]]))
        #expect(spec.operations[0].otherSchemes == ["key"])
        #expect(spec.operations[0].operationId == nil)
        #expect(spec.title == "" && spec.scopes.isEmpty && spec.host == nil)
    }

    @Test func reportsMalformedJSONWithLineColumnAndByte() throws {
        let text = "{\n  \"swagger\": \"2.0\",\n  \"paths\": {\"/a\": {\"get\": {\"tags\": [\"x\" \"y\"]}}}\n}"
        let error = try #require(specError(text))
        #expect(error.kind == .malformedJSON)
        #expect(error.position == SourcePosition(line: 3, column: 41, byte: 62))
        #expect(error.expected == "',' or ']'")
        #expect(error.found == "'\"'")
        #expect(error.context == "operation GET /a")
        #expect(
            error.description
                == "spec.json:3:41: error: Malformed JSON in the API spec; expected ',' or ']', found '\"' at byte 62 (in operation GET /a)"
        )
    }

    @Test func reportsTruncatedDocuments() throws {
        let error = try #require(specError(#"{"swagger": "2.0", "paths": {"/a": {"get": {"summary": "x"#))
        #expect(error.kind == .malformedJSON)
        #expect(error.position == SourcePosition(line: 1, column: 58, byte: 57))
        #expect(error.expected == "'\"' closing the string")
        #expect(error.found == "end of input")
    }

    @Test func reportsDocumentsOfTheWrongShape() throws {
        let paths = try #require(specError(#"{"swagger": "2.0", "paths": []}"#))
        #expect(paths.kind == .invalidDocument)
        #expect(paths.position?.byte == 28)
        #expect(paths.expected == "object for \"paths\"")
        #expect(paths.found == "array")

        let top = try #require(specError(" [1, 2]"))
        #expect(top.kind == .invalidDocument)
        #expect(top.position == SourcePosition(line: 1, column: 2, byte: 1))
        #expect(top.expected == "object for the document (a Swagger 2.0 or OpenAPI 3 object)")
        #expect(top.found == "array")

        let tags = try #require(specError(#"{"swagger": "2.0", "paths": {"/a": {"post": {"tags": "x"}}}}"#))
        #expect(tags.kind == .invalidDocument)
        #expect(tags.expected == "array for \"tags\"")
        #expect(tags.found == "string")
        #expect(tags.context == "operation POST /a")

        let permissions = try #require(
            specError(
                #"{"swagger": "2.0", "paths": {"/a": {"get": {"x-inin-requires-permissions": {"type": "SOME"}}}}}"#))
        #expect(permissions.expected == "\"ANY\" or \"ALL\"")
        #expect(permissions.found == "\"SOME\"")
        #expect(permissions.position?.byte == 84)

        let noPaths = try #require(specError(#"{"swagger": "2.0", "info": {"title": "t"}}"#))
        #expect(noPaths.kind == .invalidDocument)
        #expect(noPaths.expected == "a \"paths\" object")
    }

    @Test func refusesDocumentsThatAreNotSwagger2OrOpenAPI3() throws {
        let other = try #require(specError(#"{"name": "package", "version": "1.0.0"}"#))
        #expect(other.kind == .unsupportedFormat)
        #expect(other.found == "a JSON object without a \"swagger\" or \"openapi\" key")
        #expect(
            other.expected
                == "a Swagger 2.0 (\"swagger\": \"2.0\") or OpenAPI 3.0/3.1 (\"openapi\": \"3.1.0\") document")
        let openapi = try #require(specError(#"{"openapi": "3.2.0", "paths": {}}"#))
        #expect(openapi.kind == .unsupportedFormat)
        #expect(openapi.found == "OpenAPI 3.2.0")
        #expect(openapi.position?.byte == 12)
        let both = try #require(specError(#"{"swagger": "2.0", "openapi": "3.0.0", "paths": {}}"#))
        #expect(both.found == "both a \"swagger\" and an \"openapi\" key")
        #expect(both.position?.byte == 30)
        let old = try #require(specError(#"{"swagger": "1.2", "paths": {}}"#))
        #expect(old.found == "swagger \"1.2\"")
        let notJSON = try #require(specError("<html></html>"))
        #expect(notJSON.kind == .malformedJSON)
        #expect(notJSON.found == "'<'")
    }

    @Test func skipsDeeplyNestedUnknownValues() throws {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let spec = try SpecLoader.parse(#"{"swagger": "2.0", "x-deep": \#(deep), "paths": {}}"#, source: "s.json")
        #expect(spec.operations.isEmpty)
        let truncated = try #require(
            specError(#"{"swagger": "2.0", "x-deep": \#(String(repeating: "[", count: 10_000))"#))
        #expect(truncated.kind == .malformedJSON)
        #expect(truncated.found == "end of input")
    }

    @Test func reportsAMissingFile() throws {
        let error = try #require(throws: SpecError.self) {
            try SpecLoader.load(path: "/nonexistent/spec.json", cache: nil)
        }
        #expect(error.kind == .unreadable)
        #expect(
            error.description
                == "/nonexistent/spec.json:1:1: error: Cannot read the API spec; expected a readable file, found No such file or directory"
        )
    }
}
