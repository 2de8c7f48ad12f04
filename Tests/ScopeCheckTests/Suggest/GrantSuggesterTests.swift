import Foundation
import Testing

@testable import Core
@testable import Suggest
@testable import scopecheck

@Suite struct GrantSuggesterTests {
    static let terraform = [
        "main.tf": """
        resource "genesyscloud_oauth_client" "dashboard" {
          name                  = "Queue Dashboard"
          authorized_grant_type = "CODE"
          scopes                = ["analytics", "users:readonly"]
        }

        resource "genesyscloud_auth_role" "poller" {
          name = "Poller"
        }

        resource "genesyscloud_oauth_client" "poller" {
          name                  = "Queue \\"poller\\" ${var.x}"
          authorized_grant_type = "CLIENT_CREDENTIALS"
        }

        resource "genesyscloud_oauth_client" "idle" {
          name                  = "Idle"
          authorized_grant_type = "TOKEN"
          scopes                = ["users:readonly"]
        }

        resource "genesyscloud_oauth_client" "broken" {
          name                  = "Broken"
          authorized_grant_type = "IMPLICIT"
        }

        variable "x" {
          default = "x"
        }
        """
    ]

    static let policy = """
        client "genesyscloud_oauth_client.dashboard" {
          calls = [
            "POST /api/v2/analytics/queues/observations/query",
            "getRoutingQueues",
            "GET /api/v2/routing/queues/{queueId}/members",
            "GET /api/v2/users/me",
            "POST /api/v2/analytics/report/queue/summary",
          ]
        }
        client "genesyscloud_oauth_client.poller" {
          calls = [
            "POST /api/v2/analytics/conversations/details/query",
            "GET /api/v2/routing/queues/{queueId}/users",
            "DELETE /api/v2/routing/queues/{queueId}",
            "GET /api/v2/routing/queues/me",
          ]
        }
        client "genesyscloud_oauth_client.broken" {
          calls = ["getRoutingQueues"]
        }
        client "genesyscloud_oauth_client.idle" {
          calls = []
        }
        """

    func suggestion(_ address: String) throws -> GrantSuggestion {
        let (_, context) = try LintFixture.context(Self.terraform, policy: Self.policy)
        return try GrantSuggester.suggest(for: try ClientLookup.find(address, in: context), in: context)
    }

