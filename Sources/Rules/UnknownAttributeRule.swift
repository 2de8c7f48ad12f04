import Core
import Graph
import Syntax

/// `unknown-attribute`: an argument or nested block the provider schema does not have, or a
/// computed attribute set in the configuration.
public struct UnknownAttributeRule: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "unknown-attribute",
        summary: "An OAuth client or role sets an argument or block the provider does not have.",
        defaultSeverity: .error,
        explanation: """
            genesyscloud_oauth_client and genesyscloud_auth_role accept only the arguments and \
            blocks of the provider schema. Anything else — often copied from another provider or \
            an invented answer (type, organization_id, redirect_uris) — makes terraform plan fail \
            with "Unsupported argument". Attributes the provider computes (client_id, \
            client_secret, integration_credential_id) cannot be set either. Rename the argument \
            to the real one the message suggests, or remove it.
            """)

    public let examples: [RuleExample] = [
        .triggering(
            """
            resource "genesyscloud_oauth_client" "partner" {
              name                  = "Partner analytics"
              authorized_grant_type = "CODE"
              redirect_uris         = ["https://partner.example.com/callback"]
              scopes                = ["analytics:readonly"]
            }
            """),
        .passing(
            """
            resource "genesyscloud_oauth_client" "partner" {
              name                     = "Partner analytics"
              authorized_grant_type    = "CODE"
              registered_redirect_uris = ["https://partner.example.com/callback"]
              scopes                   = ["analytics:readonly"]
            }
            """),
    ]

    public func check(_ graph: RequirementGraph) -> [Finding] {
        graph.schemaBodies.flatMap { body in
            body.body.attributes.compactMap { problem(with: $0, in: body) }
                + body.body.blocks.compactMap { problem(with: $0, in: body) }
        }
    }

    private func problem(with attribute: Attribute, in body: SchemaBody) -> Finding? {
        let name = attribute.name
        let address = body.instance.resourceAddress
        if body.isMetaArgument(name) { return nil }
        if let known = body.schema.attribute(name) {
            guard known.presence == .computed else { return nil }
            return finding(
                "\"\(name)\" of \(body.owner) is computed by the provider and cannot be set: terraform plan fails "
                    + "with \"Value for unconfigurable attribute\"; read \(address).\(name) where you need it",
                at: attribute.nameRange, address: address, fix: "remove \(name)")
        }
        if body.schema.block(name) != nil {
            return finding(
                "\"\(name)\" of \(body.owner) is a block, not an argument: terraform plan fails with "
                    + "\"Unsupported argument\"; write it as \(name) { ... } blocks",
                at: attribute.nameRange, address: address, fix: "write \(name) { ... } blocks instead of \(name) = ...")
        }
        return unknown(
            name, kind: "argument", at: attribute.nameRange, in: body, terraformError: "Unsupported argument")
    }

    private func problem(with block: Block, in body: SchemaBody) -> Finding? {
        let address = body.instance.resourceAddress
        if body.isMetaBlock(block.type) { return nil }
        let isDynamic = block.type == "dynamic"
        guard let label = isDynamic ? block.labels.first : BlockLabel(value: block.type, range: block.typeRange) else {
            return nil
        }
        let name = label.value
        if body.schema.block(name) != nil { return nil }
        let written = isDynamic ? "dynamic \"\(name)\"" : name
        if let argument = body.schema.attribute(name) {
            return finding(
                "\"\(name)\" of \(body.owner) is an argument, not a block: terraform plan fails with "
                    + "\"Unsupported block type\"; set it with \(name) = ...",
                at: label.range, address: address,
                fix: "replace the \(written) block with \(name) = \(argument.placeholder)")
        }
        return unknown(name, kind: "block type", at: label.range, in: body, terraformError: "Unsupported block type")
    }

    /// The finding for a name the schema lacks, with its likely counterparts or, failing that,
    /// what the block does accept.
    private func unknown(
        _ name: String, kind: String, at range: SourceRange, in body: SchemaBody, terraformError: String
    ) -> Finding {
        let settable = body.schema.attributes.filter { $0.presence != .computed }.map(\.name)
        let blocks = body.schema.blocks.map(\.name)
        let writtenArguments = Set(body.body.attributes.map(\.name))
        let counterparts = NameCounterparts.of(name, among: settable + blocks)
        let message = "\(body.owner) has no \(kind) \"\(name)\": terraform plan fails with \"\(terraformError)\""
        let address = body.instance.resourceAddress
        guard let best = counterparts.first else {
            let accepted =
                "the arguments \(settable.joined(separator: ", "))"
                + (blocks.isEmpty ? "" : " and \(blocks.joined(separator: ", ")) blocks")
            return finding(
                "\(message); it takes \(accepted)", at: range, address: address, fix: "remove \(name)")
        }
        let names = counterparts.prefix(3).map { "\"\($0)\"" }.joined(separator: " or ")
        // An argument can be set once; blocks repeat, so a block counterpart is always a rename.
        if body.schema.attribute(best) != nil, writtenArguments.contains(best) {
            return finding(
                "\(message); did you mean \(names)? \(best) is already set, so this one can go", at: range,
                address: address, fix: "remove \(name)")
        }
        return finding(
            "\(message); did you mean \(names)?", at: range, address: address,
            fix: "rename \(name) to \(best)")
    }
}
