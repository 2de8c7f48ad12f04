import Core
import Syntax

/// What names mean while an expression is evaluated.
///
/// Names bound in `variables` (for-expression variables, `each`, `count`, a dynamic block's
/// iterator) win; every other root name (`var`, `local`, `module`, `data`, `path`, `terraform`,
/// resource types) is handed to the `resolver`. Without a resolver, references are errors, as in
/// `.tfvars` files.
public struct EvaluationContext {
    /// Values bound to root names.
    public var variables: [String: Value]
    /// Resolves references to declarations (a module instance's scope during loading).
    public var resolver: (any ReferenceResolver)?
    /// The directory relative paths of `file()` and `templatefile()` start from; nil makes
    /// those functions unknown.
    public var baseDirectory: String?
    /// The element a splat's `each` expression is evaluated against.
    var splatItem: Value?
    /// The work and size limits; shared by every context of one configuration.
    var budget = EvaluationBudget()

    public init(
        variables: [String: Value] = [:], resolver: (any ReferenceResolver)? = nil, baseDirectory: String? = nil
    ) {
        self.variables = variables
        self.resolver = resolver
        self.baseDirectory = baseDirectory
    }

    /// A copy with `name` bound to `value`.
    func binding(_ name: String, to value: Value) -> EvaluationContext {
        var copy = self
        copy.variables[name] = value
        return copy
    }
}

/// A reference in an expression: a root name and the attribute and index steps after it, with
/// index keys already evaluated (`genesyscloud_auth_role.x["k"].id`).
public struct Reference: Sendable {
    public var root: String
    public var rootRange: SourceRange
    public var steps: [TraversalStep]

    public init(root: String, rootRange: SourceRange, steps: [TraversalStep]) {
        self.root = root
        self.rootRange = rootRange
        self.steps = steps
    }

    /// The range from the root through step `count - 1`.
    public func range(through count: Int) -> SourceRange {
        guard count > 0, steps.indices.contains(count - 1) else { return rootRange }
        return rootRange.union(steps[count - 1].range)
    }
}

/// `.name` or `[key]` after a reference's root.
public enum TraversalStep: Sendable {
    case attribute(String, SourceRange)
    case index(Value, SourceRange)

    /// The step's range (the whole expression up to and including it).
    public var range: SourceRange {
        switch self {
        case .attribute(_, let range), .index(_, let range): range
        }
    }

    /// The attribute name, for an attribute step.
    public var attributeName: String? {
        if case .attribute(let name, _) = self { return name }
        return nil
    }
}

/// What a resolver made of a reference: the value of its first `consumedSteps` steps (the
/// evaluator applies the remaining ones) and any problems found.
public struct ResolvedReference: Sendable {
    public var value: Value
    public var consumedSteps: Int
    public var diagnostics: [Diagnostic]

    public init(value: Value, consumedSteps: Int, diagnostics: [Diagnostic] = []) {
        self.value = value
        self.consumedSteps = consumedSteps
        self.diagnostics = diagnostics
    }
}

/// Gives meaning to the root names of references not bound in the context.
public protocol ReferenceResolver: AnyObject {
    func resolve(_ reference: Reference) -> ResolvedReference
}
