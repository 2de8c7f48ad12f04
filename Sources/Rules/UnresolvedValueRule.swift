import Core
import Graph
import Syntax
import Terraform

/// `unresolved-value`: what a verdict needed but cannot be known before `terraform apply`.
public struct UnresolvedValueRule: Rule {
    public init() {}

    /// The descriptor, shared with the linter, which files input diagnostics that are not
    /// errors (unset variables, modules not fetched) under the same id.
    public static let descriptor = RuleDescriptor(
        id: "unresolved-value",
        summary: "Something the analysis needed cannot be known before terraform apply.",
        defaultSeverity: .note,
        explanation: """
            Values that come from computed attributes, data sources, remote modules or unknown \
            variables are not guessed. Verdicts that depend on them are left open: a declared call \
            is neither confirmed nor reported as failing, and the note says what was unknown and \
            where. Pass the variable (--var, --var-file), define the role in the configuration, or \
            analyse the plan JSON to resolve it.
            """)

    public var descriptor: RuleDescriptor { Self.descriptor }

    public let examples: [RuleExample] = [
        .triggering(
            """
            data "genesyscloud_auth_role" "admin" {
              name = "Master Admin"
            }
            resource "genesyscloud_oauth_client" "poller" {
              name                  = "Poller"
              authorized_grant_type = "CLIENT-CREDENTIALS"
              roles {
                role_id = data.genesyscloud_auth_role.admin.id
              }
            }
            """,
            policy: """
                client "genesyscloud_oauth_client.poller" {
                  calls = ["POST /api/v2/analytics/queues/observations/query"]
                }
                """),
        .triggering(
            """
            # Run without a value for var.scopes.
            variable "scopes" {
              type = list(string)
            }
            resource "genesyscloud_oauth_client" "app" {
              name                  = "App"
              authorized_grant_type = "CODE"
              scopes                = var.scopes
            }
            """),
        .passing(
            """
            resource "genesyscloud_auth_role" "poller" {
              name = "Poller"
              permission_policies {
                domain      = "analytics"
                entity_name = "queueObservation"
                action_set  = ["view"]
              }
            }
            resource "genesyscloud_oauth_client" "poller" {
              name                  = "Poller"
              authorized_grant_type = "CLIENT-CREDENTIALS"
              roles {
                role_id = genesyscloud_auth_role.poller.id
              }
            }
            """,
            policy: """
                client "genesyscloud_oauth_client.poller" {
                  calls = ["POST /api/v2/analytics/queues/observations/query"]
                }
                """),
    ]

    public func check(_ graph: RequirementGraph) -> [Finding] {
        graph.clients.flatMap { entry in unknownArguments(of: entry.client) + openVerdicts(entry, graph) }
            + unknownRequests(graph) + deployerUnknowns(graph)
    }

    /// For each module whose deployer a policy describes: one note with what the provider's calls
    /// cannot be known for, and one per deployer block whose grant cannot be known.
    private func deployerUnknowns(_ graph: RequirementGraph) -> [Finding] {
        graph.deployers.flatMap { deployer -> [Finding] in
            guard let first = deployer.policies.first else { return [] }
            var findings: [Finding] = []
            if !deployer.caveats.isEmpty {
                findings.append(
                    finding(
                        "what the client that runs Terraform on \(deployer.module.directory) needs cannot be checked in "
                            + "full: \(deployer.caveats.joined(separator: "; "))",
                        at: first.phaseRange, address: "deployer \"\(first.phase.rawValue)\""))
            }
            for policy in deployer.policies {
                let unknown = deployer.grant(for: policy).roles.compactMap(\.unresolvedReason)
                guard !unknown.isEmpty else { continue }
                findings.append(
                    finding(
                        "cannot verify what the client that runs terraform \(policy.phase.rawValue) holds: "
                            + "\(unknown.joined(separator: "; ")); scopecheck deployer prints the role it needs",
                        at: policy.phaseRange, address: "deployer \"\(policy.phase.rawValue)\""))
            }
            return findings
        }
    }

