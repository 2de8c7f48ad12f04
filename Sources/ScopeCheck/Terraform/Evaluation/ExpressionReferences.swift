/// A reference found in an expression: its root name and the attribute names that follow it up
/// to the first index or splat (`genesyscloud_auth_role.x.id` → `genesyscloud_auth_role`,
/// `["x", "id"]`).
public struct ExpressionReference: Hashable, Sendable {
    public var root: String
    public var attributes: [String]
    /// The range of the whole traversal.
    public var range: SourceRange

    public init(root: String, attributes: [String], range: SourceRange) {
        self.root = root
        self.attributes = attributes
        self.range = range
    }
}

extension Expression {
    /// Every traversal rooted at a name in this expression, in source order, including
    /// for-expression variables and names inside templates and function arguments.
    public var references: [ExpressionReference] {
        var found: [ExpressionReference] = []
        collectReferences(into: &found)
        return found
    }

    private func collectReferences(into found: inout [ExpressionReference]) {
        switch kind {
        case .variable(let name):
            found.append(ExpressionReference(root: name, attributes: [], range: range))
        case .getAttribute, .index:
            var names: [String] = []
            var node = self
            var keys: [Expression] = []
            while true {
                if case .getAttribute(let source, let name) = node.kind {
                    names.insert(name, at: 0)
                    node = source
                } else if case .index(let source, let key) = node.kind {
                    names.removeAll()
                    keys.append(key)
                    node = source
                } else {
                    break
                }
            }
            if case .variable(let root) = node.kind {
                found.append(ExpressionReference(root: root, attributes: names, range: range))
            } else {
                node.collectReferences(into: &found)
            }
            for key in keys.reversed() { key.collectReferences(into: &found) }
        case .template(let parts):
            for part in parts { part.collectReferences(into: &found) }
        case .splat(let source, let each):
            source.collectReferences(into: &found)
            each.collectReferences(into: &found)
        case .tuple(let elements):
            for element in elements { element.collectReferences(into: &found) }
        case .object(let items):
            for item in items {
                item.key.collectReferences(into: &found)
                item.value.collectReferences(into: &found)
            }
        case .functionCall(_, let arguments, _):
            for argument in arguments { argument.collectReferences(into: &found) }
        case .conditional(let condition, let whenTrue, let whenFalse):
            for part in [condition, whenTrue, whenFalse] { part.collectReferences(into: &found) }
        case .unary(_, let operand):
            operand.collectReferences(into: &found)
        case .binary(_, let left, let right):
            left.collectReferences(into: &found)
            right.collectReferences(into: &found)
        case .forExpression(let loop):
            for part in [loop.collection, loop.keyExpression, loop.valueExpression, loop.condition].compactMap({ $0 }) {
                part.collectReferences(into: &found)
            }
        case .parenthesized(let inner):
            inner.collectReferences(into: &found)
        case .literal, .splatItem:
            break
        }
    }
}

extension TemplatePart {
    fileprivate func collectReferences(into found: inout [ExpressionReference]) {
        switch self {
        case .literal: break
        case .interpolation(let expression): found += expression.references
        case .conditional(let condition, let then, let otherwise, _):
            found += condition.references
            for part in then + otherwise { part.collectReferences(into: &found) }
        case .loop(_, _, let collection, let body, _):
            found += collection.references
            for part in body { part.collectReferences(into: &found) }
        }
    }
}