    @Test func userGrantInAllFormats() throws {
        let suggestion = try suggestion("genesyscloud_oauth_client.dashboard")
        #expect(suggestion.scopes == ["analytics:readonly", "routing:readonly", "user-basic-info"])
        #expect(suggestion.permissions == nil)
        #expect(
            suggestion.hcl == """
                # Least-privilege scopes for genesyscloud_oauth_client.dashboard (CODE), covering its 5 declared calls.
                # Not covered: "POST /api/v2/analytics/report/queue/summary" (policy.hcl:7:5): not an operation of the API spec in force (genesys-platform-sample.json); did you mean: POST /api/v2/analytics/reporting/exports; POST /api/v2/analytics/queues/observations/query; POST /api/v2/analytics/users/aggregates/query.
                scopes = ["analytics:readonly", "routing:readonly", "user-basic-info"]

                """)
        #expect(
            suggestion.text == """
                genesyscloud_oauth_client.dashboard (CODE): 5 declared calls; the smallest scope set covering them has 3 scopes.

                scopes = ["analytics:readonly", "routing:readonly", "user-basic-info"]

                analytics:readonly, needed by:
                  POST /api/v2/analytics/queues/observations/query (policy.hcl:3:5) accepts any one of: analytics, analytics:readonly

                routing:readonly, needed by:
                  getRoutingQueues → GET /api/v2/routing/queues (policy.hcl:4:5) accepts any one of: routing, routing:readonly
                  GET /api/v2/routing/queues/{queueId}/members (policy.hcl:5:5) accepts any one of: routing, routing:readonly

                user-basic-info, needed by:
                  GET /api/v2/users/me (policy.hcl:6:5) accepts user-basic-info

                Not covered:
                  POST /api/v2/analytics/report/queue/summary (policy.hcl:7:5): not an operation of the API spec in force (genesys-platform-sample.json); did you mean: POST /api/v2/analytics/reporting/exports; POST /api/v2/analytics/queues/observations/query; POST /api/v2/analytics/users/aggregates/query

                genesyscloud_oauth_client.dashboard requests today: analytics, users:readonly.
                  add: analytics:readonly, routing:readonly, user-basic-info
                  remove: analytics, users:readonly

                """)
        #expect(
            suggestion.json.rendered(pretty: false) == """
                {"client":"genesyscloud_oauth_client.dashboard","grantType":"CODE","scopes":["analytics:readonly","routing:readonly","user-basic-info"],\
                "because":{"analytics:readonly":["POST /api/v2/analytics/queues/observations/query"],\
                "routing:readonly":["getRoutingQueues","GET /api/v2/routing/queues/{queueId}/members"],"user-basic-info":["GET /api/v2/users/me"]},\
                "uncovered":[{"call":"POST /api/v2/analytics/report/queue/summary","location":"policy.hcl:7:5",\
                "reason":"not an operation of the API spec in force (genesys-platform-sample.json); did you mean: POST /api/v2/analytics/reporting/exports; POST /api/v2/analytics/queues/observations/query; POST /api/v2/analytics/users/aggregates/query"}],\
                "provenMinimal":true}
                """)
    }

    @Test func clientCredentialsInAllFormats() throws {
        let suggestion = try suggestion("genesyscloud_oauth_client.poller")
        #expect(suggestion.grantType == .clientCredentials)
        #expect(suggestion.scopes == nil)
        #expect(suggestion.roleName == "poller_least_privilege")
        #expect(
            suggestion.hcl == """
                # Least-privilege role for genesyscloud_oauth_client.poller (CLIENT-CREDENTIALS), covering its 4 declared calls.
                resource "genesyscloud_auth_role" "poller_least_privilege" {
                  name        = "Queue \\"poller\\" x (least privilege)"
                  description = "What genesyscloud_oauth_client.poller calls, as declared in its policy (scopecheck suggest)"

                  permission_policies {
                    domain      = "analytics"
                    entity_name = "agentConversationDetail"
                    action_set  = ["view"]
                  }

                  permission_policies {
                    domain      = "routing"
                    entity_name = "queue"
                    action_set  = ["delete", "view"]
                  }
                }

                # Grant the role to the client: add this block to genesyscloud_oauth_client.poller.
                roles {
                  role_id     = genesyscloud_auth_role.poller_least_privilege.id
                  division_id = "*"
                }

                """)
        #expect(
            suggestion.text == """
                genesyscloud_oauth_client.poller (CLIENT-CREDENTIALS): 4 declared calls; the smallest role covering them grants 3 permissions in 2 permission policies.

                permission_policies: analytics:agentConversationDetail:view
                permission_policies: routing:queue:delete,view

                analytics:agentConversationDetail:view, needed by:
                  POST /api/v2/analytics/conversations/details/query (policy.hcl:12:5) checks ANY of: analytics:conversationDetail:view, analytics:agentConversationDetail:view

                routing:queue:delete, needed by:
                  DELETE /api/v2/routing/queues/{queueId} (policy.hcl:14:5) checks ALL of: routing:queue:delete

                routing:queue:view, needed by:
                  GET /api/v2/routing/queues/{queueId}/users (policy.hcl:13:5) checks ANY of: routing:queue:view, routing:queueMember:manage

                Calls that check no permission:
                  GET /api/v2/routing/queues/me (policy.hcl:15:5)

                """)
        #expect(
            suggestion.json.rendered(pretty: false) == """
                {"client":"genesyscloud_oauth_client.poller","grantType":"CLIENT-CREDENTIALS",\
                "permissionPolicies":[{"domain":"analytics","entityName":"agentConversationDetail","actionSet":["view"]},\
                {"domain":"routing","entityName":"queue","actionSet":["delete","view"]}],\
                "permissions":["analytics:agentConversationDetail:view","routing:queue:delete","routing:queue:view"],"otherPermissions":[],\
                "role":{"address":"genesyscloud_auth_role.poller_least_privilege","name":"Queue \\"poller\\" x (least privilege)"},\
                "because":{"analytics:agentConversationDetail:view":["POST /api/v2/analytics/conversations/details/query"],\
                "routing:queue:delete":["DELETE /api/v2/routing/queues/{queueId}"],"routing:queue:view":["GET /api/v2/routing/queues/{queueId}/users"]},\
                "uncovered":[],"provenMinimal":true}
                """)
    }

    @Test func clientsWithoutCallsOrGrantTypeAreErrors() throws {
        let noCalls = #expect(throws: SuggestError.self) { try suggestion("genesyscloud_oauth_client.idle") }
        #expect(
            noCalls?.message
                == "the policy blocks for genesyscloud_oauth_client.idle (policy.hcl:21:1) declare no calls: add client \"genesyscloud_oauth_client.idle\" { calls = [\"METHOD /api/v2/...\"] } to a policy file (or run scopecheck discover on the application's source to find them)"
        )
        let invalid = #expect(throws: SuggestError.self) { try suggestion("genesyscloud_oauth_client.broken") }
        #expect(
            invalid?.message
                == "genesyscloud_oauth_client.broken: authorized_grant_type \"IMPLICIT\" is not valid, so it is unclear whether scopes or roles limit its tokens (valid: CODE, TOKEN, SAML2BEARER, SAML2-BEARER, PASSWORD, CLIENT-CREDENTIALS)"
        )
    }

    @Test func unknownClientsAreInputErrorsWithTheNearestAddress() throws {
        let (_, context) = try LintFixture.context(Self.terraform, policy: Self.policy)
        let error = #expect(throws: InputError.self) {
            try ClientLookup.find("genesyscloud_oauth_client.dashbord", in: context)
        }
        #expect(error?.message.hasSuffix("; did you mean \"genesyscloud_oauth_client.dashboard\"?") == true)
    }

    @Test func andAlternativesOfAStandardSpecAreCoveredWhole() throws {
        let spec = try LintFixture.spec(
            """
            {"openapi": "3.0.3", "info": {"title": "Gateway", "version": "1"},
             "components": {"securitySchemes": {"oauth": {"type": "oauth2", "flows": {"clientCredentials": {
               "tokenUrl": "https://x/token", "scopes": {"report:read": "", "report:execute": "", "admin": ""}}}}}},
             "paths": {
               "/reports/{id}/run": {"post": {"operationId": "runReport",
                 "security": [{"oauth": ["report:read", "report:execute"]}, {"oauth": ["admin"]}]}},
               "/reports": {"get": {"operationId": "listReports", "security": [{"oauth": ["report:read"]}]}}
             }}
            """)
        let (_, context) = try LintFixture.context(
            [
                "main.tf": """
                resource "genesyscloud_oauth_client" "app" {
                  name                  = "App"
                  authorized_grant_type = "CODE"
                  scopes                = ["admin"]
                }
                """
            ],
            policy: #"client "genesyscloud_oauth_client.app" { calls = ["runReport", "listReports"] }"#,
            specs: [spec])
        let suggestion = try GrantSuggester.suggest(
            for: try ClientLookup.find("genesyscloud_oauth_client.app", in: context), in: context)
        // {admin, report:read} and {report:execute, report:read} both cover the calls with two
        // write scopes: the alphabetically first list wins.
        #expect(suggestion.scopes == ["admin", "report:read"])
        #expect(suggestion.reasons.map(\.callTexts) == [["runReport"], ["listReports"]])
    }
}
