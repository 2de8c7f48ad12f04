import Core
import Graph
import Terraform

/// Every OAuth client and auth role of a configuration with its resolved attributes: what
/// `scopecheck inventory` prints.
public struct Inventory: Sendable {
    public var clients: [OAuthClient]
    public var roles: [AuthRole]
    /// The integrations with data actions, and those actions.
    public var integrations: [IntegrationListing]
    private let resolver: GrantResolver
    /// Hides the sensitive values of the configurations in both listings.
    public let redactor: Redactor

    /// The client attributes listed, in this order, when configured.
    static let clientAttributes = [
        "name", "description", "authorized_grant_type", "scopes", "access_token_validity_seconds", "state",
        "registered_redirect_uris", "integration_credential_name", "expose_client_secret",
    ]
    /// The role attributes listed, in this order, when configured.
    static let roleAttributes = ["name", "description", "default_role_id", "permissions"]

    /// The inventory of the graph's modules.
    public init(graph: RequirementGraph) {
        let configurations = graph.modules.map(\.configuration)
        clients = configurations.flatMap { configuration in
            configuration.resources(ofType: OAuthClient.resourceType).map { OAuthClient($0, in: configuration) }
        }
        roles = configurations.flatMap { $0.resources(ofType: AuthRole.resourceType) }.map(AuthRole.init)
        integrations = IntegrationListing.all(in: graph.modules)
        resolver = GrantResolver(configurations: configurations)
        redactor = Redactor(configurations: configurations)
    }

    /// The documented JSON form: `{"clients": [...], "roles": [...], "integrations": [...]}`.
    public var json: JSONOutput {
        redactor.redact(
            .fields([
                ("clients", .array(clients.map { item($0.instance, attributes: clientAttributes($0)) })),
                ("roles", .array(roles.map { item($0.instance, attributes: roleAttributes($0)) })),
                ("integrations", .array(integrations.map(\.json))),
            ]))
    }

    private func item(_ instance: ResourceInstance, attributes: [(String, JSONOutput)]) -> JSONOutput {
        .fields([
            ("address", .string(instance.address)), ("mode", .string(instance.mode.rawValue)),
            ("file", .string(instance.file)), ("line", .int(instance.range.start.line)),
            ("attributes", .object(attributes)),
        ])
    }

    private func value(_ attribute: EvaluatedAttribute) -> JSONOutput {
        attribute.sensitive ? .string(Redaction.placeholder) : attribute.value.json
    }

    private func configured(_ names: [String], of instance: ResourceInstance) -> [(String, JSONOutput)] {
        names.compactMap { name in instance.attribute(name).map { (name, value($0)) } }
    }

    func clientAttributes(_ client: OAuthClient) -> [(String, JSONOutput)] {
        var attributes = configured(Self.clientAttributes, of: client.instance)
        if !client.roles.isEmpty {
            attributes.append(("roles", .array(client.roles.map(roleAssignment))))
        }
        return attributes
    }

    private func roleAssignment(_ assignment: RoleAssignment) -> JSONOutput {
        let grant = resolver.grant(for: assignment)
        let role: JSONOutput =
            if let roleId = assignment.roleId, let resolved = resolver.role(referencedBy: roleId.value) {
                .string(resolved.address)
            } else {
                .fields([("unknown", .string(grant.unresolvedReason ?? "unresolved"))])
            }
        return .fields([
            ("role_id", assignment.roleId.map(value) ?? .null),
            ("role", role),
            ("division_id", assignment.divisionId.map(value) ?? .null),
        ])
    }

    func roleAttributes(_ role: AuthRole) -> [(String, JSONOutput)] {
        var attributes = configured(Self.roleAttributes, of: role.instance)
        if !role.policies.isEmpty {
            attributes.append(
                (
                    "permission_policies",
                    .array(
                        role.policies.map { policy in
                            .fields([
                                ("domain", policy.domain.map(value) ?? .null),
                                ("entity_name", policy.entityName.map(value) ?? .null),
                                ("action_set", policy.actionSet.map(value) ?? .null),
                                ("conditional", .bool(policy.isConditional)),
                            ])
                        })
                ))
        }
        return attributes
    }
}
