/// Templates: quoted strings, heredocs and bare template text. The tokens are read into a flat
/// list of `TemplateItem`s, which `TemplateAssembly` turns into `TemplatePart`s.
extension Parser {
    /// A quoted string or heredoc with its opener next.
    mutating func parseTemplateExpression() -> Expression {
        let open = next()
        let heredoc = open.kind == .openHeredoc
        let (items, close) = parseTemplateItems(until: heredoc ? .closeHeredoc : .closeQuote, quoted: !heredoc)
        var assembly = TemplateAssembly(
            items: items, indented: open.flags.contains(.indentedHeredoc), depth: depth,
            emptyRange: range(from: open.end, to: close.start))
        let parts = assembly.build()
        for diagnostic in assembly.diagnostics {
            report(diagnostic.summary, diagnostic.detail, range: diagnostic.range ?? range(open))
        }
        return Expression(.template(parts), range: range(from: open.start, to: close.end))
    }

    /// Bare template text up to the end of the input (for `HCLParser.parseTemplate`).
    mutating func parseBareTemplate() -> Expression {
        let first = tokens[index]
        let (items, end) = parseTemplateItems(until: .endOfFile, quoted: false)
        var assembly = TemplateAssembly(
            items: items, indented: false, depth: depth, emptyRange: range(from: first.start, to: end.start))
        let parts = assembly.build()
        for diagnostic in assembly.diagnostics {
            report(diagnostic.summary, diagnostic.detail, range: diagnostic.range ?? range(first))
        }
        return Expression(.template(parts), range: range(from: first.start, to: end.start))
    }

    /// Reads template tokens up to and including `closer` (the end of file is not consumed).
    private mutating func parseTemplateItems(until closer: TokenKind, quoted: Bool) -> ([TemplateItem], Token) {
        var items: [TemplateItem] = []
        while true {
            let token = tokens[index]
            if token.kind == closer || token.kind == .endOfFile {
                if token.kind != .endOfFile { index += 1 }
                return (items, token)
            }
            index += 1
            switch token.kind {
            case .templateLiteral:
                let (text, problems) = StringEscapes.decode(
                    source[token.bytes], quoted: quoted, start: token.start, path: path)
                diagnostics += problems  // bad escapes do not derail parsing: each one is reported
                items.append(
                    .literal(text, range(token), startsLine: token.flags.contains(.startsLine)))
            case .templateInterpolation:
                items.append(parseInterpolation(open: token))
            case .templateDirective:
                items.append(parseDirective(open: token))
            default:
                report("Invalid template", "Unexpected \(describe(token)) in a template.", at: token)
            }
        }
    }

    /// `${ expression }` with the `${` consumed.
    private mutating func parseInterpolation(open: Token) -> TemplateItem {
        pushNewlines(false)
        defer { popNewlines() }
        let expression = parseExpression()
        let close = expectSequenceEnd(
            "Extra characters after interpolation expression",
            "Expected a closing brace to end the interpolation expression, but found \(describe(peek())).")
        return .interpolation(
            expression, stripBefore: open.flags.contains(.strip), stripAfter: close?.flags.contains(.strip) ?? false,
            startsLine: open.flags.contains(.startsLine))
    }

    /// `%{ if ... }`, `%{ else }`, `%{ endif }`, `%{ for ... }` or `%{ endfor }` with the `%{`
    /// consumed.
    private mutating func parseDirective(open: Token) -> TemplateItem {
        pushNewlines(false)
        defer { popNewlines() }
        let keyword = peek()
        let directive: TemplateItem.Directive
        if isKeyword(keyword, "if") {
            next()
            directive = .ifCondition(parseExpression())
        } else if isKeyword(keyword, "else") {
            next()
            directive = .elseBranch
        } else if isKeyword(keyword, "endif") {
            next()
            directive = .endIf
        } else if isKeyword(keyword, "for") {
            next()
            guard let loop = parseDirectiveLoopHeader() else {
                recover(to: .templateSequenceEnd)
                return .invalidDirective
            }
            directive = loop
        } else if isKeyword(keyword, "endfor") {
            next()
            directive = .endFor
        } else {
            report(
                "Invalid template directive",
                "A template directive keyword (\"if\", \"else\", \"endif\", \"for\" or \"endfor\") is expected at the beginning of a %{ sequence.",
                at: keyword)
            recover(to: .templateSequenceEnd)
            return .invalidDirective
        }
        let name = text(keyword)
        let close = expectSequenceEnd(
            "Extra characters in \(name) marker",
            "Expected a closing brace to end the sequence, but found \(describe(peek())).")
        let end = close?.end ?? previousEnd
        return .directive(
            directive, range(from: open.start, to: end), stripBefore: open.flags.contains(.strip),
            stripAfter: close?.flags.contains(.strip) ?? false, startsLine: open.flags.contains(.startsLine))
    }

    /// `k, v in collection` or `v in collection` after `for` in a directive.
    private mutating func parseDirectiveLoopHeader() -> TemplateItem.Directive? {
        let first = peek()
        guard first.kind == .identifier else {
            report(
                "Invalid template directive", "The \"for\" directive requires a variable name after \"for\".", at: first
            )
            return nil
        }
        next()
        var keyVariable: String?
        var valueVariable = text(first)
        if peek().kind == .comma {
            next()
            let second = peek()
            guard second.kind == .identifier else {
                report(
                    "Invalid template directive",
                    "The \"for\" directive requires a value variable name after the comma.",
                    at: second)
                return nil
            }
            next()
            keyVariable = valueVariable
            valueVariable = text(second)
        }
        guard isKeyword(peek(), "in") else {
            report(
                "Invalid template directive",
                "The \"for\" directive requires the \"in\" keyword after its variable names.",
                at: peek())
            return nil
        }
        next()
        return .loop(keyVariable: keyVariable, valueVariable: valueVariable, collection: parseExpression())
    }

    /// Consumes the `}` ending a template sequence; otherwise reports and skips to it.
    private mutating func expectSequenceEnd(_ summary: String, _ detail: String) -> Token? {
        let close = peek()
        if close.kind == .templateSequenceEnd {
            next()
            return close
        }
        report(summary, detail, at: close)
        recover(to: .templateSequenceEnd)
        let consumed = tokens[index - 1]
        return consumed.kind == .templateSequenceEnd ? consumed : nil
    }
}
