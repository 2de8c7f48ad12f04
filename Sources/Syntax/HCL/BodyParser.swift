import Core

/// Bodies, attributes and blocks.
extension Parser {
    /// Parses a whole file's body.
    mutating func parseFileBody() -> Body {
        let (attributes, blocks, _) = parseBodyItems(inBlock: false)
        let end = tokens[tokens.count - 1].end
        return Body(attributes: attributes, blocks: blocks, range: range(from: .start, to: end))
    }

    /// Parses attributes and blocks up to a `}` (not consumed) in a block, or the end of file.
    /// After a statement with an error, lines that cannot start a statement (leftovers of the
    /// broken one, such as the rest of a collection whose bracket went missing) are skipped
    /// quietly until a statement parses again. `endedInError` tells whether the last statement
    /// was broken.
    private mutating func parseBodyItems(inBlock: Bool) -> ([Attribute], [Block], endedInError: Bool) {
        var attributes: [Attribute] = []
        var blocks: [Block] = []
        var firstDefinitions: [String: SourceRange] = [:]
        var recovering = false
        while true {
            let token = peek()
            beginStatement(at: token)
            switch token.kind {
            case .newline:
                next()
            case .endOfFile:
                return (attributes, blocks, recovering)
            case .closeBrace where inBlock:
                return (attributes, blocks, recovering)
            case .identifier:
                next()
                if peek().kind == .equals {
                    let attribute = parseAttribute(name: token)
                    if let first = firstDefinitions[attribute.name] {
                        report(
                            "Attribute redefined",
                            "The argument \"\(attribute.name)\" was already set at \(first.description). Each argument may be set only once.",
                            range: attribute.nameRange)
                    } else {
                        firstDefinitions[attribute.name] = attribute.nameRange
                        attributes.append(attribute)
                    }
                    finishStatement(
                        summary: "Missing newline after argument",
                        detail: "An argument definition must end with a newline.")
                } else if let block = parseBlock(type: token) {
                    blocks.append(block)
                    finishStatement(
                        summary: "Missing newline after block definition",
                        detail: "A block definition must end with a newline.")
                } else {
                    skipRestOfStatement()
                }
            case .closeBrace:
                quiet = recovering
                report(
                    "Argument or block definition required",
                    "This closing brace has no matching opening brace.", at: token)
                next()
            default:
                quiet = recovering
                report(
                    "Argument or block definition required",
                    "An argument or block definition is required here, but found \(describe(token)).", at: token)
                if !token.kind.isOpener { next() }
                skipRestOfStatement()
            }
            if token.kind != .newline { recovering = quiet }
        }
    }

    /// Requires a newline (or the end of the file) after a statement, then moves past it.
    private mutating func finishStatement(summary: String, detail: String) {
        if !quiet {
            let token = peek()
            switch token.kind {
            case .newline:
                next()
                return
            case .endOfFile:
                return
            case .comma:
                report(
                    "Unexpected comma after argument",
                    "Argument definitions must be separated by newlines, not commas. \(detail)", at: token)
            default:
                report(summary, detail, at: token)
            }
        }
        skipRestOfStatement()
    }

    /// `name = expression` with the name consumed and `=` next.
    private mutating func parseAttribute(name: Token) -> Attribute {
        next()
        let expression = parseExpression()
        return Attribute(
            name: text(name), nameRange: range(name), expression: expression,
            range: range(from: name.start, to: expression.range.end))
    }

    /// `type label... { body }` with the type consumed. Nil (after reporting) when the header
    /// is malformed; the caller skips the rest of the line.
    private mutating func parseBlock(type: Token) -> Block? {
        var labels: [BlockLabel] = []
        while true {
            let token = peek()
            if token.kind == .identifier {
                next()
                labels.append(BlockLabel(value: text(token), range: range(token)))
            } else if token.kind == .openQuote {
                labels.append(parseQuotedLabel())
            } else {
                break
            }
        }
        var open = peek()
        if open.kind == .newline, let brace = braceOnNextLine() {
            report(
                "Invalid block definition",
                "A block definition must have block content delimited by \"{\" and \"}\", starting on the same line as the block header.",
                at: brace)
            while peek().kind == .newline { next() }
            open = brace
        }
        guard open.kind == .openBrace else {
            if labels.isEmpty {
                report(
                    "Argument or block definition required",
                    "An argument or block definition is required here. To set an argument, use the equals sign \"=\" to introduce the argument value.",
                    at: open)
            } else {
                report(
                    "Invalid block definition",
                    "Either a quoted string block label or an opening brace (\"{\") is expected here.", at: open)
            }
            return nil
        }
        next()
        let (body, end) = parseBlockBody(open: open)
        return Block(
            type: text(type), typeRange: range(type), labels: labels, body: body,
            range: range(from: type.start, to: end))
    }

