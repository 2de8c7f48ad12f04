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
