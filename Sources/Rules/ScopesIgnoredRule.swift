import Graph

/// `scopes-ignored`: scopes on a CLIENT-CREDENTIALS client.
public struct ScopesIgnoredRule: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "scopes-ignored",
        summary: "Scopes are set on a CLIENT-CREDENTIALS client, where they have no effect.",
        defaultSeverity: .warning,
        explanation: """
            A client-credentials token acts as the client itself and is limited by the client's \
            roles only; Genesys Cloud does not check its scopes. Scopes on such a client suggest \
            the author expects them to grant access — they do not. Remove them and grant the \
            permissions through roles.
            """)

    public let examples: [RuleExample] = [
        .triggering(
            """
            resource "genesyscloud_oauth_client" "job" {
              name                  = "Job"
              authorized_grant_type = "CLIENT-CREDENTIALS"
              scopes                = ["analytics"]
              roles {
                role_id = "1f0c6f70-aaaa-bbbb-cccc-000000000000"
              }
            }
            """),
        .passing(
            """
            resource "genesyscloud_oauth_client" "job" {
              name                  = "Job"
              authorized_grant_type = "CLIENT-CREDENTIALS"
              roles {
                role_id = "1f0c6f70-aaaa-bbbb-cccc-000000000000"
              }
            }
            """),
    ]

    public func check(_ graph: RequirementGraph) -> [Finding] {
        // A gateway in force checks every token's scopes: there they are not ignored.
        guard !graph.specs.specs.contains(where: \.checksScopesForEveryGrant) else { return [] }
        return graph.clients.compactMap { entry in
            guard entry.client.knownGrantType == .clientCredentials, let scopes = entry.client.scopes,
                !(scopes.value.listValue?.isEmpty ?? false)
            else { return nil }
            return finding(
                "\(entry.client.address) is a CLIENT-CREDENTIALS client: its scopes are ignored, only its roles' permissions count",
                at: scopes.nameRange.union(scopes.range), address: entry.client.address,
                fix: "remove scopes and grant the permissions through roles")
        }
    }
}
