import Foundation
import Testing

/// A Terraform client holding a role read with `data "genesyscloud_auth_role"` (Master Admin):
/// its permissions are not in the configuration, so every call is unknown, never denied, and
/// the page says why and that its divisions cannot be known.
@Suite(.enabled(if: CommandRunner.executable != nil)) struct AuditUnknownRoleTests {
    @Test func aDataSourceRoleLeavesEveryCallUnknown() throws {
        let directory = try TestSupport.temporaryDirectory()
        let configuration = """
            data "genesyscloud_auth_role" "master" {
              name = "Master Admin"
            }

            resource "genesyscloud_oauth_client" "pipeline" {
              name                  = "Pipeline"
              authorized_grant_type = "CLIENT-CREDENTIALS"
              roles {
                role_id     = data.genesyscloud_auth_role.master.id
                division_id = "*"
              }
            }
            """
        try Data(configuration.utf8).write(to: directory.appendingPathComponent("main.tf"))
        let output = try CommandRunner.run([
            "audit", directory.path, "--client", "genesyscloud_oauth_client.pipeline", "--usage",
            "samples/audit-org/usage", "--spec", "samples/spec/genesys-platform-sample.json",
        ])
        #expect(output.status == 1, "\(output.stderr)")
        let why =
            #"data.genesyscloud_auth_role.master ("Master Admin") is a data source: the role exists in the org but its permissions are not in the configuration"#
        #expect(output.stdout.contains("Verdict: unknown: 4 of 4 calls cannot be decided\n"))
        #expect(output.stdout.contains("    permissions unknown: \(why)\n"))
        #expect(!output.stdout.contains("denied "))
        #expect(
            output.stdout.contains(
                "           divisions: cannot be known: what data.genesyscloud_auth_role.master grant is unknown\n"))
        #expect(
            output.stdout.contains(
                "  caveat: the permissions of data.genesyscloud_auth_role.master are unknown: what they add or make excess is not counted\n"
            ))
    }
}
