/// Escaping for XML 1.0 text and attribute values.
enum XMLEscaping {
    /// `text` with `&`, `<`, `>`, `"` and `'` escaped and characters XML 1.0 forbids removed
    /// (controls other than tab, LF and CR; U+FFFE; U+FFFF). In attributes, tab, LF and CR are
    /// written as character references too, so parsers do not turn them into spaces.
    static func escape(_ text: String, inAttribute: Bool) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            case "\t" where inAttribute: escaped += "&#9;"
            case "\n" where inAttribute: escaped += "&#10;"
            case "\r": escaped += "&#13;"
            case "\t", "\n": escaped.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
