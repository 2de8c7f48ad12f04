import Core
import Syntax

/// Where a value of the configuration is written: the expression that holds it, followed
/// through `var.x` (to the calling module's argument, or the root variable's `.tfvars` value or
/// `default`) and `local.x` (to the local value). Problems of the value are reported there, with
/// the module calls it came through, and `lint --fix` edits there.
public struct ValueOrigin: Sendable {
    /// The expression that holds the value (a literal, or where the trail stops).
    public var expression: Expression
    /// The module calls the value came through, from the module where it is used up to the one
    /// where it is written (`module.reporting_client`).
    public var via: [String]
    /// The call path of the module the value is written in.
    public var modulePath: [String]

    public init(expression: Expression, via: [String] = [], modulePath: [String] = []) {
        self.expression = expression
        self.via = via
        self.modulePath = modulePath
    }

    /// Where the value is written.
    public var range: SourceRange { expression.range }

    /// ` (via module.a, module.a.module.b)`, or nothing when the value is written where it is used.
    public var viaText: String { via.isEmpty ? "" : " (via \(via.joined(separator: ", ")))" }
}

extension TerraformConfiguration {
    /// The longest chain of `var.x` and `local.x` followed.
    static let maximumOriginSteps = 64

    /// The origin of `expression`, written in the module with call path `modulePath`.
    public func origin(of expression: Expression, inModule modulePath: [String]) -> ValueOrigin {
        let trail = trace(expression, path: modulePath, via: [])
        return ValueOrigin(expression: trail.expression, via: trail.via, modulePath: trail.path)
    }

    /// The origin of `expression` written in the body of `instance`: as `origin(of:inModule:)`,
    /// and `each.value` (or `each.value.name`) of a `for_each` instance is followed to the item of
    /// the `for_each` object written for the instance's key.
    public func origin(of expression: Expression, in instance: ResourceInstance) -> ValueOrigin {
        var trail = (expression: Self.unwrapped(expression), path: instance.moduleNames, via: [String]())
        if case .string(let key) = instance.instanceKey,
            let (steps, forEach) = Self.eachValueSteps(trail.expression).flatMap({ steps in
                instance.block.body.attribute("for_each").map { (steps, $0.expression) }
            })
        {
            var collection = trace(forEach, path: trail.path, via: [])
            var picked = true
            for name in [key] + steps {
                guard case .object(let items) = collection.expression.kind,
                    let item = items.last(where: { $0.literalKey == name })
                else {
                    picked = false
                    break
                }
                collection = trace(item.value, path: collection.path, via: collection.via)
            }
            if picked { trail = collection }
        }
        trail = trace(trail.expression, path: trail.path, via: trail.via)
        return ValueOrigin(expression: trail.expression, via: trail.via, modulePath: trail.path)
    }

    /// `expression` followed through `var.x` and `local.x` from the module at `path`: where the
    /// trail stops, the module it stops in and the module calls it came through.
    private func trace(_ expression: Expression, path modulePath: [String], via trail: [String])
        -> (expression: Expression, path: [String], via: [String])
    {
        var current = expression
        var path = modulePath
        var via = trail
        for _ in 0..<Self.maximumOriginSteps {
            let unwrapped = Self.unwrapped(current)
            switch Self.reference(unwrapped) {
            case ("var", let name)?:
                guard let next = variableOrigin(name, modulePath: path) else { return (unwrapped, path, via) }
                if !path.isEmpty {
                    via.append(path.map { "module.\($0)" }.joined(separator: "."))
                    path.removeLast()
                }
                current = next
            case ("local", let name)?:
                guard let local = module(path: path)?.local(name) else { return (unwrapped, path, via) }
                current = local.attribute.expression
            default:
                return (unwrapped, path, via)
            }
        }
        return (current, path, via)
    }

    /// The attribute names after `each.value` (`each.value.path` → `["path"]`), nil when the
    /// expression is not `each.value` followed by plain names.
    private static func eachValueSteps(_ expression: Expression) -> [String]? {
        switch expression.kind {
        case .getAttribute(let source, let name):
            if case .variable("each") = source.kind { return name == "value" ? [] : nil }
            return eachValueSteps(source).map { $0 + [name] }
        case .index(let source, let key):
            guard case .literal(let value) = key.kind, let name = value.stringValue else { return nil }
            return eachValueSteps(source).map { $0 + [name] }
        default:
            return nil
        }
    }

    /// The expression that gives variable `name` of the module at `modulePath` its value: the
    /// calling module's argument, or for the root module the `.tfvars` value or the `default`.
    private func variableOrigin(_ name: String, modulePath: [String]) -> Expression? {
        if let call = modulePath.last {
            return module(path: Array(modulePath.dropLast()))?.moduleCall(call)?.inputs.first { $0.name == name }?
                .expression
        }
        guard let variable = variable(name) else { return nil }
        switch variable.source {
        case .file(let path):
            return files.first { $0.path == path }?.body.attribute(name)?.expression
        case .defaultValue:
            return module(path: [])?.variable(name)?.block.body.attribute("default")?.expression
        case .unset, .environment, .commandLine:
            return nil
        }
    }

    /// The expression without parentheses and without a template that is one interpolation.
    private static func unwrapped(_ expression: Expression) -> Expression {
        switch expression.kind {
        case .parenthesized(let inner): unwrapped(inner)
        case .template(let parts) where parts.count == 1:
            if case .interpolation(let inner) = parts[0] { unwrapped(inner) } else { expression }
        default: expression
        }
    }

    /// `(root, name)` of `root.name` exactly (no further steps).
    private static func reference(_ expression: Expression) -> (String, String)? {
        guard case .getAttribute(let source, let name) = expression.kind, case .variable(let root) = source.kind else {
            return nil
        }
        return (root, name)
    }
}
