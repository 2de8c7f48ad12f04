/// A compiled glob pattern, for `exclude` paths in the config and `deny_scopes` in policies.
///
/// - `*` matches any run of characters except `/` (so for scope names, which hold no `/`, it
///   matches anything: `*:admin` matches `routing:admin` and `a:b:admin`);
/// - `**` matches any run of characters including `/`; `**/` matches any number of whole
///   directories, none included (`a/**/b` matches `a/b` and `a/x/y/b`);
/// - `?` matches one character except `/`;
/// - `[abc]`, `[a-z]`, `[!abc]` or `[^abc]` match one character (never `/`) of, or not of, a set;
///   a `]` right after the opening `[` (or `[!`) is part of the set;
/// - `\` makes the next character literal.
///
/// Matching simulates all pattern positions at once, so it takes at most
/// (text length × pattern length) steps whatever the pattern: no exponential backtracking.
public struct Glob: Hashable, Sendable, CustomStringConvertible {
    /// The pattern as written.
    public let pattern: String
    private let tokens: [Token]

    /// Compiles `pattern`; throws `GlobError` for an empty pattern, an unterminated `[` set or a
    /// trailing `\`.
    public init(_ pattern: String) throws(GlobError) {
        self.pattern = pattern
        self.tokens = try Glob.compile(Array(pattern.unicodeScalars))
    }

    public var description: String { pattern }

    /// Whether the whole of `text` matches the pattern.
    public func matches(_ text: String) -> Bool {
        let accepting = tokens.count
        var current = [Bool](repeating: false, count: accepting + 1)
        current[0] = true
        addZeroWidthMatches(to: &current)
        var next = current
        for scalar in text.unicodeScalars {
            for state in next.indices { next[state] = false }
            for state in 0..<accepting where current[state] {
                advance(from: state, on: scalar, into: &next)
            }
            addZeroWidthMatches(to: &next)
            swap(&current, &next)
            if !current.contains(true) { return false }
        }
        return current[accepting]
    }

    /// One element of a compiled pattern.
    private enum Token: Hashable, Sendable {
        case literal(Unicode.Scalar)
        case anyCharacter
        case set(CharacterSet, negated: Bool)
        /// `*`
        case anyRun
        /// `**` not followed by `/`.
        case anyPath
        /// `**/`: nothing, or any text ending in `/`.
        case anyDirectories
    }

    /// The ranges and single characters of a `[...]` set.
    private struct CharacterSet: Hashable, Sendable {
        var ranges: [ClosedRange<UInt32>]

        func contains(_ scalar: Unicode.Scalar) -> Bool {
            ranges.contains { $0.contains(scalar.value) }
        }
    }

    /// Adds the states reachable without reading a character: past `*`, `**` and `**/`
    /// matching nothing. One forward pass suffices since these moves only go forward.
    private func addZeroWidthMatches(to states: inout [Bool]) {
        for state in tokens.indices where states[state] {
            switch tokens[state] {
            case .anyRun, .anyPath, .anyDirectories: states[state + 1] = true
            case .literal, .anyCharacter, .set: break
            }
        }
    }

    /// Marks the states reached from `state` by reading `scalar`.
    private func advance(from state: Int, on scalar: Unicode.Scalar, into states: inout [Bool]) {
        let isSlash = scalar == "/"
        switch tokens[state] {
        case .literal(let expected): if expected == scalar { states[state + 1] = true }
        case .anyCharacter: if !isSlash { states[state + 1] = true }
        case .set(let set, let negated): if !isSlash, set.contains(scalar) != negated { states[state + 1] = true }
        case .anyRun: if !isSlash { states[state] = true }
        case .anyPath: states[state] = true
        case .anyDirectories:
            states[state] = true
            if isSlash { states[state + 1] = true }
        }
    }

    private static func compile(_ scalars: [Unicode.Scalar]) throws(GlobError) -> [Token] {
        guard !scalars.isEmpty else { throw GlobError(pattern: "", message: "the pattern is empty") }
        let pattern = String(String.UnicodeScalarView(scalars))
        var tokens: [Token] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "*":
                if index + 1 < scalars.count, scalars[index + 1] == "*" {
                    index += 2
                    while index < scalars.count, scalars[index] == "*" { index += 1 }
                    if index < scalars.count, scalars[index] == "/" {
                        index += 1
                        tokens.append(.anyDirectories)
                    } else {
                        tokens.append(.anyPath)
                    }
                    continue
                }
                tokens.append(.anyRun)
            case "?":
                tokens.append(.anyCharacter)
            case "[":
                let (token, end) = try compileSet(scalars, openingAt: index, pattern: pattern)
                tokens.append(token)
                index = end
            case "\\":
                guard index + 1 < scalars.count else {
                    throw GlobError(pattern: pattern, message: "the pattern ends with an escaping `\\`")
                }
                index += 1
                tokens.append(.literal(scalars[index]))
            default:
                tokens.append(.literal(scalar))
            }
            index += 1
        }
        return tokens
    }

    /// Reads the set opening at `start`; returns it and the index of its closing `]`.
    private static func compileSet(
        _ scalars: [Unicode.Scalar], openingAt start: Int, pattern: String
    ) throws(GlobError) -> (Token, Int) {
        var index = start + 1
        let negated = index < scalars.count && (scalars[index] == "!" || scalars[index] == "^")
        if negated { index += 1 }
        var ranges: [ClosedRange<UInt32>] = []
        var first = true
        while index < scalars.count, first || scalars[index] != "]" {
            first = false
            var low = scalars[index]
            if low == "\\", index + 1 < scalars.count {
                index += 1
                low = scalars[index]
            }
            if index + 2 < scalars.count, scalars[index + 1] == "-", scalars[index + 2] != "]" {
                let high = scalars[index + 2]
                guard low.value <= high.value else {
                    throw GlobError(pattern: pattern, message: "the range `\(low)-\(high)` is backwards")
                }
                ranges.append(low.value...high.value)
                index += 3
            } else {
                ranges.append(low.value...low.value)
                index += 1
            }
        }
        guard index < scalars.count else {
            throw GlobError(pattern: pattern, message: "the `[` set has no closing `]`")
        }
        return (.set(CharacterSet(ranges: ranges), negated: negated), index)
    }
}

/// Why a glob pattern cannot be compiled.
public struct GlobError: Error, Hashable, Sendable, CustomStringConvertible {
    public var pattern: String
    /// What is wrong, in a phrase (`the pattern is empty`).
    public var message: String

    public var description: String { "invalid pattern \"\(pattern)\": \(message)" }
}
