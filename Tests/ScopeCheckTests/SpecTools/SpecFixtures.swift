import Foundation

/// Two versions of a small spec and file helpers, for the spec fetch, info and diff tests.
enum SpecFixtures {
    /// A Genesys-shaped Swagger 2.0 spec with three operations and four scopes.
    static let oldSpec = """
        {
          "swagger": "2.0",
          "info": {"title": "Sample API", "version": "v2"},
          "host": "api.mypurecloud.com",
          "securityDefinitions": {
            "PureCloud OAuth": {
              "type": "oauth2", "flow": "implicit",
              "authorizationUrl": "https://login.mypurecloud.com/oauth/authorize",
              "scopes": {
                "analytics": "Analytics", "analytics:readonly": "Analytics, read only",
                "routing": "Routing", "routing:readonly": "Routing, read only"
              }
            }
          },
          "paths": {
            "/api/v2/analytics/queues/observations/query": {
              "post": {
                "operationId": "postAnalyticsQueuesObservationsQuery",
                "security": [{"PureCloud OAuth": ["analytics", "analytics:readonly"]}],
                "x-inin-requires-permissions": {"type": "ANY", "permissions": ["analytics:queueObservation:view"]},
                "responses": {"200": {"description": "ok"}}
              }
            },
            "/api/v2/routing/queues": {
              "get": {
                "operationId": "getRoutingQueues",
                "security": [{"PureCloud OAuth": ["routing", "routing:readonly"]}],
                "x-inin-requires-permissions": {"type": "ANY", "permissions": ["routing:queue:view"]},
                "responses": {"200": {"description": "ok"}}
              }
            },
            "/api/v2/routing/queues/{queueId}": {
              "delete": {
                "operationId": "deleteRoutingQueue",
                "security": [{"PureCloud OAuth": ["routing"]}],
                "x-inin-requires-permissions": {"type": "ALL", "permissions": ["routing:queue:delete"]},
                "responses": {"200": {"description": "ok"}}
              }
            }
          }
        }
        """

    /// `oldSpec` a release later: one operation removed, one added, one changed in every way, a
    /// scope added and one removed.
    static let newSpec = """
        {
          "swagger": "2.0",
          "info": {"title": "Sample API", "version": "v2.1"},
          "host": "api.mypurecloud.com",
          "securityDefinitions": {
            "PureCloud OAuth": {
              "type": "oauth2", "flow": "implicit",
              "authorizationUrl": "https://login.mypurecloud.com/oauth/authorize",
              "scopes": {
                "analytics": "Analytics", "analytics:readonly": "Analytics, read only",
                "routing": "Routing", "users:readonly": "Users, read only"
              }
            }
          },
          "paths": {
            "/api/v2/analytics/queues/observations/query": {
              "post": {
                "operationId": "postAnalyticsQueuesObservationsQuery",
                "security": [{"PureCloud OAuth": ["analytics"]}],
                "x-inin-requires-permissions": {
                  "type": "ALL", "permissions": ["analytics:queueObservation:view", "routing:queue:view"]
                },
                "deprecated": true,
                "x-genesys-preview": true,
                "responses": {"200": {"description": "ok"}}
              }
            },
            "/api/v2/routing/queues": {
              "get": {
                "operationId": "getRoutingQueues",
                "security": [{"PureCloud OAuth": ["routing", "routing:readonly"]}],
                "x-inin-requires-permissions": {"type": "ANY", "permissions": ["routing:queue:view"]},
                "responses": {"200": {"description": "ok"}}
              }
            },
            "/api/v2/users/me": {
              "get": {
                "operationId": "getUsersMe",
                "security": [{"PureCloud OAuth": ["users:readonly"]}],
                "responses": {"200": {"description": "ok"}}
              }
            }
          }
        }
        """

    /// Writes `text` to `name` in a fresh temporary directory and returns the file's path.
    static func write(_ text: String, named name: String, in directory: URL? = nil) throws -> String {
        let folder = try directory ?? TestSupport.temporaryDirectory()
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// The names in `directory`, sorted (hidden files included).
    static func contents(of directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
    }
}
