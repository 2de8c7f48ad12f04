import Foundation
import Testing

/// The data action samples end to end: lint, suggest, inventory and explain with no policy.
@Suite struct DataActionCommandTests {
    @Test func lintReportsExactlyTheMissingPermissionAtTheAction() throws {
        let output = try CommandRunner.run(["lint", "samples/data-actions", "--format", "compact"])
        #expect(output.status == 1)
        #expect(
            output.stdout == """
                samples/data-actions/main.tf:83:20: error - GET /api/v2/routing/skills (data action module.list_skills.genesyscloud_integration_action.action at samples/data-actions/main.tf:83:20 via module.list_skills) checks ANY of: routing:skill:view; the roles of genesyscloud_oauth_client.data_actions (genesyscloud_auth_role.data_actions) do not grant any of them: the call fails with 403 missing.any.permissions (missing-permission)
                1 error, 0 warnings, 0 notes in 1 file

                """)
    }

    @Test func theJSONAndSARIFReportsCarryTheRoleToExtend() throws {
        let json = try CommandRunner.run(["lint", "samples/data-actions", "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let finding = try #require((report["findings"] as? [[String: Any]])?.first)
        let related = try #require(finding["related"] as? [[String: Any]])
        #expect(related.count == 1)
        #expect(related.first?["line"] as? Int == 5)
        #expect(related.first?["message"] as? String == "the role to extend: genesyscloud_auth_role.data_actions")
        let sarif = try CommandRunner.run(["lint", "samples/data-actions", "--format", "sarif"])
        #expect(sarif.stdout.contains(#""relatedLocations""#))
    }

    @Test func lintOfTheBlueprintShapeSaysWhatTheExternalClientNeeds() throws {
        let output = try CommandRunner.run(["lint", "samples/data-actions-external-client", "--format", "compact"])
        #expect(output.status == 0)
        let lines = output.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("samples/data-actions-external-client/main.tf:20:37: note - ") == true)
        #expect(
            lines.first?.hasSuffix(
                "its roles must grant analytics:queueObservation:view, routing:queue:view (integration-client)") == true
        )
        #expect(lines.first?.contains("GET /api/v2/routing/queues/{queueId} (data action module.get_queue.") == true)
    }

    @Test func suggestPrintsTheRoleAndClientForAnIntegration() throws {
        let output = try CommandRunner.run([
            "suggest", "--integration", "genesyscloud_integration.data_actions", "samples/data-actions",
        ])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains(#"authorized_grant_type       = "CLIENT-CREDENTIALS""#))
        for (domain, entity) in [("analytics", "queueObservation"), ("routing", "queue"), ("routing", "skill")] {
            #expect(
                output.stdout.contains(
                    """
                        domain      = "\(domain)"
                        entity_name = "\(entity)"
                        action_set  = ["view"]
                    """))
        }
        // Ready to paste: the suggestion is valid configuration for the provider.
        let directory = try TestSupport.temporaryDirectory()
        try Data(output.stdout.utf8).write(to: directory.appendingPathComponent("main.tf"))
        let spec = TestSupport.packageRoot.appendingPathComponent("samples/spec/genesys-platform-sample.json").path
        let pasted = try CommandRunner.run(["lint", ".", "--spec", spec, "--format", "compact"], in: directory)
        #expect(pasted.status == 0)
        #expect(pasted.stdout == "no problems found\n")
    }

    @Test func suggestWithoutAClientCoversEveryIntegration() throws {
        let all = try CommandRunner.run(["suggest", "samples/data-actions-external-client", "--format", "json"])
        #expect(all.status == 0, "\(all.stderr)")
        let suggestions = try #require(
            try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [[String: Any]])
        #expect(suggestions.count == 1)
        #expect(
            suggestions.first?["integration"] as? String
                == "module.data_actions_integration.genesyscloud_integration.integration")
        #expect(
            suggestions.first?["permissions"] as? [String] == ["analytics:queueObservation:view", "routing:queue:view"])
        let typo = try CommandRunner.run([
            "suggest", "--integration", "genesyscloud_integration.data_action", "samples/data-actions",
        ])
        #expect(typo.status == 2)
        #expect(typo.stderr.contains(#"did you mean "genesyscloud_integration.data_actions"?"#))
        let both = try CommandRunner.run([
            "suggest", "--integration", "x", "--client", "genesyscloud_oauth_client.data_actions",
            "samples/data-actions",
        ])
        #expect(both.status == 2)
    }

    @Test func inventoryListsEachIntegrationWithItsCredentialClientAndActions() throws {
        let text = try CommandRunner.run(["inventory", "samples/data-actions"])
        #expect(text.status == 0)
        #expect(
            text.stdout.contains(
                """
                genesyscloud_integration.data_actions  (samples/data-actions/main.tf:42)
                  type                                                       purecloud-data-actions
                  credential                                                 genesyscloud_integration_credential.data_actions
                  client                                                     genesyscloud_oauth_client.data_actions
                  genesyscloud_integration_action.get_queue                  GET /api/v2/routing/queues/{queueId}
                """))
        let json = try CommandRunner.run(["inventory", "samples/data-actions-external-client", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let integration = try #require((object["integrations"] as? [[String: Any]])?.first)
        let client = try #require(integration["client"] as? [String: String])
        #expect(client["unknown"]?.contains(#"no value was given for the required variable "client_id""#) == true)
        #expect((integration["actions"] as? [[String: Any]])?.count == 2)
    }

    @Test func explainClientIncludesTheDerivedCalls() throws {
        let output = try CommandRunner.run([
            "explain", "--client", "genesyscloud_oauth_client.data_actions", "samples/data-actions",
        ])
        #expect(output.status == 1)
        #expect(output.stdout.hasPrefix("genesyscloud_oauth_client.data_actions makes 3 calls (3 from data action)\n"))
        #expect(
            output.stdout.contains(
                "Call GET /api/v2/routing/skills (data action module.list_skills.genesyscloud_integration_action.action at samples/data-actions/main.tf:83:20 via module.list_skills)"
            ))
        let json = try CommandRunner.run([
            "explain", "--client", "genesyscloud_oauth_client.data_actions", "samples/data-actions", "--format", "json",
        ])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let calls = try #require(object["calls"] as? [[String: Any]])
        #expect(calls.last?["subject"] as? String == "module.list_skills.genesyscloud_integration_action.action")
        #expect(calls.last?["via"] as? [String] == ["module.list_skills"])
    }
}
