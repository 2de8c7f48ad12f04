import Core

/// The recursive-descent parser of the native syntax: token access, nesting limits,
/// diagnostics and error recovery. Bodies, expressions and templates are parsed by the
/// extensions in `BodyParser.swift`, `ExpressionParser.swift`, `CollectionParser.swift` and
/// `TemplateParser.swift`.
///
/// Errors are reported once per statement: after the first error of an attribute or block
/// header the parser stays quiet until it has skipped to the next line, so one typo gives one
/// message. A statement in which the lexer already reported a problem (an invalid character,
/// an unterminated string) gets no further parse errors after that point: they would only
/// repeat it.
struct Parser {
    /// The deepest nesting of brackets, parentheses, blocks and templates accepted.
    static let maximumDepth = 256

    let path: String
    let source: [UInt8]
    let tokens: [Token]
    var index = 0
    /// Whether newlines are tokens in the current context (bodies and object constructors) or
    /// skipped (parentheses, brackets, template sequences).
    var newlineModes: [Bool]
    var depth = 0
    var diagnostics: [Diagnostic] = []
    /// Set after an error until the parser has recovered at the next statement.
    var quiet = false
    /// Set once an error says that something runs to the end of the file, so enclosing blocks
    /// do not each report that they are unclosed too.
    var reportedEndOfFile = false
    /// Where the current statement starts (byte offset).
    var statementStart = 0
    /// Start offsets of the lexer's diagnostics, ascending.
    private let lexerProblems: [Int]
    /// Where a construct the lexer found unterminated swallows the rest of the input.
    let unterminatedAt: Int?

    init(path: String, source: [UInt8], lexed: LexedSource, newlinesAreTokens: Bool) {
        self.path = path
        self.source = source
        tokens = lexed.tokens
        lexerProblems = lexed.diagnostics.compactMap { $0.range?.start.byte }.sorted()
        unterminatedAt = lexed.unterminatedAt
        newlineModes = [newlinesAreTokens]
        statementStart = tokens[0].start.byte
    }

    /// Starts a statement: errors are reported again from here on.
    mutating func beginStatement(at token: Token) {
        quiet = false
        statementStart = token.start.byte
    }

    /// Whether the lexer reported a problem at an offset in `lower...upper`.
    func lexerReported(from lower: Int, to upper: Int) -> Bool {
        var low = 0
        var high = lexerProblems.count
        while low < high {
            let middle = (low + high) / 2
            if lexerProblems[middle] < lower { low = middle + 1 } else { high = middle }
        }
        return low < lexerProblems.count && lexerProblems[low] <= upper
    }

    // MARK: Tokens

    /// The index of the next significant token (newlines skipped where they do not count).
    private func significantIndex() -> Int {
        var position = index
        if newlineModes.last == false {
            while tokens[position].kind == .newline { position += 1 }
        }
        return position
    }

    /// The next significant token.
    func peek() -> Token { tokens[significantIndex()] }

    /// The significant token after the next one.
    func peekSecond() -> Token {
        var position = significantIndex()
        guard tokens[position].kind != .endOfFile else { return tokens[position] }
        position += 1
        if newlineModes.last == false {
            while tokens[position].kind == .newline { position += 1 }
        }
        return tokens[position]
    }

    /// Consumes and returns the next significant token; the end of file is never passed.
    @discardableResult
    mutating func next() -> Token {
        let position = significantIndex()
        let token = tokens[position]
        index = token.kind == .endOfFile ? position : position + 1
        return token
    }

    /// The end of the last consumed token.
    var previousEnd: SourcePosition {
        index > 0 ? tokens[index - 1].end : tokens[0].start
    }

    /// Makes newlines significant (`true`) or skipped (`false`) until the matching `popNewlines`.
    mutating func pushNewlines(_ significant: Bool) { newlineModes.append(significant) }

    mutating func popNewlines() { newlineModes.removeLast() }

    /// The source text of a token.
    func text(_ token: Token) -> String {
        String(decoding: source[token.bytes], as: UTF8.self)
    }

    /// Whether the token is the identifier `word`.
    func isKeyword(_ token: Token, _ word: StaticString) -> Bool {
        guard token.kind == .identifier, token.bytes.count == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { source[token.bytes].elementsEqual($0) }
    }

    func range(_ token: Token) -> SourceRange {
        SourceRange(file: path, start: token.start, end: token.end)
    }

    func range(from start: SourcePosition, to end: SourcePosition) -> SourceRange {
        SourceRange(file: path, start: start, end: max(start, end))
    }

