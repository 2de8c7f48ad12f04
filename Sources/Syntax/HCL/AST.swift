import Core

/// A parsed HCL file: its root body plus the diagnostics met while reading it.
/// Native syntax (`.tf`, `.tfvars`, `.hcl`) and JSON syntax (`.tf.json`, `.tfvars.json`) both
/// produce this model.
public struct HCLFile: Sendable {
    /// The text parsed, kept for every later use of the file's text (one read per file).
    public var source: SourceFile
    public var body: Body
    public var diagnostics: [Diagnostic]
    /// Comments of the file in source order (`#`, `//` and `/* */`), for suppression annotations.
    public var comments: [Comment]

    public init(source: SourceFile, body: Body, diagnostics: [Diagnostic], comments: [Comment] = []) {
        self.source = source
        self.body = body
        self.diagnostics = diagnostics
        self.comments = comments
    }

    /// The path the file was read by.
    public var path: String { source.path }
}

/// A comment and where it stands; `text` excludes the comment markers.
public struct Comment: Hashable, Sendable {
    public var text: String
    public var range: SourceRange

    public init(text: String, range: SourceRange) {
        self.text = text
        self.range = range
    }
}

/// The contents of a file or of a block: attributes and nested blocks, each in source order.
public struct Body: Sendable {
    public var attributes: [Attribute]
    public var blocks: [Block]
    public var range: SourceRange

    public init(attributes: [Attribute] = [], blocks: [Block] = [], range: SourceRange) {
        self.attributes = attributes
        self.blocks = blocks
        self.range = range
    }

    /// The attribute named `name`, if present.
    public func attribute(_ name: String) -> Attribute? {
        attributes.first { $0.name == name }
    }

    /// The nested blocks of type `type`, in source order.
    public func blocks(ofType type: String) -> [Block] {
        blocks.filter { $0.type == type }
    }
}

/// `name = expression`.
public struct Attribute: Sendable {
    public var name: String
    public var nameRange: SourceRange
    public var expression: Expression
    /// From the name to the end of the expression.
    public var range: SourceRange

    public init(name: String, nameRange: SourceRange, expression: Expression, range: SourceRange) {
        self.name = name
        self.nameRange = nameRange
        self.expression = expression
        self.range = range
    }
}

/// `type "label" label { body }`.
public struct Block: Sendable {
    public var type: String
    public var typeRange: SourceRange
    public var labels: [BlockLabel]
    public var body: Body
    /// From the type keyword to the closing brace.
    public var range: SourceRange

    public init(type: String, typeRange: SourceRange, labels: [BlockLabel], body: Body, range: SourceRange) {
        self.type = type
        self.typeRange = typeRange
        self.labels = labels
        self.body = body
        self.range = range
    }
}

/// A block label, quoted (`"x"`) or bare (`x`).
public struct BlockLabel: Hashable, Sendable {
    public var value: String
    public var range: SourceRange

    public init(value: String, range: SourceRange) {
        self.value = value
        self.range = range
    }
}

/// An HCL expression node with its source range.
public struct Expression: Sendable {
    public var kind: Kind
    public var range: SourceRange

    public init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    /// The forms an expression takes.
    public indirect enum Kind: Sendable {
        /// A number, `true`, `false` or `null`.
        case literal(Value)
        /// A quoted string or heredoc: literal text, interpolations and directives. A template
        /// that is exactly one interpolation yields that expression's value unconverted.
        case template([TemplatePart])
        /// The root name of a traversal: `var`, `local`, `each`, a resource type, a for variable.
        case variable(String)
        /// `source.name`.
        case getAttribute(Expression, name: String)
        /// `source[key]`, and the legacy `source.0` form (key is a number literal).
        case index(Expression, key: Expression)
        /// `source[*].each` or `source.*.each`; `each` is rooted at `splatItem`.
        case splat(source: Expression, each: Expression)
        /// The anonymous element a splat's `each` expression is evaluated against.
        case splatItem
        /// `[a, b, c]`.
        case tuple([Expression])
        /// `{ key = value, ... }`; a bare identifier key is a string literal.
        case object([ObjectItem])
        /// `name(args...)`, with `expandFinal` for a trailing `...`. `name` keeps namespaces
        /// (`provider::aws::arn_parse`).
        case functionCall(name: String, arguments: [Expression], expandFinal: Bool)
        /// `condition ? whenTrue : whenFalse`.
        case conditional(Expression, Expression, Expression)
        /// `!x`, `-x`.
        case unary(UnaryOperator, Expression)
        /// `a op b`.
        case binary(BinaryOperator, Expression, Expression)
        /// `[for ...]` and `{for ...}`.
        case forExpression(ForExpression)
        /// `(expression)`.
        case parenthesized(Expression)
    }
}

/// One `key = value` of an object constructor.
public struct ObjectItem: Sendable {
    public var key: Expression
    public var value: Expression

    public init(key: Expression, value: Expression) {
        self.key = key
        self.value = value
    }

    /// The key when it is written out: a bare name (`clientId = ...`), a string (`"clientId" =
    /// ...`) or a template of plain text; nil for a computed key (`(var.k) = ...`).
    public var literalKey: String? {
        switch key.kind {
        case .variable(let name): name
        case .literal(let value): value.stringValue
        case .template(let parts):
            if parts.count == 1, case .literal(let text, _) = parts[0] { text } else { nil }
        default: nil
        }
    }
}

/// A piece of a template.
public indirect enum TemplatePart: Sendable {
    /// Literal text, escapes already decoded and strip markers already applied.
    case literal(String, SourceRange)
    /// `${ expression }`.
    case interpolation(Expression)
    /// `%{ if condition } ... %{ else } ... %{ endif }`.
    case conditional(condition: Expression, then: [TemplatePart], otherwise: [TemplatePart], range: SourceRange)
    /// `%{ for key, value in collection } ... %{ endfor }`.
    case loop(
        keyVariable: String?, valueVariable: String, collection: Expression, body: [TemplatePart], range: SourceRange)
}

/// `[for k, v in collection : value if condition]` or
/// `{for k, v in collection : key => value... if condition}`.
public struct ForExpression: Sendable {
    public var keyVariable: String?
    public var valueVariable: String
    public var collection: Expression
    /// Present for the object form.
    public var keyExpression: Expression?
    public var valueExpression: Expression
    public var condition: Expression?
    /// `...` after the value of the object form: values with equal keys are grouped into lists.
    public var grouping: Bool

    public init(
        keyVariable: String?, valueVariable: String, collection: Expression, keyExpression: Expression?,
        valueExpression: Expression, condition: Expression?, grouping: Bool
    ) {
        self.keyVariable = keyVariable
        self.valueVariable = valueVariable
        self.collection = collection
        self.keyExpression = keyExpression
        self.valueExpression = valueExpression
        self.condition = condition
        self.grouping = grouping
    }
}

/// `!` and unary `-`.
public enum UnaryOperator: String, Sendable {
    case not = "!"
    case negate = "-"
}

/// The binary operators of HCL.
public enum BinaryOperator: String, Sendable, CaseIterable {
    case or = "||"
    case and = "&&"
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case modulo = "%"

    /// Binding strength, higher binds tighter (HCL spec: `||` < `&&` < equality < comparison
    /// < additive < multiplicative).
    public var precedence: Int {
        switch self {
        case .or: 1
        case .and: 2
        case .equal, .notEqual: 3
        case .less, .lessOrEqual, .greater, .greaterOrEqual: 4
        case .add, .subtract: 5
        case .multiply, .divide, .modulo: 6
        }
    }
}
