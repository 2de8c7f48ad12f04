import Core

/// The ordinary-token mode of the lexer: punctuation, operators, names, numbers, comments,
/// newlines and the openers of quoted strings and heredocs.
extension Lexer {
    mutating func scanToken() {
        let start = index
        let current = source[index]
        switch current {
        case 0x20, 0x09:
            index += 1
        case 0x0D:
            index += 1
            if byte() == 0x0A {
                index += 1
                emit(.newline, from: start)
            }
        case 0x0A:
            index += 1
            emit(.newline, from: start)
        case 0x23:  // #
            scanLineComment(markerLength: 1)
        case 0x2F:  // /
            if byte(1) == 0x2F {
                scanLineComment(markerLength: 2)
            } else if byte(1) == 0x2A {
                scanBlockComment()
            } else {
                single(.slash)
            }
        case 0x22:  // "
            let before = mark
            index += 1
            emit(.openQuote, from: start)
            contexts.append(.quoted(open: lastTokenRange, mark: before))
        case 0x7B: scanOpenBrace()
        case 0x7D: scanCloseBrace(strip: false)
        case 0x7E:  // ~
            if byte(1) == 0x7D, case .sequence(0, _, _)? = contexts.last {
                index += 1
                scanCloseBrace(strip: true)
            } else {
                scanInvalid()
            }
        case 0x5B: single(.openBracket)
        case 0x5D: single(.closeBracket)
        case 0x28: single(.openParenthesis)
        case 0x29: single(.closeParenthesis)
        case 0x2C: single(.comma)
        case 0x3F: single(.question)
        case 0x2B: single(.plus)
        case 0x2D: single(.minus)
        case 0x2A: single(.star)
        case 0x25: single(.percent)
        case 0x2E:  // .
            if byte(1) == 0x2E, byte(2) == 0x2E {
                index += 3
                emit(.ellipsis, from: start)
            } else {
                single(.dot)
            }
        case 0x3A: pair(second: 0x3A, .doubleColon, else: .colon)
        case 0x3D:  // =
            if byte(1) == 0x3E {
                double(.fatArrow)
            } else {
                pair(second: 0x3D, .equalEqual, else: .equals)
            }
        case 0x21: pair(second: 0x3D, .notEqual, else: .bang)
        case 0x3E: pair(second: 0x3D, .greaterOrEqual, else: .greater)
        case 0x3C:  // <
            if byte(1) == 0x3C {
                scanHeredocOpener()
            } else {
                pair(second: 0x3D, .lessOrEqual, else: .less)
            }
        case 0x26:  // &
            if byte(1) == 0x26 { double(.and) } else { scanInvalid() }
        case 0x7C:  // |
            if byte(1) == 0x7C { double(.or) } else { scanInvalid() }
        default:
            if UTF8Scalars.isDigit(current) {
                scanNumber()
            } else if isIdentifierStart(at: index) {
                scanIdentifier()
            } else {
                scanInvalid()
            }
        }
    }

    private mutating func single(_ kind: TokenKind) {
        let start = index
        index += 1
        emit(kind, from: start)
    }

    private mutating func double(_ kind: TokenKind) {
        let start = index
        index += 2
        emit(kind, from: start)
    }

    private mutating func pair(second: UInt8, _ kind: TokenKind, else other: TokenKind) {
        let start = index
        if byte(1) == second {
            index += 2
            emit(kind, from: start)
        } else {
            index += 1
            emit(other, from: start)
        }
    }

    private mutating func scanOpenBrace() {
        if case .sequence(let braces, let open, let directive)? = contexts.last {
            replaceContext(.sequence(braces: braces + 1, open: open, directive: directive))
        }
        single(.openBrace)
    }

    /// `}` (or `~}` with the tilde already consumed): ends a template sequence at brace depth 0.
    private mutating func scanCloseBrace(strip: Bool) {
        let start = strip ? index - 1 : index
        index += 1
        if case .sequence(let braces, let open, let directive)? = contexts.last {
            if braces == 0 {
                emit(.templateSequenceEnd, from: start, flags: strip ? .strip : [])
                contexts.removeLast()
                return
            }
            replaceContext(.sequence(braces: braces - 1, open: open, directive: directive))
        }
        emit(.closeBrace, from: start)
    }

    private mutating func scanLineComment(markerLength: Int) {
        let start = index
        index += markerLength
        while let next = byte(), next != 0x0A { index += 1 }
        var end = index
        if end > start + markerLength, source[end - 1] == 0x0D { end -= 1 }
        let text = String(decoding: source[(start + markerLength)..<end], as: UTF8.self)
        comments.append(Comment(text: text, range: range(start, end)))
    }

    private mutating func scanBlockComment() {
        let start = index
        index += 2
        while index < source.count {
            if source[index] == 0x2A, byte(1) == 0x2F {
                index += 2
                let text = String(decoding: source[(start + 2)..<(index - 2)], as: UTF8.self)
                comments.append(Comment(text: text, range: range(start, index)))
                return
            }
            index += 1
        }
        let opener = range(start, start + 2)
        unterminatedAt = unterminatedAt ?? opener.start.byte
        diagnostics.append(
            .error(
                "Unterminated comment",
                detail: "There is no closing \"*/\" for this comment before the end of the file.",
                at: opener))
        let text = String(decoding: source[(start + 2)..<index], as: UTF8.self)
        comments.append(Comment(text: text, range: range(start, index)))
    }

