import Graph

/// `roles-ignored`: roles on a user-context client.
public struct RolesIgnoredRule: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "roles-ignored",
        summary: "Roles are set on a user-grant client, where they have no effect.",
        defaultSeverity: .warning,
        explanation: """
            CODE, TOKEN, SAML2-BEARER and PASSWORD tokens act as the signed-in user: what they can \
            do is the client's scopes intersected with the user's own permissions. Roles assigned \
            to the client do not apply. Grant the roles to the users (genesyscloud_user_roles) and \
            the scopes to the client.
            """)

    public let examples: [RuleExample] = [
        .triggering(
            """
            resource "genesyscloud_oauth_client" "app" {
              name                  = "App"
              authorized_grant_type = "CODE"
              scopes                = ["users:readonly"]
              roles {
                role_id = "1f0c6f70-aaaa-bbbb-cccc-000000000000"
              }
            }
            """),
        .passing(
            """
            resource "genesyscloud_oauth_client" "app" {
              name                  = "App"
              authorized_grant_type = "CODE"
              scopes                = ["users:readonly"]
            }
            """),
    ]

    public func check(_ graph: RequirementGraph) -> [Finding] {
        graph.clients.compactMap { entry in
            guard let grantType = entry.client.knownGrantType, !grantType.actsAsClient,
                let first = entry.client.roles.first
            else { return nil }
            return finding(
                "\(entry.client.address) uses the \(grantType.rawValue) grant: tokens act as the signed-in user, so its roles are ignored",
                at: first.range, address: entry.client.address,
                fix: "remove the roles blocks; grant roles to the users (genesyscloud_user_roles) instead")
        }
    }
}
