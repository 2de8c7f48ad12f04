import Foundation
import Testing

@Suite struct InventoryCommandTests {
    @Test func listsClientsAndRolesWithResolvedRoles() throws {
        let output = try CommandRunner.run(["inventory", "--format", "json", "samples/queue-dashboard"])
        #expect(output.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any] ?? [:]
        let clients = json["clients"] as? [[String: Any]] ?? []
        #expect(
            clients.map { $0["address"] as? String } == [
                "genesyscloud_oauth_client.queue_dashboard", "genesyscloud_oauth_client.queue_poller",
            ])
        let dashboard = clients[0]["attributes"] as? [String: Any] ?? [:]
        #expect(dashboard["scopes"] as? [String] == ["analytics:readonly", "routing:readonly"])
        #expect(dashboard["registered_redirect_uris"] as? [String] == ["https://dashboard.example.com/oauth/callback"])
        #expect(dashboard["access_token_validity_seconds"] as? Int == 3600)
        let poller = clients[1]["attributes"] as? [String: Any] ?? [:]
        let role = (poller["roles"] as? [[String: Any]])?.first
        #expect(role?["role"] as? String == "genesyscloud_auth_role.queue_poller")
        #expect(role?["division_id"] as? String == "*")
        #expect((role?["role_id"] as? [String: Any])?["refersTo"] as? String == "genesyscloud_auth_role.queue_poller")
        #expect(clients[1]["line"] as? Int == 46)
        #expect(clients[1]["file"] as? String == "samples/queue-dashboard/main.tf")
    }

    @Test func variablesFromTheCommandLineWin() throws {
        let output = try CommandRunner.run([
            "inventory", "--format", "json", "samples/queue-dashboard", "--var", "token_validity_seconds=900",
            "--var", "dashboard_host=ops.example.org",
        ])
        let json = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any] ?? [:]
        let dashboard = ((json["clients"] as? [[String: Any]])?.first?["attributes"]) as? [String: Any] ?? [:]
        #expect(dashboard["access_token_validity_seconds"] as? Int == 900)
        #expect(dashboard["registered_redirect_uris"] as? [String] == ["https://ops.example.org/oauth/callback"])
    }

    @Test func parseErrorsExitOneWithCompilerStyleDiagnostics() throws {
        let directory = try TestSupport.temporaryDirectory()
        try "resource \"genesyscloud_oauth_client\" \"x\" {\n  name = \n}\n".write(
            to: directory.appendingPathComponent("main.tf"), atomically: true, encoding: .utf8)
        let output = try CommandRunner.run(["inventory", directory.path])
        #expect(output.status == 1)
        #expect(output.stderr.hasPrefix("\(directory.path)/main.tf:2:"))
        #expect(output.stderr.contains(": error: "))
        #expect(try CommandRunner.run(["inventory", "/no/such/dir"]).status == 2)
        #expect(try CommandRunner.run(["inventory", "--format", "yaml"]).status == 2)
    }
}
