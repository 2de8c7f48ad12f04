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

    public init(expression: Expression, via: [String] = []) {
        self.expression = expression
        self.via = via
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
        var current = expression
        var path = modulePath
        var via: [String] = []
        for _ in 0..<Self.maximumOriginSteps {
            let unwrapped = Self.unwrapped(current)
            switch Self.reference(unwrapped) {
            case ("var", let name)?:
                guard let next = variableOrigin(name, modulePath: path) else {
                    return ValueOrigin(expression: unwrapped, via: via)
                }
                if !path.isEmpty {
                    via.append(path.map { "module.\($0)" }.joined(separator: "."))
                    path.removeLast()
                }
                current = next
            case ("local", let name)?:
                guard let local = module(path: path)?.local(name) else {
                    return ValueOrigin(expression: unwrapped, via: via)
                }
                current = local.attribute.expression
            default:
                return ValueOrigin(expression: unwrapped, via: via)
            }
        }
        return ValueOrigin(expression: current, via: via)
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
