import Core
import Syntax

/// Whether a resource block manages an object (`resource`) or reads one (`data`).
public enum ResourceMode: String, Hashable, Sendable {
    case managed
    case data
}

/// `variable "name" { type, default, sensitive, description, nullable }`.
public struct VariableDeclaration: Sendable {
    public var name: String
    public var nameRange: SourceRange
    /// The declared type; nil when there is no `type` argument (any value, passed literally on
    /// the command line).
    public var type: TypeConstraint?
    /// The default value, already converted to `type`; nil when the variable is required.
    public var defaultValue: Value?
    /// Marked `sensitive = true`: the value must not be printed.
    public var sensitive: Bool
    public var description: String?
    /// `nullable = false` forbids a null value.
    public var nullable: Bool
    public var block: Block

    public init(
        name: String, nameRange: SourceRange, type: TypeConstraint?, defaultValue: Value?, sensitive: Bool,
        description: String?, nullable: Bool, block: Block
    ) {
        self.name = name
        self.nameRange = nameRange
        self.type = type
        self.defaultValue = defaultValue
        self.sensitive = sensitive
        self.description = description
        self.nullable = nullable
        self.block = block
    }

    /// Whether a value given on the command line or in the environment is taken literally (no
    /// `type`, or `type = string`) rather than parsed as an HCL expression.
    public var takesLiteralValues: Bool {
        guard let type else { return true }
        return type == .string
    }
}

/// One local value of a `locals` block.
public struct LocalDeclaration: Sendable {
    public var name: String
    public var attribute: Attribute

    public init(name: String, attribute: Attribute) {
        self.name = name
        self.attribute = attribute
    }
}

/// A `resource` or `data` block of a module.
public struct ResourceDeclaration: Sendable {
    public var mode: ResourceMode
    public var type: String
    public var name: String
    /// The address within its module: `type.name` or `data.type.name`.
    public var address: String
    /// The `count` meta-argument, when set.
    public var count: Attribute?
    /// The `for_each` meta-argument, when set.
    public var forEach: Attribute?
    public var block: Block

    public init(mode: ResourceMode, type: String, name: String, count: Attribute?, forEach: Attribute?, block: Block) {
        self.mode = mode
        self.type = type
        self.name = name
        self.address = mode == .data ? "data.\(type).\(name)" : "\(type).\(name)"
        self.count = count
        self.forEach = forEach
        self.block = block
    }

    /// The range of the type label.
    public var typeRange: SourceRange { block.labels.first?.range ?? block.typeRange }

    /// The range of the name label.
    public var nameRange: SourceRange { block.labels.dropFirst().first?.range ?? block.typeRange }
}

/// Where a module call's source points.
public enum ModuleSource: Hashable, Sendable {
    /// A local path (`./x`, `../x`), resolved against the calling module's directory.
    case local(directory: String)
    /// A registry, git, HTTP, S3 ... address: read where `terraform init` installed it, unknown
    /// when it is not installed.
    case remote(String)
}

/// `module "name" { source = ..., inputs... }`.
public struct ModuleCall: Sendable {
    public var name: String
    public var nameRange: SourceRange
    /// The `source` argument as written.
    public var sourceText: String
    public var source: ModuleSource
    /// The input arguments (every argument but the meta-arguments `source`, `version`, `count`,
    /// `for_each`, `providers` and `depends_on`), in source order.
    public var inputs: [Attribute]
    public var count: Attribute?
    public var forEach: Attribute?
    public var block: Block

    public init(
        name: String, nameRange: SourceRange, sourceText: String, source: ModuleSource, inputs: [Attribute],
        count: Attribute?, forEach: Attribute?, block: Block
    ) {
        self.name = name
        self.nameRange = nameRange
        self.sourceText = sourceText
        self.source = source
        self.inputs = inputs
        self.count = count
        self.forEach = forEach
        self.block = block
    }
}

/// `output "name" { value, sensitive, description }`.
public struct OutputDeclaration: Sendable {
    public var name: String
    public var nameRange: SourceRange
    /// The `value` argument; nil when missing (an error diagnostic says so).
    public var value: Attribute?
    public var sensitive: Bool
    public var description: String?
    public var block: Block

    public init(
        name: String, nameRange: SourceRange, value: Attribute?, sensitive: Bool, description: String?, block: Block
    ) {
        self.name = name
        self.nameRange = nameRange
        self.value = value
        self.sensitive = sensitive
        self.description = description
        self.block = block
    }
}

/// One entry of `terraform { required_providers { ... } }`: the local name, the provider's
/// source address and the version constraint, as written.
public struct RequiredProvider: Sendable {
    public var name: String
    public var source: String?
    public var version: String?
    /// The entry's name, where it is written.
    public var range: SourceRange

    public init(name: String, source: String?, version: String?, range: SourceRange) {
        self.name = name
        self.source = source
        self.version = version
        self.range = range
    }
}
