import Graph

/// `missing-attribute`: a required argument or nested block of the provider schema is absent.
public struct MissingAttributeRule: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "missing-attribute",
        summary: "An OAuth client or role lacks an argument or block the provider requires.",
        defaultSeverity: .error,
        explanation: """
            The provider schema marks some arguments as required: name and authorized_grant_type \
            of a client, name of a role, role_id in a client's roles block, domain, entity_name and \
            action_set in a permission policy. Without them terraform plan fails with "Missing \
            required argument". Arguments required only for some grant types are the business of \
            missing-scopes and missing-roles. Add the argument.
            """)

    public let examples: [RuleExample] = [
        .triggering(
            """
            resource "genesyscloud_auth_role" "reader" {
              name = "Queue reader"
              permission_policies {
                domain     = "routing"
                action_set = ["view"]
              }
            }
            """),
        .passing(
            """
            resource "genesyscloud_auth_role" "reader" {
              name = "Queue reader"
              permission_policies {
                domain      = "routing"
                entity_name = "queue"
                action_set  = ["view"]
              }
            }
            """),
    ]

    public func check(_ graph: RequirementGraph) -> [Finding] {
        graph.schemaBodies.flatMap { body in
            let written = Set(body.body.attributes.map(\.name))
            let writtenBlocks = Set(body.body.blocks.map(\.writtenType))
            let attributes = body.schema.attributes.filter { $0.presence == .required && !written.contains($0.name) }
                .map { attribute in
                    finding(
                        "\(body.ownerAddress) has no \(attribute.name): the argument is required, so terraform plan "
                            + "fails with \"Missing required argument\"",
                        at: body.anchor, address: body.instance.resourceAddress,
                        fix: "add \(attribute.name) = \(attribute.placeholder)")
                }
            let blocks = body.schema.blocks.filter { $0.minimumItems > 0 && !writtenBlocks.contains($0.name) }
                .map { block in
                    let needed = block.minimumItems == 1 ? "one is" : "\(block.minimumItems) are"
                    return finding(
                        "\(body.ownerAddress) has no \(block.name) block: at least \(needed) required, so terraform "
                            + "plan fails with \"Insufficient \(block.name) blocks\"",
                        at: body.anchor, address: body.instance.resourceAddress,
                        fix: "add \(block.name) { ... }")
                }
            return attributes + blocks
        }
    }
}
