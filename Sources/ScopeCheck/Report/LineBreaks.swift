extension String {
    /// The text with every line break replaced by a space, for formats that need one line.
    var joiningLines: String {
        split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// The text with `indent` put after every line break, so continuation lines line up.
    func indentingContinuationLines(by indent: String) -> String {
        split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: "\n" + indent)
    }
}

extension Finding {
    /// The message followed by the fix, when there is one, for formats without a fix field.
    var messageWithFix: String {
        guard let fix else { return message }
        return "\(message)\n\nFix: \(fix)"
    }
}
