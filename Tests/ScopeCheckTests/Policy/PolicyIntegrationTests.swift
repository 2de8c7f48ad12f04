import Testing

@testable import Policy

/// `integration` blocks (what the OAuth client of an integration outside the configuration
/// holds) and a client's `derived_calls`.
@Suite struct PolicyIntegrationTests {
    @Test func readsIntegrationBlocksWithTheirRanges() throws {
        let policy = PolicyLoader.parse(
            """
            integration "genesyscloud_integration.actions" {
              client_roles = ["genesyscloud_auth_role.actions"]
            }

            integration "module.integration.integration_id" {
              client_permissions = ["routing:queue:view", "architect:datatable:*", "users:*:*"]
            }
            """, path: "policy.hcl")
        #expect(policy.diagnostics.isEmpty)
        #expect(
            policy.integrations.map(\.selector) == [
                "genesyscloud_integration.actions", "module.integration.integration_id",
            ])
        let first = try #require(policy.integrations.first)
        #expect(PolicyTest.span(first.selectorRange) == "1:13-1:47")
        #expect(first.clientRoles.map(\.value) == ["genesyscloud_auth_role.actions"])
        #expect(first.clientPermissions.isEmpty)
        #expect(
            policy.integrations.last?.clientPermissions.map(\.value) == [
                "routing:queue:view", "architect:datatable:*", "users:*:*",
            ])
    }

    @Test(arguments: [
        (
            #"integration { client_roles = ["genesyscloud_auth_role.a"] }"#,
            ["error 1:1 An integration block needs the integration's Terraform address as its label"]
        ),
        (
            #"integration "genesyscloud_integration.a" "extra" { client_roles = ["genesyscloud_auth_role.a"] }"#,
            ["error 1:42 An integration block takes one label, the integration"]
        ),
        (
            #"integration "genesyscloud_integration.a" {}"#,
            ["error 1:1 An integration block needs client_roles or client_permissions"]
        ),
        (
            #"integration "genesyscloud_integration.a" { client_permissions = ["routing:queue", "routing::view"] }"#,
            [
                #"error 1:66 Invalid permission "routing:queue""#, #"error 1:83 Invalid permission "routing::view""#,
            ]
        ),
        (
            #"integration "genesyscloud_integration.a" { client_roles = ["not an address"] }"#,
            nil
        ),
        (
            #"integration "genesyscloud_integration.a" { client_role = ["genesyscloud_auth_role.a"] }"#,
            nil
        ),
    ])
    func problemsAreDiagnosedAtTheirPlace(text: String, expected: [String]?) {
        PolicyTest.expectDiagnostics(of: text, expected)
    }

    @Test func derivedCallsIsABooleanOfTheClient() throws {
        let policy = PolicyLoader.parse(
            """
            client "genesyscloud_oauth_client.a" {
              calls         = ["GET /api/v2/routing/skills"]
              derived_calls = false
            }
            client "genesyscloud_oauth_client.b" {
              calls = []
            }
            """, path: "policy.hcl")
        #expect(policy.diagnostics.isEmpty)
        #expect(policy.clients.map { $0.derivedCalls?.value } == [false, nil])
        let wrong = PolicyTest.policyDiagnostics(
            """
            client "genesyscloud_oauth_client.a" {
              calls         = []
              derived_calls = "no"
            }
            """)
        #expect(wrong.count == 1)
        #expect(wrong.first?.hasPrefix("error 3:19 ") == true, "\(wrong)")
    }
}
