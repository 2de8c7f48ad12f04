import Foundation
import Testing

/// `explain --token` with a client-credentials token: the token carries no roles, so without
/// the org's answers the verdict is unknown, and with them the roles of its client decide.
@Suite(.enabled(if: CommandRunner.executable != nil)) struct ExplainTokenRolesTests {
    static let call = "POST /api/v2/routing/queues/{queueId}/members"

    /// An unsigned client-credentials token of the Queue Sync client of `samples/audit-org`.
    static func tokenFile() throws -> URL {
        func part(_ json: String) -> String {
            Data(json.utf8).base64EncodedString().replacingOccurrences(of: "+", with: "-")
                .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        }
        let claims =
            #"{"client_id":"8b7d4e21-6c3a-4f0b-b2d9-5e1a9c7f3b02","grant_type":"client_credentials","exp":4102444800}"#
        let token = part(#"{"alg":"RS256","typ":"JWT"}"#) + "." + part(claims) + ".c2ln"
        let file = try TestSupport.temporaryDirectory().appendingPathComponent("token.jwt")
        try Data(token.utf8).write(to: file)
        return file
    }

    @Test func withoutTheOrgsAnswersTheRolesAreUnknown() throws {
        let output = try CommandRunner.run([
            "explain", Self.call, "--token", "@" + Self.tokenFile().path, "--spec",
            "samples/spec/genesys-platform-sample.json",
        ])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("  verdict: unknown\n"))
        #expect(output.stdout.contains("a client-credentials token does not carry its client's roles"))
        #expect(!output.stdout.contains("no roles"))
    }

    @Test func withTheOrgsAnswersItsClientsRolesDecide() throws {
        let output = try CommandRunner.run([
            "explain", Self.call, "--token", "@" + Self.tokenFile().path, "--org", "samples/audit-org/org",
        ])
        #expect(output.status == 1, "\(output.stderr)")
        #expect(
            output.stdout.contains(
                "Checked: --token of Queue Sync (8b7d4e21-6c3a-4f0b-b2d9-5e1a9c7f3b02) (CLIENT-CREDENTIALS; no scopes, roles Queue Sync Role (c0a1e2f3-1111-4a2b-8c3d-000000000001))\n  verdict: denied\n  missing permission: ANY of: routing:queue:edit, routing:queueMember:manage\n"
            ))
    }
}
