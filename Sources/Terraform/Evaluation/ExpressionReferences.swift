import Core
import Syntax

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
    /// for-expression variables and names inside templates and function arguments. The walk
    /// keeps its own work list, so arbitrarily deep expressions cannot exhaust the stack.
    public var references: [ExpressionReference] {
        var found: [ExpressionReference] = []
        var pending: [Node] = [.expression(self)]
        while let node = pending.popLast() {
            switch node {
            case .expression(let expression):
                let (reference, children) = expression.referenceAndChildren()
                if let reference { found.append(reference) }
                pending += children.reversed()
            case .template(let part):
                pending += part.children().reversed()
            }
        }
        return found
    }

    /// An expression or template part still to be walked.
    fileprivate enum Node {
        case expression(Expression)
        case template(TemplatePart)
    }

    /// The traversal this expression is (if it is one) and the sub-expressions to walk next, in
    /// source order.
    private func referenceAndChildren() -> (ExpressionReference?, [Node]) {
        switch kind {
        case .variable(let name):
            return (ExpressionReference(root: name, attributes: [], range: range), [])
        case .getAttribute, .index:
            var names: [String] = []
            var keys: [Expression] = []
            var node = self
            while true {
                if case .getAttribute(let source, let name) = node.kind {
                    names.insert(name, at: 0)
                    node = source
                } else if case .index(let source, let key) = node.kind {
                    names.removeAll()
                    keys.insert(key, at: 0)
                    node = source
                } else {
                    break
                }
            }
            let keyNodes = keys.map(Node.expression)
            if case .variable(let root) = node.kind {
                return (ExpressionReference(root: root, attributes: names, range: range), keyNodes)
            }
            return (nil, [.expression(node)] + keyNodes)
        case .template(let parts):
            return (nil, parts.map(Node.template))
        case .splat(let source, let each):
            return (nil, [.expression(source), .expression(each)])
        case .tuple(let elements):
            return (nil, elements.map(Node.expression))
        case .object(let items):
            return (nil, items.flatMap { [Node.expression($0.key), .expression($0.value)] })
        case .functionCall(_, let arguments, _):
            return (nil, arguments.map(Node.expression))
        case .conditional(let condition, let whenTrue, let whenFalse):
            return (nil, [.expression(condition), .expression(whenTrue), .expression(whenFalse)])
        case .unary(_, let operand):
            return (nil, [.expression(operand)])
        case .binary(_, let left, let right):
            return (nil, [.expression(left), .expression(right)])
        case .forExpression(let loop):
            let parts = [loop.collection, loop.keyExpression, loop.valueExpression, loop.condition].compactMap { $0 }
            return (nil, parts.map(Node.expression))
        case .parenthesized(let inner):
            return (nil, [.expression(inner)])
        case .literal, .splatItem:
            return (nil, [])
        }
    }
}

extension TemplatePart {
    /// The expressions and parts inside this part, in source order.
    fileprivate func children() -> [Expression.Node] {
        switch self {
        case .literal: return []
        case .interpolation(let expression): return [.expression(expression)]
        case .conditional(let condition, let then, let otherwise, _):
            return [.expression(condition)] + (then + otherwise).map(Expression.Node.template)
        case .loop(_, _, let collection, let body, _):
            return [.expression(collection)] + body.map(Expression.Node.template)
        }
    }
}
