import Syntax

/// A declarative description of a Terraform provider's resource and data source schemas: which
/// arguments and nested blocks a resource type has, their kinds and the values they accept.
/// Lint rules (unknown, missing and invalid arguments) and the JSON syntax reader (block or
/// attribute?) read it; it holds data only.
public struct ProviderSchema: Sendable {
    /// The provider's registry source, e.g. `MyPureCloud/genesyscloud`.
    public var source: String
    /// Managed resource schemas by resource type.
    public var resources: [String: BlockSchema]
    /// Data source schemas by data source type.
    public var dataSources: [String: BlockSchema]

    public init(source: String, resources: [String: BlockSchema], dataSources: [String: BlockSchema]) {
        self.source = source
        self.resources = resources
        self.dataSources = dataSources
    }

    /// The schema of managed resource `type`, when known.
    public func resource(_ type: String) -> BlockSchema? { resources[type] }

    /// The schema of data source `type`, when known.
    public func dataSource(_ type: String) -> BlockSchema? { dataSources[type] }

    /// The schema of a `resource` (`mode` `.managed`) or `data` (`.data`) block of `type`.
    public func schema(for mode: ResourceMode, type: String) -> BlockSchema? {
        mode == .managed ? resources[type] : dataSources[type]
    }
}

/// The arguments and nested block types of a resource, data source or nested block, in the
/// provider's order.
public struct BlockSchema: Sendable {
    public var attributes: [AttributeSchema]
    public var blocks: [NestedBlockSchema]

    public init(attributes: [AttributeSchema], blocks: [NestedBlockSchema] = []) {
        self.attributes = attributes
        self.blocks = blocks
    }

    /// The attribute named `name`, if the schema has one.
    public func attribute(_ name: String) -> AttributeSchema? { attributes.first { $0.name == name } }

    /// The nested block type named `name`, if the schema has one.
    public func block(_ name: String) -> NestedBlockSchema? { blocks.first { $0.name == name } }

    /// Names of the attributes that must be configured.
    public var requiredAttributeNames: [String] { attributes.filter { $0.presence == .required }.map(\.name) }
}

/// One argument or computed attribute of a schema.
public struct AttributeSchema: Sendable {
    public var name: String
    public var kind: AttributeKind
    public var presence: AttributePresence
    /// The only accepted values of a string attribute (case-sensitive), when restricted.
    public var allowedValues: [String]?
    /// The accepted range of a number attribute, when restricted.
    public var numberRange: NumberRange?
    /// The value the provider uses when the argument is not configured.
    public var defaultValue: Value?
    /// The argument must be configured when this holds (e.g. `scopes` for user-context grants).
    public var requiredWhen: AttributeCondition?
    /// The argument only has an effect when this holds (e.g. redirect URIs for `CODE`/`TOKEN`).
    public var appliesWhen: AttributeCondition?
    /// The provider marks the value sensitive.
    public var sensitive: Bool

    public init(
        name: String, kind: AttributeKind, presence: AttributePresence, allowedValues: [String]? = nil,
        numberRange: NumberRange? = nil, defaultValue: Value? = nil, requiredWhen: AttributeCondition? = nil,
        appliesWhen: AttributeCondition? = nil, sensitive: Bool = false
    ) {
        self.name = name
        self.kind = kind
        self.presence = presence
        self.allowedValues = allowedValues
        self.numberRange = numberRange
        self.defaultValue = defaultValue
        self.requiredWhen = requiredWhen
        self.appliesWhen = appliesWhen
        self.sensitive = sensitive
    }
}

/// The value kinds of provider attributes.
public enum AttributeKind: String, Sendable {
    case string
    case number
    case bool
    /// A set of strings: order does not matter, duplicates collapse.
    case setOfStrings = "set of strings"
    /// A list of strings: order matters.
    case listOfStrings = "list of strings"
    /// A map of strings (`headers`, an integration's `credentials`, a credential's `fields`).
    case mapOfStrings = "map of strings"
}

/// Whether an attribute must, may or cannot be configured.
public enum AttributePresence: String, Sendable {
    /// Must be configured.
    case required
    /// May be configured.
    case optional
    /// Set by the provider; configuring it is an error.
    case computed
}

/// How many blocks of a nested type a body holds and whether their order matters.
public enum BlockNesting: String, Sendable {
    /// Any number, unordered.
    case set
    /// Any number, ordered.
    case list
}

/// A nested block type (`roles { ... }`) with its own schema.
public struct NestedBlockSchema: Sendable {
    public var name: String
    public var nesting: BlockNesting
    /// At least this many blocks are required (0: optional).
    public var minimumItems: Int
    /// At most this many blocks are allowed, when limited.
    public var maximumItems: Int?
    /// The blocks must be configured when this holds (e.g. `roles` for client credentials).
    public var requiredWhen: AttributeCondition?
    public var body: BlockSchema

    public init(
        name: String, nesting: BlockNesting, minimumItems: Int = 0, maximumItems: Int? = nil,
        requiredWhen: AttributeCondition? = nil, body: BlockSchema
    ) {
        self.name = name
        self.nesting = nesting
        self.minimumItems = minimumItems
        self.maximumItems = maximumItems
        self.requiredWhen = requiredWhen
        self.body = body
    }
}

/// An inclusive numeric range, with an optional wider maximum the provider allows in a special
/// case (the case is described in `exceptionalMaximumCondition`).
public struct NumberRange: Sendable, Hashable {
    public var minimum: Double
    public var maximum: Double
    public var exceptionalMaximum: Double?
    public var exceptionalMaximumCondition: String?

    public init(
        minimum: Double, maximum: Double, exceptionalMaximum: Double? = nil, exceptionalMaximumCondition: String? = nil
    ) {
        self.minimum = minimum
        self.maximum = maximum
        self.exceptionalMaximum = exceptionalMaximum
        self.exceptionalMaximumCondition = exceptionalMaximumCondition
    }

    /// Whether `number` lies in `minimum...maximum`.
    public func contains(_ number: Double) -> Bool { number >= minimum && number <= maximum }
}

/// A condition on a sibling string attribute: `attribute` is one of `values` (or, when
/// `negated`, is none of them).
public struct AttributeCondition: Sendable, Hashable {
    public var attribute: String
    public var values: [String]
    public var negated: Bool

    public init(attribute: String, isOneOf values: [String]) {
        self.attribute = attribute
        self.values = values
        self.negated = false
    }

    public init(attribute: String, isNoneOf values: [String]) {
        self.attribute = attribute
        self.values = values
        self.negated = true
    }

    /// Whether the condition holds for the attribute's value `value`.
    public func holds(for value: String) -> Bool { values.contains(value) != negated }
}
