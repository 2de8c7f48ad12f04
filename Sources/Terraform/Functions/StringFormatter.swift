import Foundation
import Syntax

/// The `format()` verbs of Terraform (Go's `fmt` subset): `%%`, `%v`, `%#v`, `%t`, `%s`, `%q`,
/// `%d`, `%b`, `%o`, `%x`, `%X`, `%e`, `%E`, `%f`, `%g`, `%G`, with flags `-+ 0#`, width,
/// precision and explicit argument indexes `%[2]s`.
enum StringFormatter {
    private struct Verb {
        var leftAlign = false
        var plus = false
        var space = false
        var zero = false
        var sharp = false
        var width: Int?
        var precision: Int?
        var character: Character = "v"
    }

    /// The widest width or precision formatted.
    static let maximumWidth = 1 << 20

    static func format(_ spec: String, _ values: [Value]) throws(FunctionError) -> String {
        var result = ""
        let characters = Array(spec)
        var position = 0
        var nextArgument = 0
        var usedArguments = 0
        while position < characters.count {
            let character = characters[position]
            position += 1
            guard character == "%" else {
                result.append(character)
                continue
            }
            let verbStart = position
            var verb = Verb()
            while position < characters.count, "-+ 0#".contains(characters[position]) {
                switch characters[position] {
                case "-": verb.leftAlign = true
                case "+": verb.plus = true
                case " ": verb.space = true
                case "0": verb.zero = true
                default: verb.sharp = true
                }
                position += 1
            }
            if position < characters.count, characters[position] == "[" {
                guard let close = characters[position...].firstIndex(of: "]"),
                    let index = Int(String(characters[(position + 1)..<close])), index >= 1
                else {
                    throw FunctionError("invalid argument index in the format string at \(verbStart)", argument: 0)
                }
                nextArgument = index - 1
                position = close + 1
            }
            verb.width = readNumber(characters, &position)
            if position < characters.count, characters[position] == "." {
                position += 1
                verb.precision = readNumber(characters, &position) ?? 0
            }
            guard position < characters.count else {
                throw FunctionError("the format string ends in an incomplete verb", argument: 0)
            }
            verb.character = characters[position]
            position += 1
            guard (verb.width ?? 0) <= maximumWidth, (verb.precision ?? 0) <= maximumWidth else {
                throw FunctionError(
                    "the width or precision at \(verbStart) is larger than \(maximumWidth)", argument: 0)
            }
            try TextLimit.check(result.utf8.count)
            if verb.character == "%" {
                result.append("%")
                continue
            }
            guard nextArgument < values.count else {
                throw FunctionError(
                    "not enough arguments for \"%\(verb.character)\" at \(verbStart): need index \(nextArgument + 1) but have \(values.count) total"
                )
            }
            let value = values[nextArgument]
            nextArgument += 1
            usedArguments = max(usedArguments, nextArgument)
            result += pad(try render(value, verb, argument: nextArgument), verb)
        }
        guard usedArguments >= values.count else {
            throw FunctionError("too many arguments; only \(usedArguments) used by the format string")
        }
        try TextLimit.check(result.utf8.count)
        return result
    }

    private static func readNumber(_ characters: [Character], _ position: inout Int) -> Int? {
        var digits = ""
        while position < characters.count, characters[position].isASCII, characters[position].isNumber {
            digits.append(characters[position])
            position += 1
        }
        return Int(digits)
    }

    private static func render(_ value: Value, _ verb: Verb, argument: Int) throws(FunctionError) -> String {
        let label = "\"%\(verb.character)\" (argument \(argument))"
        if value == .null, verb.character != "v" {
            throw FunctionError("unsupported value for \(label): null value cannot be formatted", argument: argument)
        }
        switch verb.character {
        case "v":
            switch value {
            case .list, .object, .null: return TerraformJSON.encode(value)
            default: return verb.sharp ? TerraformJSON.encode(value) : value.stringValue ?? ""
            }
        case "s":
            guard let text = value.stringValue else {
                throw FunctionError(
                    "unsupported value for \(label): string required, not \(value.typeName)", argument: argument)
            }
            return verb.precision.map { String(text.prefix($0)) } ?? text
        case "q":
            guard let text = value.stringValue else {
                throw FunctionError(
                    "unsupported value for \(label): string required, not \(value.typeName)", argument: argument)
            }
            return TerraformJSON.encode(.string(text))
        case "t":
            guard case .bool(let flag) = value else {
                throw FunctionError(
                    "unsupported value for \(label): bool required, not \(value.typeName)", argument: argument)
            }
            return flag ? "true" : "false"
        case "d", "b", "o", "x", "X":
            return try integer(value, verb, label: label, argument: argument)
        case "e", "E", "f", "g", "G":
            guard let number = number(value) else {
                throw FunctionError(
                    "unsupported value for \(label): number required, not \(value.typeName)", argument: argument)
            }
            let precision = verb.precision.map { ".\($0)" } ?? ""
            return sign(number, verb) + String(format: "%\(precision)\(verb.character)", abs(number))
        default:
            throw FunctionError("unrecognized format character \"\(verb.character)\"", argument: 0)
        }
    }

    private static func integer(_ value: Value, _ verb: Verb, label: String, argument: Int) throws(FunctionError)
        -> String
    {
        guard let number = number(value), number.rounded() == number, abs(number) < 1e18 else {
            throw FunctionError("unsupported value for \(label): an integer is required", argument: argument)
        }
        let magnitude = UInt64(abs(number))
        let digits: String
        switch verb.character {
        case "b": digits = String(magnitude, radix: 2)
        case "o": digits = String(magnitude, radix: 8)
        case "x": digits = String(magnitude, radix: 16)
        case "X": digits = String(magnitude, radix: 16, uppercase: true)
        default: digits = String(magnitude)
        }
        return sign(number, verb) + digits
    }

    private static func number(_ value: Value) -> Double? {
        switch value {
        case .number(let number): number
        case .string(let text): Value.parseNumber(text)
        default: nil
        }
    }

    private static func sign(_ number: Double, _ verb: Verb) -> String {
        if number < 0 { return "-" }
        if verb.plus { return "+" }
        return verb.space ? " " : ""
    }

    private static func pad(_ text: String, _ verb: Verb) -> String {
        guard let width = verb.width, text.count < width else { return text }
        let fill = String(repeating: verb.zero && !verb.leftAlign ? "0" : " ", count: width - text.count)
        if verb.leftAlign { return text + fill }
        if verb.zero, let first = text.first, "+- ".contains(first) {
            return String(first) + fill + text.dropFirst()
        }
        return fill + text
    }
}
