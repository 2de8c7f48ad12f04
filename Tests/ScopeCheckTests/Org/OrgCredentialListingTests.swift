import Foundation
import Testing

/// The credentials listing (`GET /api/v2/integrations/credentials`) holds no fields: read as
/// credentials without a client, it leaves the data actions of their integrations unchecked,
/// with a note saying which answer to save, rather than stopping the command.
@Suite(.enabled(if: CommandRunner.executable != nil)) struct OrgCredentialListingTests {
    @Test func aCredentialListingLeavesTheActionsUncheckedWithANote() throws {
        let org = try TestSupport.temporaryDirectory()
        let sample = TestSupport.packageRoot.appendingPathComponent("samples/audit-org/org")
        for name in [
            "oauth-clients-page-1.json", "oauth-clients-page-2.json", "roles.json", "actions.json", "integrations.json",
        ] {
            try FileManager.default.copyItem(
                at: sample.appendingPathComponent(name), to: org.appendingPathComponent(name))
        }
        let listing = #"""
            {"entities": [{"id": "9c8b7a6f-cccc-4d3e-8f2a-000000000021", "name": "Queue Sync client",
              "createdDate": "2026-01-01T00:00:00Z", "type": {"name": "pureCloudOAuthClient"}}], "pageCount": 1}
            """#
        try Data(listing.utf8).write(to: org.appendingPathComponent("credentials.json"))
        let output = try CommandRunner.run([
            "audit", "--org", org.path, "--spec", "samples/spec/genesys-platform-sample.json",
        ])
        #expect(output.status == 1, "\(output.stderr)")
        #expect(output.stdout.hasPrefix("no calls Wallboard Login"))
        #expect(
            output.stdout.contains(
                "note: data action Get Queue (custom_-_0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c01) is not checked: the answers hold no credential with a clientId for its integration 7e3f0c1a-aaaa-4b2c-9d8e-000000000011 (save GET /api/v2/integrations/credentials/9c8b7a6f-cccc-4d3e-8f2a-000000000021)\n"
            ))
    }
}
