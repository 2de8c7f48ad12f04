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
}
