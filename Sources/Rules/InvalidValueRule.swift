import Core
import Graph
import Syntax
import Terraform

/// `invalid-value`: a known value the provider schema does not accept: outside the allowed
/// values or number range, or of the wrong kind.
public struct InvalidValueRule: Rule {
    public init() {}

    public let descriptor = RuleDescriptor(
        id: "invalid-value",
        summary: "An OAuth client or role argument has a value the provider does not accept.",
        defaultSeverity: .error,
        explanation: """
            The provider schema restricts some values: state is active or inactive, \
            access_token_validity_seconds lies between 300 and 172800 (48 hours), a condition's \
            conjunction is AND or OR, and every argument has a kind (a string, a number, a set \
            of strings). Any other value makes terraform plan or apply fail. \
            authorized_grant_type has its own rule, invalid-grant-type. Use a value the message \
            lists.
            """)

    public let examples: [RuleExample] = [
        .triggering(
            """
            resource "genesyscloud_oauth_client" "export" {
              name                          = "Nightly export"
              authorized_grant_type         = "CLIENT-CREDENTIALS"
              access_token_validity_seconds = 259200
              state                         = "Active"
              roles {
                role_id = "1f0c6f70-aaaa-bbbb-cccc-000000000000"
              }
            }
            """),
        .passing(
            """
            resource "genesyscloud_oauth_client" "export" {
              name                          = "Nightly export"
              authorized_grant_type         = "CLIENT-CREDENTIALS"
              access_token_validity_seconds = 7200
              state                         = "active"
              roles {
                role_id = "1f0c6f70-aaaa-bbbb-cccc-000000000000"
              }
            }
            """),
    ]

    public func check(_ graph: RequirementGraph) -> [Finding] {
        // Instances of one block (count, for_each, module calls) with the same value share a finding.
        var seen = Set<Finding>()
        return graph.schemaInstances.flatMap { instance, schema in
            problems(
                in: ValueOwner(instance: instance, path: []), attributes: instance.attributes, blocks: instance.blocks,
                schema: schema)
        }.filter { seen.insert($0).inserted }
    }

    /// The block an argument belongs to, for messages.
    private struct ValueOwner {
        var instance: ResourceInstance
        var path: [String]

        var address: String { instance.resourceAddress }

        func describe(_ name: String) -> String {
            path.isEmpty ? "\(name) of \(address)" : "\(name) of a \(path.joined(separator: ".")) block of \(address)"
        }
    }

    private func problems(
        in owner: ValueOwner, attributes: [String: EvaluatedAttribute], blocks: [EvaluatedBlock], schema: BlockSchema
    ) -> [Finding] {
        var findings: [Finding] = []
        for attribute in attributes.values.sorted(by: { $0.range < $1.range }) {
            // The grant type's values are checked by invalid-grant-type, with its own advice.
            let isGrantType =
                owner.path.isEmpty && owner.instance.type == OAuthClient.resourceType
                && attribute.name == "authorized_grant_type"
            guard !isGrantType, let argument = schema.attribute(attribute.name), argument.presence != .computed else {
                continue
            }
            findings += problems(with: attribute, argument, owner)
        }
        for block in blocks {
            guard let nested = schema.block(block.type) else { continue }
            findings += problems(
                in: ValueOwner(instance: owner.instance, path: owner.path + [block.type]), attributes: block.attributes,
                blocks: block.blocks, schema: nested.body)
        }
        return findings
    }

