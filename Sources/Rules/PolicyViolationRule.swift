import Genesys
import Graph
import Policy
import Syntax
import Terraform

/// `policy-violation`: a client breaks a rule of the policy's `rules` blocks.
public struct PolicyViolationRule: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "policy-violation",
        summary: "An OAuth client breaks a rule of the organisation's policy.",
        defaultSeverity: .error,
        explanation: """
            The policy's rules blocks set what every client must respect: scopes no client may \
            request (deny_scopes), the longest token lifetime (max_token_validity_seconds; a client \
            without access_token_validity_seconds gets the provider default of 86400 seconds), a \
            description on every client (require_description) and the grant types clients may use \
            (allowed_grant_types). Nothing fails at run time: the organisation decided these limits. \
            Change the client as the message says, or change the policy if the rule is wrong.
            """)

    public let examples: [RuleExample] = [
        .triggering(
            """
            resource "genesyscloud_oauth_client" "admin_tool" {
              name                  = "Admin tool"
              authorized_grant_type = "CODE"
              scopes                = ["authorization"]
            }
            """,
            policy: """
                rules {
                  deny_scopes                = ["authorization"]
                  max_token_validity_seconds = 3600
                  require_description        = true
                }
                """),
        .passing(
            """
            resource "genesyscloud_oauth_client" "admin_tool" {
              name                          = "Admin tool"
              description                   = "Read-only role browser for the security team"
              authorized_grant_type         = "CODE"
              scopes                        = ["authorization:readonly"]
              access_token_validity_seconds = 3600
            }
            """,
            policy: """
                rules {
                  deny_scopes                = ["authorization"]
                  max_token_validity_seconds = 3600
                  require_description        = true
                }
                """),
    ]

    public func check(_ graph: RequirementGraph) -> [Finding] {
        guard let rules = graph.policy.rules else { return [] }
        return graph.clients.flatMap { entry in
            let client = entry.client
            return deniedScopes(client, rules)
                + [
                    tokenValidity(client, rules, graph.schema), description(client, rules),
                    grantType(client, rules),
                ].compactMap { $0 }
        }
    }

    private func deniedScopes(_ client: OAuthClient, _ rules: PolicyRules) -> [Finding] {
        let patterns = rules.denyScopeGlobs
        return client.scopeItems.known.compactMap { item in
            guard let pattern = patterns.first(where: { $0.value.matches(item.name) }) else { return nil }
            return finding(
                "scope \"\(item.name)\"\(item.viaText) is denied by the policy: deny_scopes pattern \"\(pattern.value.pattern)\" "
                    + "(\(pattern.range.description)) forbids every client to request it",
                at: item.range, address: client.address, fix: "remove \"\(item.name)\" from scopes")
        }
    }

    private func tokenValidity(_ client: OAuthClient, _ rules: PolicyRules, _ schema: ProviderSchema) -> Finding? {
        guard let limit = rules.maxTokenValiditySeconds else { return nil }
        let name = "access_token_validity_seconds"
        let rule = "the policy's max_token_validity_seconds = \(limit.value) (\(limit.range.description))"
        let attribute = client.instance.attribute(name)
        switch attribute?.value {
        case .unknown?: return nil
        case nil, .null?:
            let fallback = schema.resource(OAuthClient.resourceType)?.attribute(name)?.defaultValue
            guard case .number(let seconds)? = fallback, seconds > Double(limit.value) else { return nil }
            return finding(
                "\(client.address) does not set \(name), so its tokens live the provider default of "
                    + "\(Value.format(seconds)) seconds, above \(rule)",
                at: client.instance.labelRange, address: client.address, fix: "add \(name) = \(limit.value)")
        case let value?:
            guard let attribute, let seconds = value.stringValue.flatMap(Value.parseNumber),
                seconds > Double(limit.value)
            else { return nil }
            return finding(
                "\(name) of \(client.address) is \(Value.format(seconds)) seconds, above \(rule): a leaked token "
                    + "stays valid longer than the organisation allows",
                at: attribute.range, address: client.address, fix: "\(name) = \(limit.value)")
        }
    }

    private func description(_ client: OAuthClient, _ rules: PolicyRules) -> Finding? {
        guard let required = rules.requireDescription, required.value else { return nil }
        let rule = "the policy requires one (require_description at \(required.range.description))"
        let fix = "add description = \"<what the client is for and who owns it>\""
        let attribute = client.instance.attribute("description")
        switch attribute?.value {
        case .unknown?: return nil
        case nil, .null?:
            return finding(
                "\(client.address) has no description, but \(rule)", at: client.instance.labelRange,
                address: client.address, fix: fix)
        case let value?:
            guard let attribute, (value.stringValue ?? "").allSatisfy(\.isWhitespace) else { return nil }
            return finding(
                "the description of \(client.address) is empty, but \(rule)", at: attribute.range,
                address: client.address, fix: fix)
        }
    }

    private func grantType(_ client: OAuthClient, _ rules: PolicyRules) -> Finding? {
        guard let allowed = rules.allowedGrantTypes, let attribute = client.grantType,
            let grantType = client.knownGrantType
        else { return nil }
        let names = allowed.value.map(\.value)
        guard !names.map(Self.canonical).contains(Self.canonical(grantType.rawValue)) else { return nil }
        return finding(
            "\(client.address) uses the \(grantType.rawValue) grant, which the policy does not allow "
                + "(allowed_grant_types = \(names.joined(separator: ", ")) at \(allowed.range.description))",
            at: attribute.range, address: client.address,
            fix: names.count == 1 ? "authorized_grant_type = \"\(names[0])\"" : nil)
    }

    /// SAML2-BEARER and SAML2BEARER are two spellings of one grant.
    private static func canonical(_ grantType: String) -> String {
        grantType == GrantType.saml2BearerHyphenated.rawValue ? GrantType.saml2Bearer.rawValue : grantType
    }
}
