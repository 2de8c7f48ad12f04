import Foundation
import Syntax

/// Encoding functions: jsonencode, jsondecode, base64encode, base64decode.
enum EncodingFunctions {
    static let all: [String: TerraformFunction] = [
        "jsonencode": TerraformFunction(arguments: 1) { arguments in
            .string(TerraformJSON.encode(arguments[0]))
        },
        "jsondecode": TerraformFunction(arguments: 1) { arguments throws(FunctionError) in
            let document = JSONDocument.parse(try arguments.string(0), path: "jsondecode")
            guard let root = document.root else {
                let problem = document.diagnostics.first
                let location = problem?.range.map { "\($0.start.line):\($0.start.column): " } ?? ""
                throw FunctionError("invalid JSON: \(location)\(problem?.detail ?? "")", argument: 0)
            }
            return root.value
        },
        "base64encode": TerraformFunction(arguments: 1) { arguments throws(FunctionError) in
            .string(Data(try arguments.string(0).utf8).base64EncodedString())
        },
        "base64decode": TerraformFunction(arguments: 1) { arguments throws(FunctionError) in
            guard let data = Data(base64Encoded: try arguments.string(0)) else {
                throw FunctionError("the string is not valid base64", argument: 0)
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw FunctionError("the decoded bytes are not valid UTF-8", argument: 0)
            }
            return .string(text)
        },
    ]
}

/// JSON text of a value the way Terraform's `jsonencode` writes it: compact, object keys
/// sorted, `<`, `>`, `&`, U+2028 and U+2029 escaped as `\u` sequences.
enum TerraformJSON {
    static func encode(_ value: Value) -> String {
        switch value {
        case .null, .unknown: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return Value.format(number)
        case .string(let text): return quote(text)
        case .list(let items): return "[" + items.map(encode).joined(separator: ",") + "]"
        case .object(let fields):
            let members = fields.keys.sorted().map { quote($0) + ":" + encode(fields[$0] ?? .null) }
            return "{" + members.joined(separator: ",") + "}"
        }
    }

    static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}": result += unicodeEscape(scalar)
            default:
                if scalar.value < 0x20 { result += unicodeEscape(scalar) } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result + "\""
    }

    private static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