    private func problems(
        with attribute: EvaluatedAttribute, _ argument: AttributeSchema, _ owner: ValueOwner
    ) -> [Finding] {
        let value = attribute.value
        switch (argument.kind, value) {
        case (_, .null), (_, .unknown): return []
        case (.setOfStrings, .list(let elements)), (.listOfStrings, .list(let elements)):
            return zip(elements, attribute.elementRanges(count: elements.count)).compactMap { element, range in
                guard !Self.convertsToString(element) else { return nil }
                return finding(
                    "\(owner.describe(attribute.name)) holds \(Self.describe(element, attribute)), but the argument "
                        + "takes a \(argument.kind.rawValue): terraform plan fails with \"Incorrect attribute value type\"",
                    at: range, address: owner.address)
            }
        case (.setOfStrings, _), (.listOfStrings, _):
            return [wrongKind(attribute, argument, owner)]
        case (.string, _):
            guard let text = value.stringValue else { return [wrongKind(attribute, argument, owner)] }
            return allowedValueProblem(text, attribute, argument, owner).map { [$0] } ?? []
        case (.number, _):
            guard let number = Self.convertsToNumber(value) else { return [wrongKind(attribute, argument, owner)] }
            return rangeProblem(number, attribute, argument, owner).map { [$0] } ?? []
        case (.bool, .bool): return []
        case (.bool, .string(let text)) where text == "true" || text == "false": return []
        case (.bool, _): return [wrongKind(attribute, argument, owner)]
        case (.mapOfStrings, .object(let fields)):
            return fields.keys.sorted().compactMap { key in
                guard let element = fields[key], !Self.convertsToString(element) else { return nil }
                return finding(
                    "\(owner.describe(attribute.name)) holds \(Self.describe(element, attribute)) at \"\(key)\", but "
                        + "the argument takes a \(argument.kind.rawValue): terraform plan fails with "
                        + "\"Incorrect attribute value type\"",
                    at: attribute.range, address: owner.address)
            }
        case (.mapOfStrings, _): return [wrongKind(attribute, argument, owner)]
        }
    }

    private func wrongKind(
        _ attribute: EvaluatedAttribute, _ argument: AttributeSchema, _ owner: ValueOwner
    ) -> Finding {
        finding(
            "\(owner.describe(attribute.name)) is \(Self.describe(attribute.value, attribute)), but the argument "
                + "takes a \(argument.kind.rawValue): "
                + "terraform plan fails with \"Incorrect attribute value type\"",
            at: attribute.range, address: owner.address,
            fix: "\(attribute.name) = \(argument.placeholder)")
    }

    private func allowedValueProblem(
        _ text: String, _ attribute: EvaluatedAttribute, _ argument: AttributeSchema, _ owner: ValueOwner
    ) -> Finding? {
        guard let allowed = argument.allowedValues, !allowed.contains(text) else { return nil }
        let suggestion =
            allowed.first { $0.lowercased() == text.lowercased() } ?? ClosestName.to(text, among: allowed)
        let shown = attribute.sensitive ? "(sensitive)" : "\"\(text)\""
        return finding(
            "\(owner.describe(attribute.name)) is \(shown), which the provider does not accept (it takes "
                + "\(allowed.joined(separator: ", "))): terraform plan fails"
                + (suggestion.map { "; did you mean \"\($0)\"?" } ?? ""),
            at: attribute.range, address: owner.address,
            fix: "\(attribute.name) = \(suggestion.map { "\"\($0)\"" } ?? argument.placeholder)")
    }

    private func rangeProblem(
        _ number: Double, _ attribute: EvaluatedAttribute, _ argument: AttributeSchema, _ owner: ValueOwner
    ) -> Finding? {
        guard let range = argument.numberRange, !range.contains(number) else { return nil }
        let shown = attribute.sensitive ? "(sensitive)" : Value.format(number)
        let bounds = "\(Value.format(range.minimum))..\(Value.format(range.maximum))"
        var exception = ""
        if let wider = range.exceptionalMaximum, let condition = range.exceptionalMaximumCondition,
            number > range.maximum, number <= wider
        {
            exception = "; up to \(Value.format(wider)) is accepted \(condition)"
        }
        let nearest = number < range.minimum ? range.minimum : range.maximum
        return finding(
            "\(owner.describe(attribute.name)) is \(shown), outside the allowed \(bounds): the provider rejects it "
                + "and terraform plan or apply fails\(exception)",
            at: attribute.range, address: owner.address,
            fix: "\(attribute.name) = \(Value.format(nearest))")
    }

    /// Whether Terraform converts the value to a string (numbers and bools do; unknown values
    /// are not judged).
    private static func convertsToString(_ value: Value) -> Bool {
        if case .unknown = value { return true }
        return value.stringValue != nil
    }

    /// The value as Terraform converts it to a number (numeric strings convert).
    private static func convertsToNumber(_ value: Value) -> Double? {
        switch value {
        case .number(let number): number
        case .string(let text): Value.parseNumber(text)
        default: nil
        }
    }

    /// `the string "x"`, `a list`, `an object`, for messages (sensitive values hidden).
    private static func describe(_ value: Value, _ attribute: EvaluatedAttribute) -> String {
        switch value {
        case .list: "a list"
        case .object: "an object"
        case .null: "null"
        default:
            attribute.sensitive ? "a sensitive \(value.typeName)" : "the \(value.typeName) \(value.shortDescription)"
        }
    }
}
