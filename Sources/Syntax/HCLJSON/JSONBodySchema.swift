/// What a JSON-syntax body holds. JSON cannot tell a nested block from an object-valued
/// attribute, so the reader needs the body's schema: properties named in `blocks` are nested
/// blocks, every other property is an attribute.
public struct JSONBodySchema: Sendable {
    /// Nested block types by name.
    public var blocks: [String: JSONBlockSchema]
    /// Attributes whose strings are expressions rather than templates (Terraform's
    /// `variable.type`, `depends_on`, `lifecycle.ignore_changes`); arrays of strings included.
    public var expressionAttributes: Set<String>

    public init(blocks: [String: JSONBlockSchema] = [:], expressionAttributes: Set<String> = []) {
        self.blocks = blocks
        self.expressionAttributes = expressionAttributes
    }

    /// A body of attributes only (`locals`, an unknown resource type).
    public static let attributesOnly = JSONBodySchema()
}

/// A nested block type: how many labels it takes (each label is one more level of JSON object
/// keys) and the schema of its body, which may depend on the labels (a resource's body depends
/// on its type).
public struct JSONBlockSchema: Sendable {
    public var labelCount: Int
    public var body: @Sendable ([String]) -> JSONBodySchema

    public init(labelCount: Int, body: @escaping @Sendable ([String]) -> JSONBodySchema) {
        self.labelCount = labelCount
        self.body = body
    }

    /// A block type whose body schema does not depend on its labels.
    public init(labelCount: Int, body: JSONBodySchema = .attributesOnly) {
        self.labelCount = labelCount
        self.body = { _ in body }
    }
}