    /// A short description of a token for messages.
    func describe(_ token: Token) -> String {
        switch token.kind {
        case .newline: "a newline"
        case .endOfFile: "the end of the file"
        case .identifier: "the name \"\(text(token))\""
        case .number: "the number \(text(token))"
        case .openQuote, .openHeredoc: "a string"
        case .templateLiteral: "template text"
        case .templateInterpolation, .templateDirective: "a template sequence"
        case .templateSequenceEnd: "the end of a template sequence"
        case .closeQuote: "a closing quote"
        case .closeHeredoc: "the end of a heredoc"
        default: "\"\(text(token))\""
        }
    }

    // MARK: Diagnostics

    /// Reports an error at `token` unless the parser is recovering or the lexer already
    /// reported the token.
    mutating func report(_ summary: String, _ detail: String, at token: Token) {
        if token.kind == .invalid || token.flags.contains(.synthetic) {
            quiet = true
            return
        }
        report(summary, detail, range: range(token))
    }

    /// Reports an error at `range` unless the parser is recovering.
    mutating func report(_ summary: String, _ detail: String, range: SourceRange) {
        guard !quiet, !lexerReported(from: statementStart, to: range.start.byte) else {
            quiet = true
            return
        }
        diagnostics.append(.error(summary, detail: detail, at: range))
        quiet = true
    }

    /// A placeholder for an expression that could not be parsed; it evaluates to unknown.
    func invalidExpression(_ range: SourceRange) -> Expression {
        Expression(.literal(.unknown(Unknown(reason: "invalid expression", range: range))), range: range)
    }

    // MARK: Nesting

    /// Enters one nesting level; false (after reporting) when the limit is passed.
    mutating func enterNesting(at token: Token) -> Bool {
        depth += 1
        guard depth > Self.maximumDepth else { return true }
        report(
            "Nesting too deep",
            "Brackets, parentheses, blocks and templates may be nested at most \(Self.maximumDepth) levels deep.",
            at: token)
        return false
    }

    mutating func leaveNesting() { depth -= 1 }

    // MARK: Recovery

    /// Skips to the `closer` ending the current nesting level and consumes it. Stops without
    /// consuming at a closer of an enclosing level, at the end of the file, and — for brackets
    /// and parentheses — at a newline followed by something that starts a new statement.
    /// Returns the end of what was skipped.
    @discardableResult
    mutating func recover(to closer: TokenKind) -> SourcePosition {
        var nesting = 0
        while true {
            let token = tokens[index]
            if token.kind == .endOfFile { return previousEnd }
            if token.kind.isOpener {
                nesting += 1
            } else if token.kind.isCloser {
                if nesting == 0 {
                    if token.kind == closer {
                        index += 1
                        return token.end
                    }
                    return previousEnd
                }
                nesting -= 1
            } else if nesting == 0, token.kind == .newline, closer != .closeBrace, statementStarts(after: index) {
                return previousEnd
            }
            index += 1
        }
    }

    /// Whether the tokens after the newline at `position` look like `name =`, `name {` or
    /// `name "label"` at the start of a line.
    private func statementStarts(after position: Int) -> Bool {
        var cursor = position
        while tokens[cursor].kind == .newline { cursor += 1 }
        guard tokens[cursor].kind == .identifier else { return false }
        switch tokens[cursor + 1].kind {
        case .equals, .openBrace, .openQuote: return true
        default: return false
        }
    }

    /// Skips the rest of a statement: up to and including the next newline outside brackets,
    /// or up to (not including) a `}` closing the enclosing block, or the end of the file.
    mutating func skipRestOfStatement() {
        var nesting = 0
        while true {
            let token = tokens[index]
            switch token.kind {
            case .endOfFile: return
            case .newline where nesting == 0:
                index += 1
                return
            case .closeBrace where nesting == 0: return
            default:
                if token.kind.isOpener {
                    nesting += 1
                } else if token.kind.isCloser, nesting > 0 {
                    nesting -= 1
                }
                index += 1
            }
        }
    }

    /// Skips an expression too deeply nested to parse: up to a comma, a closer or (where
    /// significant) a newline outside the brackets skipped.
    mutating func skipNestedExpression(from first: Token) -> Expression {
        var nesting = 0
        while true {
            let token = tokens[index]
            if token.kind == .endOfFile { break }
            if nesting == 0 {
                if token.kind.isCloser || token.kind == .comma { break }
                if token.kind == .newline, newlineModes.last == true { break }
            }
            if token.kind.isOpener {
                nesting += 1
            } else if token.kind.isCloser {
                nesting -= 1
            }
            index += 1
        }
        return invalidExpression(range(from: first.start, to: previousEnd))
    }
}