    /// A note per data action of a Genesys Cloud integration whose method or URL is not known
    /// statically: its call cannot be checked.
    private func unknownRequests(_ graph: RequirementGraph) -> [Finding] {
        graph.modules.flatMap { module -> [Finding] in
            let links = IntegrationLinks(module: module)
            return module.dataActions.compactMap { action -> Finding? in
                guard !action.isFunction, links.link(of: action).target == .genesys else { return nil }
                let unknown: (what: String, attribute: EvaluatedAttribute, reason: String)? =
                    if let method = action.requestType, case .unknown(let value) = method.value {
                        ("request_type", method, value.reason)
                    } else if let template = action.urlTemplate, action.urlPieces == nil,
                        case .unknown(let value) = template.value
                    {
                        ("request_url_template", template, value.reason)
                    } else {
                        nil
                    }
                guard let unknown else { return nil }
                let origin = module.configuration.origin(of: unknown.attribute.expression, in: action.instance)
                return finding(
                    "the \(unknown.what) of \(action.address) is not known before terraform apply "
                        + "(\(unknown.reason))\(origin.viaText): the call it makes cannot be checked",
                    at: origin.range, address: action.address)
            }
        }
    }

    /// A note per declared call whose verdict depends on something unknown.
    private func openVerdicts(_ entry: GraphClient, _ graph: RequirementGraph) -> [Finding] {
        let grant = entry.grant
        var findings: [Finding] = []
        for call in entry.calls {
            for governing in call.governing {
                let result = AccessCheck.check(grant, governing.requirement)
                guard result.verdict == .unknown else { continue }
                findings.append(
                    finding(
                        "cannot verify that \(entry.client.address) can call \(governing.operation.reference) "
                            + "(\(call.call.provenance.description))\(graph.specs.provenance(governing)): "
                            + "\(result.unresolved.joined(separator: "; ")); the call is neither confirmed nor "
                            + "reported as failing",
                        at: entry.client.instance.labelRange, address: entry.client.address,
                        related: [declaration(of: call)]))
            }
        }
        return findings
    }

    /// Notes for a grant type, scopes or role ids that are unknown, where they were written.
    private func unknownArguments(of client: OAuthClient) -> [Finding] {
        var findings: [Finding] = []
        if let grantType = client.grantType, case .unknown(let unknown) = grantType.value {
            let origin = client.grantTypeOrigin
            findings.append(
                finding(
                    "the authorized_grant_type of \(client.address) is not known before terraform apply "
                        + "(\(unknown.reason))\(origin?.viaText ?? ""): whether its scopes or its roles limit its "
                        + "tokens cannot be checked",
                    at: origin?.range ?? grantType.range, address: client.address))
        }
        let grantType = client.knownGrantType
        if grantType?.actsAsClient != true, let scopes = client.scopes {
            for (unknown, range) in Self.unknownElements(of: scopes) {
                findings.append(
                    finding(
                        "a scope of \(client.address) is not known before terraform apply (\(unknown.reason)): "
                            + "calls that need a scope cannot be checked against it",
                        at: range, address: client.address))
            }
        }
        if grantType?.actsAsClient != false {
            for role in client.roles {
                guard let roleId = role.roleId, case .unknown(let unknown) = roleId.value, unknown.refersTo == nil
                else { continue }
                let origin = role.roleIdOrigin
                findings.append(
                    finding(
                        "the role_id of a roles block of \(client.address) is not known before terraform apply "
                            + "(\(unknown.reason))\(origin?.viaText ?? ""): the permissions of that role cannot be "
                            + "checked",
                        at: origin?.range ?? roleId.range, address: client.address))
            }
        }
        return findings
    }

    /// The unknown values of a list attribute with their ranges: the whole value when it is
    /// unknown, otherwise each unknown element (at its own range in a literal list).
    static func unknownElements(of attribute: EvaluatedAttribute) -> [(Unknown, SourceRange)] {
        switch attribute.value {
        case .unknown(let unknown): return [(unknown, attribute.range)]
        case .list(let values):
            var ranges: [SourceRange] = []
            if case .tuple(let elements) = attribute.expression.kind, elements.count == values.count {
                ranges = elements.map(\.range)
            }
            return values.enumerated().compactMap { index, value in
                guard case .unknown(let unknown) = value else { return nil }
                return (unknown, ranges.isEmpty ? attribute.range : ranges[index])
            }
        default: return []
        }
    }
}
