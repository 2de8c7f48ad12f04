import Core

/// The tokens, comments and lexical diagnostics of one source text.
struct LexedSource: Sendable {
    var tokens: [Token]
    var comments: [Comment]
    var diagnostics: [Diagnostic]
    /// Where a construct that ran to the end of the input (an unterminated comment, string,
    /// heredoc or template sequence) opens, if there is one.
    var unterminatedAt: Int?
}

/// Turns native-syntax source bytes into tokens.
///
/// The lexer is modal, like hclsyntax's scanner: a stack of contexts says whether it reads
/// ordinary tokens, the text of a quoted string, a heredoc or a bare template. Template
/// openers (`"`, `<<EOT`, `${`, `%{`) push a context and their closers pop it, so the token
/// stream always has a closer for every template opener — at the end of the input the lexer
/// adds the missing closers (flagged `synthetic`) after reporting the first one.
struct Lexer {
    /// What the whole input is.
    enum Content {
        /// A configuration body or an expression.
        case tokens
        /// Template text without quotes, ending at the end of the input.
        case template
    }

    /// One level of the mode stack.
    enum Context {
        /// The top level of a body or expression.
        case root
        /// Template text without quotes (the top level of `parseTemplate`).
        case bareTemplate
        /// Inside `${ }` or `%{ }`; `braces` counts the object braces open within.
        case sequence(braces: Int, open: SourceRange, directive: Bool)
        /// The text of a quoted string; `mark` records the output before its opening quote.
        case quoted(open: SourceRange, mark: Mark)
        /// The text of a heredoc; `atLineStart` when the next byte begins a line.
        case heredoc(marker: ArraySlice<UInt8>, open: SourceRange, atLineStart: Bool)
    }

    /// How much output there was at some point, so the lexer can take back what it produced
    /// after it (see `closeSequenceAtQuote`).
    struct Mark {
        var tokens: Int
        var comments: Int
        var diagnostics: Int
    }

    let source: [UInt8]
    let path: String
    var index: Int
    var cursor: SourceCursor
    var contexts: [Context]
    var tokens: [Token] = []
    var comments: [Comment] = []
    var diagnostics: [Diagnostic] = []
    var unterminatedAt: Int?

    /// Lexes `source`, whose first byte stands at `start` in `path`. A UTF-8 byte order mark
    /// at the beginning is skipped.
    static func tokenize(_ source: [UInt8], path: String, start: SourcePosition, content: Content) -> LexedSource {
        var lexer = Lexer(source: source, path: path, start: start, content: content)
        lexer.checkEncoding()
        lexer.run()
        return LexedSource(
            tokens: lexer.tokens, comments: lexer.comments, diagnostics: lexer.diagnostics,
            unterminatedAt: lexer.unterminatedAt)
    }

    private init(source: [UInt8], path: String, start: SourcePosition, content: Content) {
        self.source = source
        self.path = path
        let first = source.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        index = first
        let origin = SourcePosition(line: start.line, column: start.column, byte: start.byte + first)
        cursor = SourceCursor(source: source, originIndex: first, origin: origin)
        contexts = [content == .template ? .bareTemplate : .root]
        tokens.reserveCapacity(source.count / 4)
    }

    private mutating func run() {
        while let context = contexts.last {
            if index >= source.count {
                if finishContextAtEnd(context) { return }
                continue
            }
            switch context {
            case .root, .sequence: scanToken()
            case .quoted(let open, _): scanQuoted(open: open)
            case .heredoc(let marker, _, let atLineStart): scanHeredoc(marker: marker, atLineStart: atLineStart)
            case .bareTemplate: scanTemplateText(stopAtNewline: false, startsLine: false)
            }
        }
    }

