import Rules

extension Finding {
    /// The longest message or fix kept whole, in Unicode scalars. Messages quote values (a scope
    /// name, an attribute value); a 10 MB value must not make a 10 MB report line.
    static let maximumMessageLength = 2000

    /// The finding with an overlong message or fix shortened: its start and end are kept and the
    /// middle replaced by `… (N characters left out) …`.
    func bounded() -> Finding {
        var finding = self
        finding.message = Self.bound(message)
        finding.fix = fix.map(Self.bound)
        return finding
    }

    private static func bound(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > maximumMessageLength else { return text }
        let head = maximumMessageLength * 2 / 3
        let tail = maximumMessageLength / 4
        let omitted = scalars.count - head - tail
        var result = String.UnicodeScalarView(scalars.prefix(head))
        result.append(contentsOf: " … (\(omitted) characters left out) … ".unicodeScalars)
        result.append(contentsOf: scalars.suffix(tail))
        return String(result)
    }
}