    /// Digits with an optional fraction and exponent. Right after a `.` only digits are read,
    /// so the legacy index form `a.0.1` is two indexes rather than the number `0.1`.
    private mutating func scanNumber() {
        let start = index
        skipDigits()
        let legacyIndex = tokens.last?.kind == .dot
        if !legacyIndex {
            if byte() == 0x2E, let next = byte(1), UTF8Scalars.isDigit(next) {
                index += 1
                skipDigits()
            }
            if byte() == 0x65 || byte() == 0x45 {
                var offset = 1
                if byte(1) == 0x2B || byte(1) == 0x2D { offset = 2 }
                if let next = byte(offset), UTF8Scalars.isDigit(next) {
                    index += offset
                    skipDigits()
                }
            }
        }
        emit(.number, from: start)
    }

    private mutating func skipDigits() {
        while let next = byte(), UTF8Scalars.isDigit(next) { index += 1 }
    }

    private mutating func scanIdentifier() {
        let start = index
        index += identifierLength(at: index)
        emit(.identifier, from: start)
    }

    /// Whether an identifier starts at `position` (a letter or `_`).
    func isIdentifierStart(at position: Int) -> Bool {
        let first = source[position]
        if first < 0x80 { return UTF8Scalars.isASCIIIdentifierStart(first) }
        return UTF8Scalars.decode(source, at: position).scalar?.properties.isXIDStart ?? false
    }

    /// The byte length of the identifier starting at `position` (letters, digits, `_`, `-`).
    func identifierLength(at position: Int) -> Int {
        var end = position
        while end < source.count {
            let next = source[end]
            if next < 0x80 {
                guard
                    end == position
                        ? UTF8Scalars.isASCIIIdentifierStart(next) : UTF8Scalars.isASCIIIdentifierContinue(next)
                else { break }
                end += 1
            } else {
                let (scalar, length) = UTF8Scalars.decode(source, at: end)
                guard let scalar, end == position ? scalar.properties.isXIDStart : scalar.properties.isXIDContinue
                else { break }
                end += length
            }
        }
        return end - position
    }

    /// `<<EOT` or `<<-EOT` followed directly by a newline.
    private mutating func scanHeredocOpener() {
        let start = index
        var markerStart = index + 2
        let indented = markerStart < source.count && source[markerStart] == 0x2D
        if indented { markerStart += 1 }
        let markerLength =
            markerStart < source.count && isIdentifierStart(at: markerStart) ? identifierLength(at: markerStart) : 0
        let markerEnd = markerStart + markerLength
        var newlineLength = 0
        if markerEnd < source.count, source[markerEnd] == 0x0A {
            newlineLength = 1
        } else if markerEnd + 1 < source.count, source[markerEnd] == 0x0D, source[markerEnd + 1] == 0x0A {
            newlineLength = 2
        }
        guard markerLength > 0, newlineLength > 0 else {
            index = markerEnd
            diagnostics.append(
                .error(
                    "Invalid heredoc introducer",
                    detail:
                        "A heredoc starts with <<MARKER or <<-MARKER followed directly by a newline; its text begins on the next line.",
                    at: range(start, index)))
            emit(.invalid, from: start)
            return
        }
        index = markerEnd
        emit(.openHeredoc, from: start, flags: indented ? .indentedHeredoc : [])
        let open = lastTokenRange
        index += newlineLength
        contexts.append(.heredoc(marker: source[markerStart..<markerEnd], open: open, atLineStart: true))
    }

    /// A character the language does not use. Neighbouring invalid characters share one token
    /// and one diagnostic; bytes that are not UTF-8 or NUL were reported by the encoding check.
    private mutating func scanInvalid() {
        let start = index
        let (scalar, length) = UTF8Scalars.decode(source, at: index)
        index += length
        if let last = tokens.last, last.kind == .invalid, last.bytes.upperBound == start {
            tokens.removeLast()
            emit(.invalid, from: last.bytes.lowerBound)
            if let reported = diagnostics.last, reported.summary == "Invalid character",
                reported.range?.start == last.start
            {
                diagnostics[diagnostics.count - 1].range = lastTokenRange
            }
            return
        }
        emit(.invalid, from: start)
        guard let scalar, scalar.value != 0 else { return }
        diagnostics.append(.error("Invalid character", detail: Self.invalidCharacterDetail(scalar), at: lastTokenRange))
    }

    private static func invalidCharacterDetail(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "'": "Single quotes are not valid. Use double quotes (\") to enclose strings."
        case ";":
            "The \";\" character is not valid. Use newlines to separate arguments and blocks, and commas to separate items in collection values."
        case "&": "The \"&\" character is not valid. Use \"&&\" for the logical AND operator."
        case "|": "The \"|\" character is not valid. Use \"||\" for the logical OR operator."
        default: "This character is not used within the language."
        }
    }
}
