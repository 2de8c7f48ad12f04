import Graph

/// `missing-roles`: a CLIENT-CREDENTIALS client with no roles.
public struct MissingRolesRule: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "missing-roles",
        summary: "A CLIENT-CREDENTIALS client has no roles.",
        defaultSeverity: .error,
        explanation: """
            A client-credentials token holds only the permissions of the client's roles. Without a \
            roles block every call that checks a permission fails with 403. Assign a role that \
            grants what the integration calls.
            """)

    public let examples: [RuleExample] = [
        .triggering(
            """
            resource "genesyscloud_oauth_client" "job" {
              name                  = "Job"
              authorized_grant_type = "CLIENT-CREDENTIALS"
            }
            """),
        .passing(
            """
            resource "genesyscloud_oauth_client" "job" {
              name                  = "Job"
              authorized_grant_type = "CLIENT-CREDENTIALS"
              roles {
                role_id     = "1f0c6f70-aaaa-bbbb-cccc-000000000000"
                division_id = "*"
              }
            }
            """),
    ]

    public func check(_ graph: RequirementGraph) -> [Finding] {
        graph.clients.compactMap { entry in
            guard entry.client.knownGrantType == .clientCredentials, entry.client.roles.isEmpty else { return nil }
            let dynamicRoles = entry.client.instance.block.body.blocks.contains { block in
                block.type == "dynamic" && block.labels.first?.value == "roles"
            }
            guard !dynamicRoles else { return nil }
            return finding(
                "\(entry.client.address) is a CLIENT-CREDENTIALS client without roles: its tokens hold no permissions and every permission-checked call fails with 403",
                at: entry.client.instance.labelRange, address: entry.client.address,
                fix: "add roles { role_id = genesyscloud_auth_role.<name>.id } with a role granting what it calls")
        }
    }
}
