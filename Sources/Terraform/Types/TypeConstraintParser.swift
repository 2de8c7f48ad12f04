import Core
import Syntax

extension TypeConstraint {
    /// Reads a type expression (`string`, `list(string)`, `object({a = optional(number, 1)})`).
    /// Problems are error diagnostics; the result is then `.any` for the faulty part.
    public static func parse(_ expression: Expression) -> (TypeConstraint, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let type = parse(expression, diagnostics: &diagnostics)
        return (type, diagnostics)
    }

    private static func parse(_ expression: Expression, diagnostics: inout [Diagnostic])
        -> TypeConstraint
    {
        switch expression.kind {
        case .parenthesized(let inner):
            return parse(inner, diagnostics: &diagnostics)
        case .variable(let name):
            switch name {
            case "any": return .any
            case "string": return .string
            case "number": return .number
            case "bool": return .bool
            case "list": return .list(.any)
            case "set": return .set(.any)
            case "map": return .map(.any)
            default:
                diagnostics.append(invalid("the keyword \"\(name)\" is not a type name", expression.range))
                return .any
            }
        case .template(let parts):
            if parts.count == 1, case .literal(let text, _) = parts[0] {
                diagnostics.append(
                    .error(
                        "Invalid quoted type constraints",
                        detail: "write the type without quotes: \(text) instead of \"\(text)\"", at: expression.range))
                return .any
            }
            diagnostics.append(invalid("a template is not a type", expression.range))
            return .any
        case .functionCall(let name, let arguments, _):
            return parseConstructor(name, arguments, expression.range, diagnostics: &diagnostics)
        default:
            diagnostics.append(
                invalid("expected a type name or a type constructor such as list(string)", expression.range))
            return .any
        }
    }

    private static func parseConstructor(
        _ name: String, _ arguments: [Expression], _ range: SourceRange, diagnostics: inout [Diagnostic]
    ) -> TypeConstraint {
        guard arguments.count == 1, let argument = arguments.first else {
            diagnostics.append(invalid("\(name)(...) takes exactly one argument", range))
            return .any
        }
        switch name {
        case "list": return .list(parse(argument, diagnostics: &diagnostics))
        case "set": return .set(parse(argument, diagnostics: &diagnostics))
        case "map": return .map(parse(argument, diagnostics: &diagnostics))
        case "tuple":
            guard case .tuple(let elements) = argument.kind else {
                diagnostics.append(invalid("tuple(...) takes a list of element types: tuple([string, number])", range))
                return .any
            }
            return .tuple(elements.map { parse($0, diagnostics: &diagnostics) })
        case "object":
            guard case .object(let items) = argument.kind else {
                diagnostics.append(
                    invalid("object(...) takes an object of attribute types: object({name = string})", range))
                return .any
            }
            var attributes: [String: ObjectAttributeType] = [:]
            for item in items {
                guard let key = objectKey(item.key) else {
                    diagnostics.append(invalid("object attribute names must be plain names", item.key.range))
                    continue
                }
                attributes[key] = parseAttribute(key, item.value, diagnostics: &diagnostics)
            }
            return .object(attributes.keys.sorted().compactMap { attributes[$0] })
        default:
            diagnostics.append(invalid("\(name)(...) is not a type constructor", range))
            return .any
        }
    }

    private static func parseAttribute(_ name: String, _ expression: Expression, diagnostics: inout [Diagnostic])
        -> ObjectAttributeType
    {
        guard case .functionCall("optional", let arguments, _) = expression.kind else {
            return ObjectAttributeType(name: name, type: parse(expression, diagnostics: &diagnostics))
        }
        guard (1...2).contains(arguments.count) else {
            diagnostics.append(invalid("optional(...) takes a type and an optional default value", expression.range))
            return ObjectAttributeType(name: name, type: .any, optional: true)
        }
        let type = parse(arguments[0], diagnostics: &diagnostics)
        guard arguments.count == 2 else { return ObjectAttributeType(name: name, type: type, optional: true) }
        let (value, problems) = Evaluator.evaluate(arguments[1], context: EvaluationContext())
        diagnostics += problems
        switch type.convert(value) {
        case .success(let converted):
            return ObjectAttributeType(name: name, type: type, optional: true, defaultValue: converted)
        case .failure(let error):
            diagnostics.append(
                .error("Invalid default value for optional attribute", detail: error.message, at: arguments[1].range))
            return ObjectAttributeType(name: name, type: type, optional: true)
        }
    }

    private static func objectKey(_ expression: Expression) -> String? {
        switch expression.kind {
        case .variable(let name): return name
        case .literal(.string(let name)): return name
        case .template(let parts):
            if parts.count == 1, case .literal(let text, _) = parts[0] { return text }
            if parts.isEmpty { return "" }
            return nil
        default: return nil
        }
    }

    private static func invalid(_ detail: String, _ range: SourceRange) -> Diagnostic {
        .error("Invalid type specification", detail: detail, at: range)
    }
}
