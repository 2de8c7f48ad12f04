import Foundation
import Testing

@testable import Core
@testable import Spec

/// A Swagger 2.0 gateway spec: an OAuth scheme with another name, document-level security, no
/// Genesys extension (so the standard all-of reading applies).
let gatewaySwagger = #"""
    {
      "swagger": "2.0",
      "info": {"title": "EU gateway", "version": "2"},
      "host": "api.eu-gene.com",
      "securityDefinitions": {
        "gateway_oauth": {"type": "oauth2", "flow": "application", "tokenUrl": "https://login.eu-gene.com/token",
          "scopes": {"report:execute": "Run reports", "analytics:view": "View analytics"}},
        "key": {"type": "apiKey", "name": "X-Key", "in": "header"}
      },
      "security": [{"gateway_oauth": ["report:execute", "analytics:view"]}],
      "paths": {
        "/api/v2/analytics/report/queue/summary": {"post": {"operationId": "postSummary"}},
        "/api/v2/status": {"get": {"operationId": "getStatus", "security": []}},
        "/api/v2/keys": {"get": {"security": [{"key": []}, {"gateway_oauth": ["analytics:view"]}]}}
      }
    }
    """#

/// An OpenAPI 3.0 document: scopes in flows, AND within a requirement object (two schemes, two
/// scopes), OR across objects, the global fallback, `security: []`, optional security `{}`.
let openAPI30 = #"""
    {
      "openapi": "3.0.3",
      "info": {"title": "Reports", "version": "1.4"},
      "servers": [
        {"url": "https://{region}.reports.example.com/api", "variables": {"region": {"default": "eu", "enum": ["eu", "us"]}}},
        {"url": "/relative"}
      ],
      "security": [{"gatewayAuth": ["report:read"]}],
      "paths": {
        "/reports/{id}": {
          "summary": "A report",
          "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
          "get": {"operationId": "getReport", "tags": ["Reports"], "summary": "Get a report"},
          "delete": {"operationId": "deleteReport",
            "security": [{"gatewayAuth": ["report:write"], "partnerAuth": ["partner:reports"], "mtls": []}, {"gatewayAuth": ["report:admin"]}]},
          "trace": {"operationId": "traceReport", "security": []}
        },
        "/reports": {
          "post": {"security": [{"gatewayAuth": []}], "deprecated": true,
            "x-inin-requires-permissions": {"type": "ALL", "permissions": ["reports:report:add"]}},
          "get": {"security": [{}, {"gatewayAuth": ["report:read"]}]},
          "put": {"security": [{"apiKey": []}]}
        }
      },
      "components": {
        "schemas": {"Report": {"type": "object", "properties": {"security": {"type": "string"}}}},
        "securitySchemes": {
          "gatewayAuth": {"type": "oauth2", "flows": {
            "clientCredentials": {"tokenUrl": "https://t", "scopes": {"report:read": "Read", "report:write": "Write"}},
            "authorizationCode": {"authorizationUrl": "https://a", "tokenUrl": "https://t", "scopes": {"report:admin": "Admin", "report:read": "Read again"}}}},
          "partnerAuth": {"type": "oauth2", "flows": {"implicit": {"authorizationUrl": "https://a", "scopes": {"partner:reports": "Partner reports"}}}},
          "mtls": {"type": "mutualTLS"},
          "apiKey": {"type": "apiKey", "in": "header", "name": "X-Key"}
        }
      }
    }
    """#

/// An OpenAPI 3.1 document secured by OpenID Connect, whose scheme has no scope list.
let openAPI31 = #"""
    {
      "openapi": "3.1.0",
      "info": {"title": "Gateway", "version": "2026.11"},
      "jsonSchemaDialect": "https://spec.openapis.org/oas/3.1/dialect/base",
      "webhooks": {"reportDone": {"post": {"security": [{"oidc": ["webhook:only"]}]}}},
      "servers": [{"url": "https://api.eu-gene.com"}],
      "paths": {
        "/api/v2/analytics/report/queue/summary": {
          "post": {"operationId": "postQueueSummary", "security": [{"oidc": ["report:execute"]}]}
        },
        "/api/v2/analytics/conversations/details/query": {
          "post": {"security": [{"oidc": ["analytics:view", "partner:analytics:view"]}, {"oidc": ["analytics:admin"]}]}
        }
      },
      "components": {"securitySchemes": {"oidc": {"type": "openIdConnect", "openIdConnectUrl": "https://login.eu-gene.com/.well-known/openid-configuration"}}}
    }
    """#

@Suite struct SpecFormatTests {
    private func operation(_ spec: APISpec, _ reference: String) throws -> APIOperation {
        try #require(spec.operations.first { $0.reference == reference })
    }

    @Test func swaggerWithAnotherSchemeNameAndGlobalSecurityReadsAllOf() throws {
        let spec = try SpecLoader.parse(gatewaySwagger, source: "gateway.json")
        #expect(spec.format == "swagger-2.0")
        #expect(spec.scopeListReading == ScopeListReading(semantics: .allOf, basis: .standard))
        #expect(spec.oauthSchemes == ["gateway_oauth"])
        #expect(spec.scopes == ["report:execute": "Run reports", "analytics:view": "View analytics"])
        #expect(spec.hosts == ["api.eu-gene.com"])
        let summary = try operation(spec, "POST /api/v2/analytics/report/queue/summary")
        #expect(
            summary.scopeRequirement
                == ScopeRequirement(kind: .scopes, alternatives: [["report:execute", "analytics:view"]]))
        #expect(!summary.scopeRequirement.isSatisfied(by: ["analytics:view"]))
        #expect(summary.scopeRequirement.isSatisfied(by: ["analytics:view", "report:execute"]))
        #expect(try operation(spec, "GET /api/v2/status").scopeRequirement == ScopeRequirement(kind: .noSecurity))
        let keys = try operation(spec, "GET /api/v2/keys")
        #expect(keys.scopeRequirement == ScopeRequirement(kind: .scopes, alternatives: [["analytics:view"]]))
        #expect(keys.otherSchemes == ["key"])
    }

    @Test func theSemanticsCanBeChosen() throws {
        let spec = try SpecLoader.parse(gatewaySwagger, source: "gateway.json", semantics: .anyOf)
        #expect(spec.scopeListReading == ScopeListReading(semantics: .anyOf, basis: .requested))
        #expect(
            try operation(spec, "POST /api/v2/analytics/report/queue/summary").scopeRequirement.alternatives == [
                ["report:execute"], ["analytics:view"],
            ])
        let genesys = try SpecLoader.parse(sampleSwagger, source: "sample.json", semantics: .allOf)
        #expect(try operation(genesys, "PUT /api/v2/mixed").scopeRequirement.alternatives == [["a", "b", "c"]])
        #expect(genesys.scopeListReading.description == "all-of (set by the user)")
    }

    @Test func detectsTheGenesysConvention() throws {
        let sample = try SpecLoader.parse(sampleSwagger, source: "sample.json")
        #expect(
            sample.scopeListReading == ScopeListReading(semantics: .anyOf, basis: .genesysScheme("PureCloud OAuth")))
        #expect(
            sample.scopeListReading.description
                == "any-of (detected: security scheme \"PureCloud OAuth\", the Genesys convention)")
        let extensionOnly = try SpecLoader.parse(
            #"""
            {"swagger": "2.0", "securityDefinitions": {"oauth": {"type": "oauth2", "scopes": {"a": "", "b": ""}}},
             "paths": {"/x": {"get": {"security": [{"oauth": ["a", "b"]}], "x-purecloud-method-name": "getX"}}}}
            """#, source: "s.json")
        #expect(extensionOnly.scopeListReading.basis == .genesysExtension("x-purecloud-method-name"))
        #expect(extensionOnly.operations[0].scopeRequirement.alternatives == [["a"], ["b"]])
        let openAPI = try SpecLoader.parse(openAPI30, source: "reports.json")
        #expect(openAPI.scopeListReading == ScopeListReading(semantics: .allOf, basis: .standard))
    }

    @Test func readsOpenAPI30() throws {
        let spec = try SpecLoader.parse(openAPI30, source: "reports.json")
        #expect(spec.format == "openapi-3.0")
        #expect(spec.title == "Reports" && spec.version == "1.4")
        #expect(spec.hosts == ["eu.reports.example.com", "us.reports.example.com"])
        #expect(spec.host == "eu.reports.example.com")
        #expect(spec.basePath == "/api")
        #expect(spec.oauthSchemes == ["gatewayAuth", "partnerAuth"])
        #expect(
            spec.scopes == [
                "report:read": "Read", "report:write": "Write", "report:admin": "Admin",
                "partner:reports": "Partner reports",
            ])
        #expect(
            spec.operations.map(\.reference) == [
                "GET /reports", "POST /reports", "PUT /reports", "DELETE /reports/{id}", "GET /reports/{id}",
                "TRACE /reports/{id}",
            ])
        let get = try operation(spec, "GET /reports/{id}")
        #expect(
            get
                == APIOperation(
                    method: "GET", path: "/reports/{id}", operationId: "getReport", tags: ["Reports"],
                    summary: "Get a report",
                    scopeRequirement: ScopeRequirement(kind: .scopes, alternatives: [["report:read"]])))
        let delete = try operation(spec, "DELETE /reports/{id}")
        #expect(
            delete.scopeRequirement
                == ScopeRequirement(
                    kind: .scopes, alternatives: [["report:write", "partner:reports"], ["report:admin"]]))
        #expect(delete.otherSchemes == ["mtls"])
        #expect(delete.scopeRequirement.isSatisfied(by: ["report:admin"]))
        #expect(!delete.scopeRequirement.isSatisfied(by: ["report:write"]))
        #expect(delete.scopeRequirement.isSatisfied(by: ["report:write", "partner:reports"]))
        #expect(try operation(spec, "TRACE /reports/{id}").scopeRequirement == ScopeRequirement(kind: .noSecurity))
        let post = try operation(spec, "POST /reports")
        #expect(post.scopeRequirement == ScopeRequirement(kind: .oauthWithoutScopes))
        #expect(post.deprecated)
        #expect(post.permissions == PermissionRequirement(type: .all, permissions: ["reports:report:add"]))
        #expect(try operation(spec, "GET /reports").scopeRequirement == ScopeRequirement(kind: .noSecurity))
        let put = try operation(spec, "PUT /reports")
        #expect(put.scopeRequirement == ScopeRequirement(kind: .otherSchemesOnly))
        #expect(put.otherSchemes == ["apiKey"])
        let index = OperationIndex(spec)
        #expect(index.resolve("GET https://us.reports.example.com/api/reports/42") == .found(get))
    }

    @Test func readsOpenAPI31WithOpenIDConnect() throws {
        let spec = try SpecLoader.parse(openAPI31, source: "gateway31.json")
        #expect(spec.format == "openapi-3.1")
        #expect(spec.hosts == ["api.eu-gene.com"])
        #expect(spec.basePath == nil)
        #expect(spec.oauthSchemes == ["oidc"])
        #expect(
            spec.scopes == [
                "report:execute": "", "analytics:view": "", "partner:analytics:view": "", "analytics:admin": "",
            ])
        let query = try operation(spec, "POST /api/v2/analytics/conversations/details/query")
        #expect(
            query.scopeRequirement.alternatives == [["analytics:view", "partner:analytics:view"], ["analytics:admin"]])
        #expect(!query.scopeRequirement.isSatisfied(by: ["analytics:view"]))
        let withoutPaths = try SpecLoader.parse(#"{"openapi": "3.1.1", "webhooks": {}}"#, source: "w.json")
        #expect(withoutPaths.operations.isEmpty && withoutPaths.format == "openapi-3.1")
        let error = try #require(specError(#"{"openapi": "3.0.0", "info": {}}"#))
        #expect(error.kind == .invalidDocument)
        #expect(error.expected == "a \"paths\" object")
    }

    @Test func refusesYAMLWithAConversionHint() throws {
        let error = try #require(specError("openapi: 3.0.3\ninfo:\n  title: Reports\n"))
        #expect(error.kind == .yaml)
        #expect(error.position == SourcePosition(line: 1, column: 1, byte: 0))
        #expect(
            error.description
                == "spec.json:1:1: error: YAML API specs are not supported: JSON is required; expected a JSON document,"
                + " found YAML (`openapi: 3.0.3`) at byte 0; convert it to JSON first, e.g. `python3 -c 'import sys,yaml,json;"
                + " json.dump(yaml.safe_load(sys.stdin), sys.stdout)' < spec.yaml > spec.json` (needs PyYAML)"
                + " or `yq -o=json spec.yaml > spec.json`")
        let swagger = try #require(specError("# exported\n---\n'swagger': \"2.0\"\r\npaths: {}\n"))
        #expect(swagger.kind == .yaml)
        #expect(swagger.position == SourcePosition(line: 3, column: 1, byte: 15))
        #expect(swagger.found == "YAML (`'swagger': \"2.0\"`)")
        #expect(try #require(specError("\n  [1]")).kind == .invalidDocument)
    }

    @Test func serverURLsExpandTheirVariables() {
        let variables = [
            ServerURL.Variable(name: "region", defaultValue: "eu", values: ["us", "eu"]),
            ServerURL.Variable(name: "port", defaultValue: "443", values: []),
        ]
        #expect(
            ServerURL.expansions(of: "https://{region}.x.com:{port}/{v}", variables: variables) == [
                "https://eu.x.com:443/{v}", "https://us.x.com:443/{v}",
            ])
        #expect(ServerURL.split("https://user@API.x.com:8443/v1/?q#f") == ("API.x.com:8443", "/v1"))
        #expect(ServerURL.split("/v1/") == (nil, "/v1"))
        #expect(ServerURL.split("https://x.com") == ("x.com", ""))
    }

    @Test func cachesEachReadingSeparately() throws {
        let directory = try TestSupport.temporaryDirectory()
        let path = directory.appendingPathComponent("gateway.json").path
        try Data(gatewaySwagger.utf8).write(to: URL(fileURLWithPath: path))
        let cache = SpecCache(directory: directory.appendingPathComponent("cache").path)
        let detected = try SpecLoader.load(path: path, cache: cache)
        let chosen = try SpecLoader.load(path: path, cache: cache, semantics: .anyOf)
        #expect(detected.cacheOutcome == .stored && chosen.cacheOutcome == .stored)
        let hash = ContentHash.hex(ContentHash.xxh64(Array(gatewaySwagger.utf8)))
        let length = gatewaySwagger.utf8.count
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: cache.directory).sorted() == [
                "spec-\(hash)-\(length)-any-of.index", "spec-\(hash)-\(length).index",
            ])
        let again = try SpecLoader.load(path: path, cache: cache, semantics: .anyOf)
        #expect(again.fromCache && again.spec == chosen.spec)
        #expect(again.spec.scopeListReading.basis == .requested)
        let detectedAgain = try SpecLoader.load(path: path, cache: cache)
        #expect(detectedAgain.fromCache && detectedAgain.spec == detected.spec)
        let openAPIPath = directory.appendingPathComponent("reports.json").path
        try Data(openAPI30.utf8).write(to: URL(fileURLWithPath: openAPIPath))
        _ = try SpecLoader.load(path: openAPIPath, cache: cache)
        let cached = try SpecLoader.load(path: openAPIPath, cache: cache)
        #expect(cached.fromCache)
        #expect(cached.spec == (try SpecLoader.parse(openAPI30, source: openAPIPath)))
    }
}
