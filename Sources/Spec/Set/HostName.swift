/// Host names as scopecheck compares them: case-insensitive, without port or trailing dot.
package enum HostName {
    /// `text` lowercased, without a `:port` and a trailing dot, when it looks like a host name:
    /// dot-separated labels of letters, digits and `-` (not at a label's ends), with at least one
    /// dot unless it is `localhost` or has a port; nil otherwise.
    static func normalized(_ text: String) -> String? {
        var host = Substring(text.lowercased())
        var hasPort = false
        if let colon = host.lastIndex(of: ":") {
            let port = host[host.index(after: colon)...]
            guard !port.isEmpty, port.count <= 5, port.allSatisfy(\.isASCIIDigit) else { return nil }
            host = host[..<colon]
            hasPort = true
        }
        if host.hasSuffix(".") { host = host.dropLast() }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard host.count <= 253, labels.allSatisfy(isLabel),
            labels.count > 1 || host == "localhost" || hasPort
        else { return nil }
        return String(host)
    }

    /// The comparable form of a host that may not look like one (e.g. from a spec): normalised
    /// when possible, else just lowercased.
    package static func key(_ host: String) -> String {
        normalized(host) ?? host.lowercased()
    }

    private static func isLabel(_ label: Substring) -> Bool {
        !label.isEmpty && label.count <= 63 && label.first != "-" && label.last != "-"
            && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    }
}

extension Character {
    /// Whether this is one of `0`...`9`.
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
