import Syntax

/// Type conversion functions: tostring, tonumber, tobool, tolist, toset, tomap.
enum ConversionFunctions {
    static let all: [String: TerraformFunction] = [
        "tostring": TerraformFunction(arguments: 1) { arguments throws(FunctionError) in
            guard arguments[0] != .null else { return .null }
            return .string(try arguments.string(0))
        },
        "tonumber": TerraformFunction(arguments: 1) { arguments throws(FunctionError) in
            guard arguments[0] != .null else { return .null }
            return .number(try arguments.number(0))
        },
        "tobool": TerraformFunction(arguments: 1) { arguments throws(FunctionError) in
            guard arguments[0] != .null else { return .null }
            return .bool(try arguments.bool(0))
        },
        "tolist": TerraformFunction(arguments: 1, keepsUnknownElements: true) { arguments throws(FunctionError) in
            guard arguments[0] != .null else { return .null }
            return .list(unifiedPrimitives(try arguments.list(0)))
        },
        "toset": TerraformFunction(arguments: 1) { arguments throws(FunctionError) in
            guard arguments[0] != .null else { return .null }
            return .list(Value.setElements(unifiedPrimitives(try arguments.list(0))))
        },
        "tomap": TerraformFunction(arguments: 1, keepsUnknownElements: true) { arguments throws(FunctionError) in
            guard arguments[0] != .null else { return .null }
            let fields = try arguments.object(0)
            let keys = fields.keys.sorted()
            let unified = unifiedPrimitives(keys.compactMap { fields[$0] })
            return .object(Dictionary(uniqueKeysWithValues: zip(keys, unified)))
        },
    ]

    /// Elements of one collection share one type: when strings meet numbers or bools, Terraform
    /// converts them all to strings.
    private static func unifiedPrimitives(_ items: [Value]) -> [Value] {
        let hasString = items.contains { if case .string = $0 { true } else { false } }
        let hasOther = items.contains {
            switch $0 {
            case .number, .bool: true
            default: false
            }
        }
        guard hasString, hasOther else { return items }
        return items.map { item in
            switch item {
            case .number, .bool: .string(item.stringValue ?? "")
            default: item
            }
        }
    }
}
