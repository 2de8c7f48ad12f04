import Graph

/// `missing-scopes`: a user-grant client with no scopes at all.
public struct MissingScopesRule: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "missing-scopes",
        summary: "A user-grant client requests no scopes.",
        defaultSeverity: .error,
        explanation: """
            The provider requires scopes for every grant other than CLIENT-CREDENTIALS, and a token \
            without scopes can call nothing that checks one. Add the scopes the application's calls \
            need (`scopecheck explain ENDPOINT` lists them).
            """)

    public let examples: [RuleExample] = [
        .triggering(
            """
            resource "genesyscloud_oauth_client" "app" {
              name                  = "App"
              authorized_grant_type = "TOKEN"
              scopes                = []
            }
            """),
        .passing(
            """
            resource "genesyscloud_oauth_client" "app" {
              name                  = "App"
              authorized_grant_type = "TOKEN"
              scopes                = ["user-basic-info"]
            }
            """),
    ]

    public func check(_ graph: RequirementGraph) -> [Finding] {
        graph.clients.compactMap { entry in
            guard let grantType = entry.client.knownGrantType, !grantType.actsAsClient else { return nil }
            let scopes = entry.client.scopes
            let isEmpty = scopes == nil || scopes?.value == .null || scopes?.value.listValue?.isEmpty == true
            guard isEmpty else { return nil }
            return finding(
                "\(entry.client.address) uses the \(grantType.rawValue) grant but requests no scopes: its tokens can call nothing that checks a scope",
                at: scopes.map { $0.nameRange.union($0.range) } ?? entry.client.instance.labelRange,
                address: entry.client.address, fix: "set scopes = [...] to the scopes the application's calls need")
        }
    }
}
