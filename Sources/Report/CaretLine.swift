/// The marker line printed under a source line: `^` under the first character of a range and
/// `~` under the rest of it on that line. Columns are 1-based Unicode scalar columns. Tabs
/// before the range are copied so the marker lines up whatever the terminal's tab width (a tab
/// inside the range gets one `~`); combining marks take no cell and wide (East Asian, emoji)
/// characters take two.
enum CaretLine {
    /// The marker for the range `[startColumn, endColumn)` of `line`. A range that is empty
    /// gets a single `^`; one that starts past the end of the line gets a `^` just after it.
    static func marker(under line: String, startColumn: Int, endColumn: Int) -> String {
        let scalars = Array(line.unicodeScalars)
        let start = min(max(1, startColumn) - 1, scalars.count)
        let end = min(max(start + 1, max(1, endColumn) - 1), scalars.count)
        var marker = ""
        for scalar in scalars[..<start] {
            marker += scalar == "\t" ? "\t" : String(repeating: " ", count: cells(scalar))
        }
        marker += "^"
        var remaining = start < scalars.count ? cells(scalars[start]) - 1 : 0
        for scalar in scalars[min(start + 1, end)..<end] {
            remaining += scalar == "\t" ? 1 : cells(scalar)
        }
        return marker + String(repeating: "~", count: max(0, remaining))
    }

    /// How many terminal cells `scalar` takes.
    static func cells(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: return isWide(scalar) ? 2 : 1
        }
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isEmojiPresentation { return true }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
