import Core
import Graph
import Syntax
import Terraform

/// A body written for a block of the provider schema: a resource's own body or a nested
/// block's (for a `dynamic` block, its `content`), with the schema it must follow.
struct SchemaBody {
    var body: Body
    var schema: BlockSchema
    /// The resource the body belongs to.
    var instance: ResourceInstance
    /// The nested block types from the resource down (`["permission_policies", "conditions"]`);
    /// empty for the resource body.
    var path: [String]
    /// Where to report something the body lacks: the resource's name label, a nested block's
    /// type keyword or a `dynamic` block's label.
    var anchor: SourceRange

    /// Whether this is the resource body, where Terraform's meta-arguments are allowed.
    var isResourceBody: Bool { path.isEmpty }

    /// `genesyscloud_oauth_client`, `data.genesyscloud_auth_role` or `a roles block of
    /// genesyscloud_oauth_client`, for messages.
    var owner: String {
        let type = instance.mode == .data ? "data.\(instance.type)" : instance.type
        return path.isEmpty ? type : "a \(path.joined(separator: ".")) block of \(type)"
    }

    /// The same with the resource's address: `a roles block of genesyscloud_oauth_client.app`.
    var ownerAddress: String {
        path.isEmpty
            ? instance.resourceAddress : "a \(path.joined(separator: ".")) block of \(instance.resourceAddress)"
    }

    /// Terraform's arguments of every `resource` and `data` block.
    static let metaArguments: Set<String> = ["count", "for_each", "depends_on", "provider"]
    /// Terraform's meta blocks of `resource` and `data` blocks.
    static let metaBlocks: Set<String> = ["lifecycle", "provisioner", "connection"]

    /// Whether an argument named `name` is one of Terraform's own here.
    func isMetaArgument(_ name: String) -> Bool { isResourceBody && Self.metaArguments.contains(name) }

    /// Whether a block of type `type` is one of Terraform's own here (`dynamic` is read through).
    func isMetaBlock(_ type: String) -> Bool { isResourceBody && Self.metaBlocks.contains(type) }
}

extension RequirementGraph {
    /// The resources and data sources the provider schema describes, one instance per written
    /// block (instances of `count`, `for_each` and module calls share their block), in module
    /// then address order.
    var writtenSchemaInstances: [(instance: ResourceInstance, schema: BlockSchema)] {
        var seen = Set<SourceRange>()
        return schemaInstances.filter { $0.instance.isWritten && seen.insert($0.instance.range).inserted }
    }

    /// Every instance the provider schema describes, with its schema.
    var schemaInstances: [(instance: ResourceInstance, schema: BlockSchema)] {
        modules.flatMap(\.configuration.resources).compactMap { instance in
            schema.schema(for: instance.mode, type: instance.type).map { (instance, $0) }
        }
    }

    /// Every body written for a schema block: each resource body, then its nested blocks depth
    /// first in source order. Blocks of types the schema lacks are not entered.
    var schemaBodies: [SchemaBody] {
        writtenSchemaInstances.flatMap { instance, schema in
            SchemaBody.collect(
                SchemaBody(
                    body: instance.block.body, schema: schema, instance: instance, path: [],
                    anchor: instance.labelRange))
        }
    }
}

extension SchemaBody {
    /// `body` and the bodies of its nested blocks, depth first.
    static func collect(_ body: SchemaBody) -> [SchemaBody] {
        var bodies = [body]
        for block in body.body.blocks where !body.isMetaBlock(block.type) {
            guard let nested = body.nested(block) else { continue }
            bodies += collect(nested)
        }
        return bodies
    }

    /// The body a nested block writes for its schema: its own body, or a `dynamic` block's
    /// `content`; nil when the schema has no such block type.
    func nested(_ block: Block) -> SchemaBody? {
        let isDynamic = block.type == "dynamic"
        guard let type = isDynamic ? block.labels.first?.value : block.type,
            let nestedSchema = schema.block(type)
        else { return nil }
        let anchor = isDynamic ? block.labels.first?.range ?? block.typeRange : block.typeRange
        guard let content = isDynamic ? block.body.blocks(ofType: "content").first?.body : block.body else {
            return nil
        }
        return SchemaBody(
            body: content, schema: nestedSchema.body, instance: instance, path: path + [type], anchor: anchor)
    }
}

extension Block {
    /// The block type this block writes: its own type, or a `dynamic` block's label.
    var writtenType: String { type == "dynamic" ? labels.first?.value ?? type : type }
}