    /// The `{` starting the line after the current newline(s), if there is one.
    private func braceOnNextLine() -> Token? {
        var position = index
        while tokens[position].kind == .newline { position += 1 }
        return tokens[position].kind == .openBrace ? tokens[position] : nil
    }

    /// A quoted block label; template sequences are not allowed in it.
    private mutating func parseQuotedLabel() -> BlockLabel {
        let expression = parseTemplateExpression()
        guard case .template(let parts) = expression.kind else {
            return BlockLabel(value: "", range: expression.range)
        }
        var value = ""
        for part in parts {
            guard case .literal(let text, _) = part else {
                report(
                    "Invalid string literal",
                    "Template sequences are not allowed in this string. To include a literal \"$\", double it (as \"$$\") to escape it.",
                    range: expression.range)
                return BlockLabel(value: "", range: expression.range)
            }
            value += text
        }
        return BlockLabel(value: value, range: expression.range)
    }

    /// The body of a block after its `{`, through the `}`; returns the body and where it ends.
    private mutating func parseBlockBody(open: Token) -> (Body, SourcePosition) {
        defer { leaveNesting() }
        guard enterNesting(at: open) else {
            let end = recover(to: .closeBrace)
            if tokens[index].kind == .endOfFile { reportedEndOfFile = true }
            return (Body(range: range(from: open.start, to: end)), end)
        }
        let first = tokens[index]
        if first.kind != .newline, first.kind != .endOfFile {
            return parseSingleLineBody(open: open)
        }
        let (attributes, blocks, endedInError) = parseBodyItems(inBlock: true)
        let close = peek()
        beginStatement(at: open)
        guard close.kind == .closeBrace else {
            if reportedEndOfFile || (unterminatedAt.map { $0 > open.start.byte } ?? false) { quiet = true }
            reportedEndOfFile = true
            report(
                "Unclosed configuration block",
                "There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.",
                at: open)
            return (
                Body(attributes: attributes, blocks: blocks, range: range(from: open.start, to: close.end)), close.end
            )
        }
        next()
        quiet = endedInError  // a `}` that a broken statement left behind gives no second message
        return (Body(attributes: attributes, blocks: blocks, range: range(from: open.start, to: close.end)), close.end)
    }

    /// `{}` or `{ name = value }` on the line of the block header.
    private mutating func parseSingleLineBody(open: Token) -> (Body, SourcePosition) {
        var attributes: [Attribute] = []
        let first = peek()
        if first.kind == .identifier, peekSecond().kind == .equals {
            next()
            attributes.append(parseAttribute(name: first))
        } else if first.kind != .closeBrace {
            report(
                "Invalid single-argument block definition",
                "A single-line block definition can contain only a single argument. To define several arguments or a nested block, place each on its own line.",
                at: first)
            let end = skipToBraceOnLine()
            return (Body(range: range(from: open.start, to: end)), end)
        }
        let close = peek()
        guard close.kind == .closeBrace else {
            report(
                "Invalid single-argument block definition",
                "A single-line block definition must end with a closing brace immediately after its single argument definition.",
                at: close)
            let end = skipToBraceOnLine()
            return (Body(attributes: attributes, range: range(from: open.start, to: end)), end)
        }
        next()
        return (Body(attributes: attributes, range: range(from: open.start, to: close.end)), close.end)
    }

    /// After an error in a single-line block: skips to its `}` (consumed) if it is on this
    /// line, else stops at the newline, so the following lines are read as statements.
    private mutating func skipToBraceOnLine() -> SourcePosition {
        var nesting = 0
        while true {
            let token = tokens[index]
            switch token.kind {
            case .endOfFile: return previousEnd
            case .newline where nesting == 0: return previousEnd
            case .closeBrace where nesting == 0:
                index += 1
                return token.end
            default:
                if token.kind.isOpener {
                    nesting += 1
                } else if token.kind.isCloser {
                    guard nesting > 0 else { return previousEnd }
                    nesting -= 1
                }
                index += 1
            }
        }
    }
}
