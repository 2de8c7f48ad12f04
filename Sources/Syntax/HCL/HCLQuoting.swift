/// Writes strings as HCL quoted-string literals for generated configuration.
package enum HCLQuoting {
    /// `text` in double quotes with `"`, `\`, control characters and template introducers
    /// (`${`, `%{`) escaped, so the literal reads back as exactly `text`.
    package static func quote(_ text: String) -> String {
        var output = "\""
        var previous: Character?
        for character in text {
            switch character {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "{" where previous == "$" || previous == "%": output += String(previous ?? "{") + "{"
            default: output.append(character)
            }
            previous = character
        }
        return output + "\""
    }

    /// `["a", "b"]`.
    package static func list(_ items: [String]) -> String {
        "[" + items.map(quote).joined(separator: ", ") + "]"
    }

    /// A Terraform name made from `text`: ASCII letters, digits and `_` kept, every other
    /// character `_`; prefixed with `prefix` when it would not start with a letter.
    package static func resourceName(_ text: String, prefix: String) -> String {
        let cleaned = String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") ? $0 : "_" })
        return cleaned.first?.isLetter == true ? cleaned : prefix + cleaned
    }
}
