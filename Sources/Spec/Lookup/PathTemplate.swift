/// A path template (`/api/v2/routing/queues/{queueId}`) split into segments, matched against the
/// segments of concrete request paths.
struct PathTemplate: Sendable {
    /// One `/`-separated segment of a template.
    enum Segment: Hashable, Sendable {
        /// Text that must appear as is.
        case literal(String)
        /// A `{name}` parameter, with any literal text around it (`{fileName}.json`).
        case parameter(prefix: String, suffix: String)

        /// Whether the request segment `value` fits this segment (a parameter needs at least one
        /// character of its own); literals compare exactly, or ignoring ASCII case.
        func matches(_ value: Substring, ignoringCase: Bool = false) -> Bool {
            switch self {
            case .literal(let text): ignoringCase ? value.lowercased() == text.lowercased() : value == text
            case .parameter(let prefix, let suffix):
                value.count > prefix.count + suffix.count && value.hasPrefix(prefix) && value.hasSuffix(suffix)
            }
        }

        /// A parameter when the text has a `{` before a `}`, else a literal.
        init(_ text: Substring) {
            guard let open = text.utf8.firstIndex(of: UInt8(ascii: "{")),
                let close = text.utf8.lastIndex(of: UInt8(ascii: "}")), open < close
            else {
                self = .literal(String(text))
                return
            }
            self = .parameter(prefix: String(text[..<open]), suffix: String(text[text.utf8.index(after: close)...]))
        }

        var isLiteral: Bool {
            if case .literal = self { true } else { false }
        }
    }

    let segments: [Segment]

    init(_ path: String) {
        segments = Self.split(path).map(Segment.init)
    }

    /// The segments of a path: what lies between its slashes, after the leading one.
    static func split(_ path: String) -> [Substring] {
        var segments: [Substring] = []
        var start: String.Index?
        var index = path.utf8.startIndex
        while index < path.utf8.endIndex {
            if path.utf8[index] == UInt8(ascii: "/") {
                if let start { segments.append(path[start..<index]) }
                start = path.utf8.index(after: index)
            }
            index = path.utf8.index(after: index)
        }
        if let start { segments.append(path[start...]) }
        return segments
    }

    /// Whether every segment of the request path fits the template's segment at the same place.
    func matches(_ request: [Substring], ignoringCase: Bool = false) -> Bool {
        request.count == segments.count
            && zip(segments, request).allSatisfy { $0.matches($1, ignoringCase: ignoringCase) }
    }

    /// Whether this template is a more specific match than `other` (both matching the same
    /// request): more literal segments, or as many but literal earlier (the leftmost difference).
    func isMoreSpecific(than other: PathTemplate) -> Bool {
        let literals = segments.count(where: \.isLiteral)
        let otherLiterals = other.segments.count(where: \.isLiteral)
        if literals != otherLiterals { return literals > otherLiterals }
        for (mine, theirs) in zip(segments, other.segments) where mine.isLiteral != theirs.isLiteral {
            return mine.isLiteral
        }
        return false
    }
}
