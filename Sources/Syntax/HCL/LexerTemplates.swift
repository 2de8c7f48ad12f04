import Core

/// The template modes of the lexer: the text of quoted strings, heredocs and bare templates,
/// and the `${` / `%{` sequences that switch back to ordinary tokens.
extension Lexer {
    /// Text of a quoted string up to the closing quote, a sequence opener or the end of the line.
    /// Backslash escapes are kept (the parser decodes them) but never end the text.
    mutating func scanQuoted(open: SourceRange) {
        let start = index
        while index < source.count {
            let current = source[index]
            if current == 0x22 || current == 0x0A || (current == 0x0D && byte(1) == 0x0A) { break }
            if current == 0x5C {
                index += 1
                if let escaped = byte(), escaped != 0x0A, !(escaped == 0x0D && byte(1) == 0x0A) { index += 1 }
                continue
            }
            if sequenceStartsHere() { break }
            index += escapedSequenceLength()
        }
        if index > start { emit(.templateLiteral, from: start) }
        guard index < source.count else { return }
        if source[index] == 0x22 {
            let quote = index
            index += 1
            emit(.closeQuote, from: quote)
            contexts.removeLast()
        } else if source[index] == 0x0A || source[index] == 0x0D {
            if closeSequenceAtQuote() { return }
            diagnostics.append(
                .error(
                    "Unterminated template string",
                    detail:
                        "There is no closing quote for this string on its line. Quoted strings cannot span lines: use the \\n escape or a heredoc (<<EOT) for multi-line text.",
                    at: open))
            emit(.closeQuote, from: index, flags: .synthetic)
            contexts.removeLast()
        } else {
            scanSequenceStart(startsLine: false)
        }
    }

    /// `"a ${b" ...`: a string inside a `${` sequence of a string runs into the end of its line.
    /// The likely mistake is a missing `}`, and the quote the closing quote of the outer
    /// string: takes back the inner string, reports the unclosed sequence, ends it at the quote
    /// and lets the outer string end there. False when the contexts do not fit that pattern.
    private mutating func closeSequenceAtQuote() -> Bool {
        let count = contexts.count
        guard count >= 3, case .quoted(_, let before) = contexts[count - 1],
            case .sequence(0, let sequence, false) = contexts[count - 2], case .quoted = contexts[count - 3]
        else { return false }
        let quoteIndex = tokens[before.tokens].bytes.lowerBound
        rewind(to: before)
        contexts.removeLast(2)
        index = quoteIndex
        diagnostics.append(
            .error(
                "Unterminated template sequence",
                detail: "There is no closing brace for this \"${\" sequence before the closing quote of its string.",
                at: sequence))
        emit(.templateSequenceEnd, from: index, flags: .synthetic)
        return true
    }

    /// One line (or the part of a line up to a sequence opener) of a heredoc, or its closing
    /// marker line: a line holding only the marker, optionally surrounded by whitespace.
    mutating func scanHeredoc(marker: ArraySlice<UInt8>, atLineStart: Bool) {
        if atLineStart, closesHeredoc(marker: marker) { return }
        scanTemplateText(stopAtNewline: true, startsLine: atLineStart)
    }

    private mutating func closesHeredoc(marker: ArraySlice<UInt8>) -> Bool {
        var lineEnd = index
        while lineEnd < source.count, source[lineEnd] != 0x0A { lineEnd += 1 }
        var first = index
        var last = lineEnd
        while first < last, Self.isBlank(source[first]) { first += 1 }
        while last > first, Self.isBlank(source[last - 1]) { last -= 1 }
        guard source[first..<last].elementsEqual(marker) else { return false }
        index = last
        emit(.closeHeredoc, from: first)
        contexts.removeLast()
        return true
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }

    /// Template text without backslash escapes (heredocs and bare templates) up to a sequence
    /// opener, the end of input or — when `stopAtNewline` — just past a newline.
    mutating func scanTemplateText(stopAtNewline: Bool, startsLine: Bool) {
        let start = index
        var endedLine = false
        while index < source.count {
            let current = source[index]
            if current == 0x0A, stopAtNewline {
                index += 1
                endedLine = true
                break
            }
            if sequenceStartsHere() { break }
            index += escapedSequenceLength()
        }
        if index > start { emit(.templateLiteral, from: start, flags: startsLine ? .startsLine : []) }
        if case .heredoc(let marker, let open, _)? = contexts.last {
            replaceContext(.heredoc(marker: marker, open: open, atLineStart: endedLine))
        }
        if !endedLine, index < source.count {
            scanSequenceStart(startsLine: startsLine && index == start)
        }
    }

    /// Whether `${` or `%{` starts at the current byte.
    private func sequenceStartsHere() -> Bool {
        let current = source[index]
        return (current == 0x24 || current == 0x25) && byte(1) == 0x7B
    }

    /// 3 for the literal escapes `$${` and `%%{`, else 1.
    private func escapedSequenceLength() -> Int {
        let current = source[index]
        if current == 0x24 || current == 0x25, byte(1) == current, byte(2) == 0x7B { return 3 }
        return 1
    }

    /// `${`, `%{`, `${~` or `%{~`: switches to ordinary tokens until the matching `}`.
    private mutating func scanSequenceStart(startsLine: Bool) {
        let start = index
        let directive = source[index] == 0x25
        index += 2
        var flags: TokenFlags = startsLine ? .startsLine : []
        if byte() == 0x7E {
            index += 1
            flags.insert(.strip)
        }
        emit(directive ? .templateDirective : .templateInterpolation, from: start, flags: flags)
        contexts.append(.sequence(braces: 0, open: lastTokenRange, directive: directive))
    }
}
