import Syntax

extension JSONBodySchema {
    /// The body schema of a Terraform configuration file in JSON syntax (`.tf.json`): the
    /// top-level block types with their label counts, and inside `resource` / `data` bodies the
    /// nested block types `provider` declares for the resource type plus the meta blocks
    /// (`lifecycle`, `dynamic`, `provisioner`, `connection`). Objects in the bodies of resource
    /// types the provider schema does not know stay attribute values.
    public static func terraformConfiguration(provider: ProviderSchema = .genesysCloud) -> JSONBodySchema {
        let condition = JSONBlockSchema(labelCount: 0)
        return JSONBodySchema(blocks: [
            "resource": JSONBlockSchema(labelCount: 2) { labels in
                resourceBody(provider.resource(labels.first ?? ""))
            },
            "data": JSONBlockSchema(labelCount: 2) { labels in
                resourceBody(provider.dataSource(labels.first ?? ""))
            },
            "variable": JSONBlockSchema(
                labelCount: 1,
                body: JSONBodySchema(blocks: ["validation": condition], expressionAttributes: ["type"])),
            "output": JSONBlockSchema(
                labelCount: 1,
                body: JSONBodySchema(blocks: ["precondition": condition], expressionAttributes: ["depends_on"])),
            "module": JSONBlockSchema(
                labelCount: 1, body: JSONBodySchema(expressionAttributes: ["depends_on", "providers"])),
            "provider": JSONBlockSchema(labelCount: 1),
            "locals": JSONBlockSchema(labelCount: 0),
            "terraform": JSONBlockSchema(
                labelCount: 0,
                body: JSONBodySchema(blocks: [
                    "required_providers": JSONBlockSchema(labelCount: 0),
                    "backend": JSONBlockSchema(labelCount: 1),
                    "cloud": JSONBlockSchema(labelCount: 0),
                ])),
            "moved": JSONBlockSchema(
                labelCount: 0, body: JSONBodySchema(expressionAttributes: ["from", "to"])),
            "import": JSONBlockSchema(labelCount: 0, body: JSONBodySchema(expressionAttributes: ["to", "provider"])),
            "removed": JSONBlockSchema(labelCount: 0, body: JSONBodySchema(expressionAttributes: ["from"])),
            "check": JSONBlockSchema(
                labelCount: 1,
                body: JSONBodySchema(blocks: [
                    "assert": condition,
                    "data": JSONBlockSchema(labelCount: 2) { labels in
                        resourceBody(provider.dataSource(labels.first ?? ""))
                    },
                ])),
        ])
    }

    /// A `resource`/`data` body: the schema's nested blocks (attributes only when unknown) plus
    /// Terraform's meta blocks.
    private static func resourceBody(_ schema: BlockSchema?) -> JSONBodySchema {
        var blocks = schema.map(nestedBlocks) ?? [:]
        let condition = JSONBlockSchema(labelCount: 0)
        let connection = JSONBlockSchema(labelCount: 0)
        blocks["lifecycle"] = JSONBlockSchema(
            labelCount: 0,
            body: JSONBodySchema(
                blocks: ["precondition": condition, "postcondition": condition],
                expressionAttributes: ["ignore_changes", "replace_triggered_by"]))
        blocks["connection"] = connection
        blocks["provisioner"] = JSONBlockSchema(
            labelCount: 1, body: JSONBodySchema(blocks: ["connection": connection]))
        blocks["dynamic"] = dynamicBlock(schema)
        return JSONBodySchema(blocks: blocks, expressionAttributes: ["depends_on", "provider"])
    }

    /// The nested block types of `schema` as JSON block schemas, recursively, each with its own
    /// `dynamic` block type.
    private static func nestedBlocks(_ schema: BlockSchema) -> [String: JSONBlockSchema] {
        var blocks: [String: JSONBlockSchema] = [:]
        for nested in schema.blocks {
            var body = nestedBlocks(nested.body)
            body["dynamic"] = dynamicBlock(nested.body)
            blocks[nested.name] = JSONBlockSchema(labelCount: 0, body: JSONBodySchema(blocks: body))
        }
        return blocks
    }

    /// `dynamic "<type>" { for_each, iterator, labels, content { ... } }`: the content follows the
    /// schema of the nested block type the label names.
    private static func dynamicBlock(_ parent: BlockSchema?) -> JSONBlockSchema {
        JSONBlockSchema(labelCount: 1) { labels in
            var content = JSONBodySchema.attributesOnly
            if let nested = parent?.block(labels.first ?? "") {
                var body = nestedBlocks(nested.body)
                body["dynamic"] = dynamicBlock(nested.body)
                content = JSONBodySchema(blocks: body)
            }
            return JSONBodySchema(
                blocks: ["content": JSONBlockSchema(labelCount: 0, body: content)], expressionAttributes: ["iterator"])
        }
    }
}
