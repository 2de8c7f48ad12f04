import Core

/// The kinds of tokens the native-syntax lexer produces.
enum TokenKind: Sendable {
    case newline
    case endOfFile
    case identifier
    case number

    case openBrace
    case closeBrace
    case openBracket
    case closeBracket
    case openParenthesis
    case closeParenthesis

    case comma
    case dot
    case ellipsis
    case colon
    case doubleColon
    case question
    case equals
    case fatArrow

    case plus
    case minus
    case star
    case slash
    case percent
    case bang
    case equalEqual
    case notEqual
    case less
    case lessOrEqual
    case greater
    case greaterOrEqual
    case and
    case or

    /// `"` opening a quoted template.
    case openQuote
    /// `"` closing a quoted template.
    case closeQuote
    /// `<<EOT` or `<<-EOT` (the newline after the marker belongs to the opener).
    case openHeredoc
    /// The marker line closing a heredoc.
    case closeHeredoc
    /// Literal text of a template, escapes not yet decoded.
    case templateLiteral
    /// `${` (or `${~`).
    case templateInterpolation
    /// `%{` (or `%{~`).
    case templateDirective
    /// `}` (or `~}`) closing an interpolation or directive.
    case templateSequenceEnd

    /// Characters the language does not use; the lexer has already reported them.
    case invalid

    /// Whether the token opens a nesting level that a matching closer ends.
    var isOpener: Bool {
        switch self {
        case .openBrace, .openBracket, .openParenthesis, .openQuote, .openHeredoc, .templateInterpolation,
            .templateDirective:
            true
        default: false
        }
    }

    /// Whether the token closes a nesting level.
    var isCloser: Bool {
        switch self {
        case .closeBrace, .closeBracket, .closeParenthesis, .closeQuote, .closeHeredoc, .templateSequenceEnd: true
        default: false
        }
    }

    /// The binary operator the token stands for, if any.
    var binaryOperator: BinaryOperator? {
        switch self {
        case .or: .or
        case .and: .and
        case .equalEqual: .equal
        case .notEqual: .notEqual
        case .less: .less
        case .lessOrEqual: .lessOrEqual
        case .greater: .greater
        case .greaterOrEqual: .greaterOrEqual
        case .plus: .add
        case .minus: .subtract
        case .star: .multiply
        case .slash: .divide
        case .percent: .modulo
        default: nil
        }
    }
}

/// Extra facts about a token.
struct TokenFlags: OptionSet, Sendable {
    let rawValue: UInt8

    /// `${~`, `%{~` or `~}`: strip the whitespace of the adjacent literal.
    static let strip = TokenFlags(rawValue: 1 << 0)
    /// A heredoc token that begins a line of the heredoc text.
    static let startsLine = TokenFlags(rawValue: 1 << 1)
    /// A closer the lexer made up at a point of error; the problem is already reported.
    static let synthetic = TokenFlags(rawValue: 1 << 2)
    /// `<<-EOT`: the heredoc's common leading whitespace is removed.
    static let indentedHeredoc = TokenFlags(rawValue: 1 << 3)
}

/// One token: its kind, the bytes it covers and where it stands.
struct Token: Sendable {
    var kind: TokenKind
    /// Indexes into the source bytes (not counting the start offset of the source).
    var bytes: Range<Int>
    var start: SourcePosition
    var end: SourcePosition
    var flags: TokenFlags = []
}
