import Terraform

extension AttributeSchema {
    /// A value to write in a fix when the right one is not known: the allowed values
    /// (`"<one of: active, inactive>"`) or a placeholder of the argument's kind (`<number>`).
    var placeholder: String {
        if let allowedValues { return "\"<one of: \(allowedValues.joined(separator: ", "))>\"" }
        return switch kind {
        case .string: "\"...\""
        case .number: "<number>"
        case .bool: "<true or false>"
        case .setOfStrings, .listOfStrings: "[...]"
        case .mapOfStrings: "{ ... }"
        }
    }
}
