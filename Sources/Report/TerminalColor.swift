import Core

/// ANSI colour for the text report, and the decision whether to use it.
public enum TerminalColor {
    /// Whether to colour output: never when `NO_COLOR` is set to anything non-empty
    /// (https://no-color.org); always when `FORCE_COLOR` is non-empty and not `0`/`false`, or
    /// `CLICOLOR_FORCE` is non-empty and not `0`; otherwise only on a terminal that is not `dumb`.
    public static func shouldUse(isTTY: Bool, environment: [String: String]) -> Bool {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        if let force = environment["FORCE_COLOR"], !force.isEmpty, force != "0", force.lowercased() != "false" {
            return true
        }
        if let force = environment["CLICOLOR_FORCE"], !force.isEmpty, force != "0" { return true }
        return isTTY && environment["TERM"] != "dumb"
    }

    static let reset = "\u{1B}[0m"
    static let bold = "\u{1B}[1m"
    static let green = "\u{1B}[32m"

    /// The bold colour of a severity label: red errors, yellow warnings, cyan notes.
    static func style(for severity: Severity) -> String {
        switch severity {
        case .error: "\u{1B}[1;31m"
        case .warning: "\u{1B}[1;33m"
        case .note: "\u{1B}[1;36m"
        }
    }
}
