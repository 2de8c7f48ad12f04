import Core
import Syntax

/// One instance of a `resource` or `data` block of a loaded module, with every configured
/// argument evaluated statically.
public struct ResourceInstance: Sendable {
    /// The full address: `module.a.genesyscloud_oauth_client.x["k"]`.
    public var address: String
    /// The address without this instance's key: `module.a.genesyscloud_oauth_client.x`.
    public var resourceAddress: String
    public var mode: ResourceMode
    public var type: String
    public var name: String
    /// The address of the module instance holding the resource (`module.a["x"]`); empty for the
    /// root module.
    public var modulePath: String
    /// The module call names from the root (`["a"]`), matching `TerraformModule.path`.
    public var moduleNames: [String]
    public var instanceKey: InstanceKey
    /// Set when `count` / `for_each` (of the resource or of an enclosing module call) is not
    /// known statically: this single instance stands for however many there will be.
    public var expansionUnknown: Unknown?
    /// The file the block is in.
    public var file: String
    /// The block's range.
    public var range: SourceRange
    /// The type label's range.
    public var typeRange: SourceRange
    /// The name label's range.
    public var labelRange: SourceRange
    /// Every configured argument except the meta-arguments `count`, `for_each`, `depends_on`
    /// and `provider`, evaluated with this instance's `count.index` / `each`.
    public var attributes: [String: EvaluatedAttribute]
    /// Nested blocks in source order, `dynamic` blocks expanded; the meta blocks `lifecycle`,
    /// `provisioner` and `connection` are left out (they remain in `block`).
    public var blocks: [EvaluatedBlock]
    /// The block as written.
    public var block: Block
    /// Whether `block` is the configuration as written. False for instances read from a plan
    /// without its configuration files, whose block only stands in for the address.
    public var isWritten: Bool

    public init(
        address: String, resourceAddress: String, mode: ResourceMode, type: String, name: String, modulePath: String,
        moduleNames: [String], instanceKey: InstanceKey, expansionUnknown: Unknown?, file: String, range: SourceRange,
        typeRange: SourceRange, labelRange: SourceRange, attributes: [String: EvaluatedAttribute],
        blocks: [EvaluatedBlock], block: Block, isWritten: Bool = true
    ) {
        self.address = address
        self.resourceAddress = resourceAddress
        self.mode = mode
        self.type = type
        self.name = name
        self.modulePath = modulePath
        self.moduleNames = moduleNames
        self.instanceKey = instanceKey
        self.expansionUnknown = expansionUnknown
        self.file = file
        self.range = range
        self.typeRange = typeRange
        self.labelRange = labelRange
        self.attributes = attributes
        self.blocks = blocks
        self.block = block
        self.isWritten = isWritten
    }

    /// The configured argument named `name`.
    public func attribute(_ name: String) -> EvaluatedAttribute? { attributes[name] }

    /// The nested blocks of type `type`, in source order.
    public func blocks(ofType type: String) -> [EvaluatedBlock] { blocks.filter { $0.type == type } }
}

/// A root module output with its value.
public struct EvaluatedOutput: Sendable {
    public var name: String
    public var value: Value
    public var sensitive: Bool
    /// The output block's range.
    public var range: SourceRange

    public init(name: String, value: Value, sensitive: Bool, range: SourceRange) {
        self.name = name
        self.value = value
        self.sensitive = sensitive
        self.range = range
    }
}
