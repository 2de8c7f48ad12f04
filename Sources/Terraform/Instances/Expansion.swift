import Core
import Syntax

/// How a resource or module call expands into instances.
struct Expansion {
    enum Kind {
        /// No `count` / `for_each`: one instance without key.
        case single
        /// `count`: instances `[0]` ... `[n-1]`.
        case count
        /// `for_each`: instances `["key"]`.
        case forEach
        /// `count` / `for_each` not known statically: one stand-in instance.
        case unknown(Unknown)
    }

    var kind: Kind
    var instances: [ExpandedInstance]

    static let single = Expansion(kind: .single, instances: [ExpandedInstance(key: .none, bindings: [:])])

    /// One stand-in instance whose `count.index`, `each.key` and `each.value` are unknown.
    static func unknown(_ unknown: Unknown) -> Expansion {
        let value = Value.unknown(unknown)
        return Expansion(
            kind: .unknown(unknown),
            instances: [
                ExpandedInstance(
                    key: .none,
                    bindings: ["count": .object(["index": value]), "each": .object(["key": value, "value": value])])
            ])
    }

    /// The unknown when the expansion is not known.
    var unknown: Unknown? {
        if case .unknown(let unknown) = kind { return unknown }
        return nil
    }

    /// The instance with key `key`.
    func instance(_ key: InstanceKey) -> ExpandedInstance? { instances.first { $0.key == key } }
}

/// One instance of an expansion and the names bound while evaluating it (`count`, `each`).
struct ExpandedInstance {
    var key: InstanceKey
    var bindings: [String: Value]
}

extension ModuleInstanceScope {
    /// The largest `count` expanded; larger counts are reported rather than materialized.
    static let maximumCount = 10_000

    /// Expands `count` / `for_each` of the block at `address` (a resource or a module call).
    func expansion(count: Attribute?, forEach: Attribute?, address: String) -> Expansion {
        if let count { return countExpansion(count, address: address) }
        if let forEach { return forEachExpansion(forEach, address: address) }
        return .single
    }

    private func countExpansion(_ attribute: Attribute, address: String) -> Expansion {
        let value = evaluate(attribute.expression, bindings: [:])
        if case .unknown(let unknown) = value {
            return unknownExpansion(unknown, address: address, argument: "count", range: attribute.expression.range)
        }
        let number: Double? =
            switch value {
            case .number(let number): number
            case .string(let text): Value.parseNumber(text)
            default: nil
            }
        guard let number, number.rounded() == number, number >= 0, number <= Double(Self.maximumCount) else {
            return invalid(
                "Invalid count argument",
                "count must be a whole number from 0 to \(Self.maximumCount), not \(value.shortDescription)",
                attribute.expression.range)
        }
        return Expansion(
            kind: .count,
            instances: (0..<Int(number)).map {
                ExpandedInstance(key: .int($0), bindings: ["count": .object(["index": .number(Double($0))])])
            })
    }

    private func forEachExpansion(_ attribute: Attribute, address: String) -> Expansion {
        let value = evaluate(attribute.expression, bindings: [:])
        let range = attribute.expression.range
        switch value {
        case .unknown(let unknown):
            return unknownExpansion(unknown, address: address, argument: "for_each", range: range)
        case .object(let fields):
            return Expansion(
                kind: .forEach,
                instances: fields.keys.sorted().map { key in
                    ExpandedInstance(
                        key: .string(key),
                        bindings: ["each": .object(["key": .string(key), "value": fields[key] ?? .null])])
                })
        case .list(let items):
            if let unknown = items.lazy.compactMap(\.firstUnknown).first {
                return unknownExpansion(unknown, address: address, argument: "for_each", range: range)
            }
            var keys: [String] = []
            for item in items {
                guard case .string(let key) = item else {
                    return invalid(
                        "Invalid for_each argument",
                        "for_each needs a map or a set of strings; this list holds a \(item.typeName)", range)
                }
                keys.append(key)
            }
            return Expansion(
                kind: .forEach,
                instances: Value.setElements(keys.map(Value.string)).compactMap { key in
                    guard case .string(let text) = key else { return nil }
                    return ExpandedInstance(
                        key: .string(text), bindings: ["each": .object(["key": key, "value": key])])
                })
        default:
            return invalid(
                "Invalid for_each argument", "for_each needs a map or a set of strings, not \(value.typeName)", range)
        }
    }

    private func unknownExpansion(_ unknown: Unknown, address: String, argument: String, range: SourceRange)
        -> Expansion
    {
        evaluation.report([
            Diagnostic(
                .note, "Instances not known statically",
                detail:
                    "the \(argument) of \(address) is not known before apply (\(unknown.reason)); it is analyzed as a single instance",
                at: range)
        ])
        return .unknown(unknown)
    }

    private func invalid(_ summary: String, _ detail: String, _ range: SourceRange) -> Expansion {
        evaluation.report([.error(summary, detail: detail, at: range)])
        return .unknown(Unknown(reason: "\(summary): \(detail)", range: range))
    }
}