    /// Handles the end of input inside `context`; returns true once the end-of-file token is out.
    private mutating func finishContextAtEnd(_ context: Context) -> Bool {
        switch context {
        case .root, .bareTemplate:
            emit(.endOfFile, from: index)
            return true
        case .sequence(_, let open, let directive):
            let opener = directive ? "%{" : "${"
            reportEndOfInput(
                "Unterminated template sequence",
                "There is no closing brace for this \"\(opener)\" sequence before the end of the file.", at: open)
            emit(.templateSequenceEnd, from: index, flags: .synthetic)
        case .quoted(let open, _):
            reportEndOfInput(
                "Unterminated template string",
                "There is no closing quote for this string before the end of the file.", at: open)
            emit(.closeQuote, from: index, flags: .synthetic)
        case .heredoc(let marker, let open, _):
            let name = String(decoding: marker, as: UTF8.self)
            reportEndOfInput(
                "Unterminated heredoc",
                "There is no line containing only \"\(name)\" to close this heredoc before the end of the file.",
                at: open)
            emit(.closeHeredoc, from: index, flags: .synthetic)
        }
        contexts.removeLast()
        return false
    }

    private mutating func reportEndOfInput(_ summary: String, _ detail: String, at range: SourceRange) {
        guard unterminatedAt == nil else { return }
        unterminatedAt = range.start.byte
        diagnostics.append(.error(summary, detail: detail, at: range))
    }

    // MARK: Helpers shared by the scanning modes

    /// The byte at `index + offset`, or nil past the end.
    func byte(_ offset: Int = 0) -> UInt8? {
        let position = index + offset
        return position < source.count ? source[position] : nil
    }

    /// Appends a token covering `start..<index`.
    mutating func emit(_ kind: TokenKind, from start: Int, flags: TokenFlags = []) {
        let startPosition = cursor.position(at: start)
        let endPosition = cursor.position(at: index)
        tokens.append(Token(kind: kind, bytes: start..<index, start: startPosition, end: endPosition, flags: flags))
    }

    /// The range of `start..<end` in the source.
    mutating func range(_ start: Int, _ end: Int) -> SourceRange {
        SourceRange(file: path, start: cursor.position(at: start), end: cursor.position(at: end))
    }

    /// The range of the last token emitted.
    var lastTokenRange: SourceRange {
        guard let last = tokens.last else { return .wholeFile(path) }
        return SourceRange(file: path, start: last.start, end: last.end)
    }

    /// The current amount of output.
    var mark: Mark {
        Mark(tokens: tokens.count, comments: comments.count, diagnostics: diagnostics.count)
    }

    /// Takes back the output produced since `mark`.
    mutating func rewind(to mark: Mark) {
        tokens.removeSubrange(mark.tokens...)
        comments.removeSubrange(mark.comments...)
        diagnostics.removeSubrange(mark.diagnostics...)
    }

    /// Replaces the innermost context.
    mutating func replaceContext(_ context: Context) {
        contexts[contexts.count - 1] = context
    }

    /// Reports invalid UTF-8 and NUL bytes; the scanning modes pass over them silently.
    private mutating func checkEncoding() {
        var scan = SourceCursor(source: source, originIndex: index, origin: cursor.position(at: index))
        var position = index
        while position < source.count {
            let byte = source[position]
            if byte >= 0x80 {
                let (scalar, length) = UTF8Scalars.decode(source, at: position)
                if scalar != nil {
                    position += length
                    continue
                }
                var end = position + 1
                while end < source.count, source[end] >= 0x80, UTF8Scalars.decode(source, at: end).scalar == nil {
                    end += 1
                }
                let range = SourceRange(file: path, start: scan.position(at: position), end: scan.position(at: end))
                diagnostics.append(
                    .error(
                        "Invalid character encoding",
                        detail:
                            "All input files must be UTF-8 encoded. Ensure that UTF-8 encoding is selected in your editor.",
                        at: range))
                position = end
            } else if byte == 0 {
                let range = SourceRange(
                    file: path, start: scan.position(at: position), end: scan.position(at: position + 1))
                diagnostics.append(
                    .error(
                        "Invalid character", detail: "The NUL character (U+0000) is not allowed in HCL files.",
                        at: range))
                position += 1
            } else {
                position += 1
            }
        }
    }
}
