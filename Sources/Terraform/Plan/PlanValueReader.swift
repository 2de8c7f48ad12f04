import Core
import Syntax

/// Turns the values of a plan into `Value`s: a value the `after_unknown` mirror marks `true` is
/// an unknown ("known after apply"), and the `sensitive` mirror says what must be redacted.
enum PlanValueReader {
    /// The value of `node`, with unknowns where `unknown` says so. `path` names the value in
    /// reasons (`genesyscloud_oauth_client.x.roles.role_id`); `range` is where it is reported.
    static func value(_ node: JSONNode?, unknown: JSONNode?, path: String, range: SourceRange) -> Value {
        if unknown?.boolValue == true || (node == nil || node?.isNull == true) && containsTrue(unknown) {
            return .unknown(Unknown(reason: "\(path) is known after apply", range: range))
        }
        guard let node else { return .null }
        switch node.kind {
        case .object(let members):
            var fields: [String: Value] = [:]
            for member in members {
                fields[member.key] = value(
                    member.value, unknown: unknown?[member.key], path: "\(path).\(member.key)", range: range)
            }
            for member in unknown?.objectMembers ?? [] where fields[member.key] == nil && containsTrue(member.value) {
                fields[member.key] = value(nil, unknown: member.value, path: "\(path).\(member.key)", range: range)
            }
            return .object(fields)
        case .array(let elements):
            return .list(
                elements.enumerated().map { index, element in
                    value(element, unknown: unknown?[index], path: path, range: range)
                })
        default:
            return node.value
        }
    }

    /// Whether a mirror (`after_unknown`, `after_sensitive`) is `true` here or anywhere below.
    static func containsTrue(_ mirror: JSONNode?) -> Bool {
        guard let mirror else { return false }
        switch mirror.kind {
        case .bool(let flag): return flag
        case .array(let elements): return elements.contains { containsTrue($0) }
        case .object(let members): return members.contains { containsTrue($0.value) }
        default: return false
        }
    }
}
