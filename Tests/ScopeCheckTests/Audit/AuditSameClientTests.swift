import Foundation
import Testing

/// The Queue Sync client of `samples/audit-org`, audited once from its Terraform
/// (`samples/audit-org/terraform`) and once from the org's API answers (`samples/audit-org/org`),
/// with the same usage export: the verdicts, what each call needs and lacks, and the change
/// are the same; only the names of the client and its role differ.
@Suite(.enabled(if: CommandRunner.executable != nil)) struct AuditSameClientTests {
    static let usage = "samples/audit-org/usage"

    /// The audit's JSON for `arguments`, with the exit status.
    static func audit(_ arguments: [String]) throws -> (status: Int32, json: [String: Any]) {
        let output = try CommandRunner.run(["audit"] + arguments + ["--usage", usage, "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
        return (output.status, try #require(json))
    }

    /// Each call's text with its verdict, requirement and what is missing, in order.
    static func calls(_ json: [String: Any]) -> [String] {
        (json["calls"] as? [[String: Any]] ?? []).map { call in
            let missing = (call["missing"] as? [String] ?? []).joined(separator: ", ")
            return
                "\(call["verdict"] ?? "") \(call["call"] ?? "") needs \(call["requirement"] ?? "-") missing [\(missing)]"
        }
    }

    @Test func terraformAndTheOrgsAnswersGiveTheSameVerdicts() throws {
        let terraform = try Self.audit([
            "samples/audit-org/terraform", "--client", "genesyscloud_oauth_client.queue_sync",
        ])
        let org = try Self.audit(["--org", "samples/audit-org/org", "--client", "Queue Sync"])
        #expect(terraform.status == 1)
        #expect(org.status == terraform.status)
        #expect(org.json["verdict"] as? String == "denied")
        #expect(terraform.json["verdict"] as? String == org.json["verdict"] as? String)
        let calls = Self.calls(org.json)
        #expect(calls.count == 5)
        #expect(Self.calls(terraform.json) == calls)
        let terraformChange = try #require(terraform.json["change"] as? [String: Any])
        let orgChange = try #require(org.json["change"] as? [String: Any])
        #expect(orgChange["addPermissions"] as? [String] == ["routing:queue:edit"])
        #expect(terraformChange["addPermissions"] as? [String] == orgChange["addPermissions"] as? [String])
        #expect(
            terraformChange["removePolicies"] as? [String] == [
                "analytics:conversationDetail:view (genesyscloud_auth_role.queue_sync)"
            ])
        #expect(
            orgChange["removePolicies"] as? [String] == [
                "analytics:conversationDetail:view (Queue Sync Role (c0a1e2f3-1111-4a2b-8c3d-000000000001))"
            ])
    }
}
