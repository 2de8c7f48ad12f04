import Core
import Genesys
import Graph

/// `invalid-grant-type`: an `authorized_grant_type` the provider rejects.
public struct InvalidGrantTypeRule: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "invalid-grant-type",
        summary: "authorized_grant_type is not one of the values the provider accepts.",
        defaultSeverity: .error,
        explanation: """
            The provider accepts CODE, TOKEN, SAML2BEARER, SAML2-BEARER, PASSWORD and \
            CLIENT-CREDENTIALS (with a hyphen). Anything else, CLIENT_CREDENTIALS included, fails \
            at plan time.
            """)

    public let examples: [RuleExample] = [
        .triggering(
            """
            resource "genesyscloud_oauth_client" "job" {
              name                  = "Job"
              authorized_grant_type = "CLIENT_CREDENTIALS"
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
        let valid = GrantType.allCases.map(\.rawValue)
        return graph.clients.compactMap { entry in
            guard let attribute = entry.client.grantType, let value = attribute.value.stringValue,
                GrantType(rawValue: value) == nil
            else { return nil }
            let normalized = value.uppercased().replacingOccurrences(of: "_", with: "-")
            let suggestion =
                valid.first { $0 == normalized } ?? ClosestName.to(value.uppercased(), among: valid)
            let hint = suggestion.map { "; did you mean \"\($0)\"?" } ?? ""
            let origin = entry.client.grantTypeOrigin
            return finding(
                "authorized_grant_type \"\(value)\"\(origin?.viaText ?? "") is not valid "
                    + "(valid: \(valid.joined(separator: ", ")))\(hint)",
                at: origin?.range ?? attribute.range, address: entry.client.address,
                fix: suggestion.map { "authorized_grant_type = \"\($0)\"" })
        }
    }
}
