/// Tuple and object constructors and `for` expressions.
extension Parser {
    /// `[a, b]` or `[for ...]` with the `[` next.
    mutating func parseTupleOrFor() -> Expression {
        let open = next()
        pushNewlines(false)
        defer { popNewlines() }
        if isKeyword(peek(), "for") { return parseFor(open: open, closer: .closeBracket) }
        var items: [Expression] = []
        while peek().kind != .closeBracket {
            items.append(parseExpression())
            let separator = peek()
            if separator.kind == .comma {
                next()
            } else if separator.kind != .closeBracket {
                report(
                    "Missing item separator",
                    "Expected a comma to mark the beginning of the next item, or \"]\" to end the tuple.", at: separator
                )
                let end = recover(to: .closeBracket)
                return Expression(.tuple(items), range: range(from: open.start, to: end))
            }
        }
        let close = next()
        return Expression(.tuple(items), range: range(from: open.start, to: close.end))
    }

    /// `{ key = value, ... }` or `{for ...}` with the `{` next. Items are separated by commas
    /// or newlines; a bare name key becomes a string literal, `(key)` stays an expression.
    mutating func parseObjectOrFor() -> Expression {
        let open = next()
        pushNewlines(false)
        let isFor = isKeyword(peek(), "for")
        if isFor {
            defer { popNewlines() }
            return parseFor(open: open, closer: .closeBrace)
        }
        popNewlines()
        pushNewlines(true)
        defer { popNewlines() }
        var items: [ObjectItem] = []
        while true {
            while peek().kind == .newline { next() }
            if peek().kind == .closeBrace { break }
            let key = objectKey(parseExpression())
            let equals = peek()
            guard equals.kind == .equals || equals.kind == .colon else {
                report(
                    "Missing key/value separator",
                    "Expected an equals sign (\"=\") to mark the beginning of the attribute value.", at: equals)
                let end = recover(to: .closeBrace)
                return Expression(.object(items), range: range(from: open.start, to: end))
            }
            next()
            let value = parseExpression()
            items.append(ObjectItem(key: key, value: value))
            let separator = peek()
            if separator.kind == .comma || separator.kind == .newline {
                next()
            } else if separator.kind != .closeBrace {
                report(
                    "Missing attribute separator",
                    "Expected a newline or comma to mark the beginning of the next attribute.", at: separator)
                let end = recover(to: .closeBrace)
                return Expression(.object(items), range: range(from: open.start, to: end))
            }
        }
        let close = next()
        return Expression(.object(items), range: range(from: open.start, to: close.end))
    }

    /// A bare name key as a string literal; a dotted name is ambiguous and reported.
    private mutating func objectKey(_ key: Expression) -> Expression {
        switch key.kind {
        case .variable(let name):
            return Expression(.literal(.string(name)), range: key.range)
        case .getAttribute, .index:
            if isPlainTraversal(key) {
                report(
                    "Ambiguous attribute key",
                    "If this expression is intended to be a reference, wrap it in parentheses. If it's instead intended as a literal name containing periods, wrap it in quotes to create a string literal.",
                    range: key.range)
            }
            return key
        default:
            return key
        }
    }

    /// Whether `expression` is a name followed by attribute or literal index steps only.
    private func isPlainTraversal(_ expression: Expression) -> Bool {
        var current = expression
        while true {
            switch current.kind {
            case .variable: return true
            case .getAttribute(let source, _): current = source
            case .index(let source, let key):
                guard case .literal = key.kind else { return false }
                current = source
            default: return false
            }
        }
    }

    /// `for k, v in collection : ...` after the opening bracket or brace; newlines are skipped.
    private mutating func parseFor(open: Token, closer: TokenKind) -> Expression {
        let building = closer == .closeBrace ? "an object" : "a tuple"
        next()  // for
        let first = peek()
        guard first.kind == .identifier else {
            return failFor(
                open: open, closer: closer, "For expression requires a variable name after 'for'.", at: first)
        }
        next()
        var keyVariable: String?
        var valueVariable = text(first)
        if peek().kind == .comma {
            next()
            let second = peek()
            guard second.kind == .identifier else {
                return failFor(
                    open: open, closer: closer, "For expression requires a value variable name after the comma.",
                    at: second)
            }
            next()
            keyVariable = valueVariable
            valueVariable = text(second)
        }
        guard isKeyword(peek(), "in") else {
            return failFor(
                open: open, closer: closer, "For expression requires the 'in' keyword after its variable names.",
                at: peek())
        }
        next()
        let collection = parseExpression()
        guard peek().kind == .colon else {
            return failFor(
                open: open, closer: closer, "For expression requires a colon after the collection expression.",
                at: peek())
        }
        next()
        var keyExpression: Expression?
        if closer == .closeBrace {
            keyExpression = parseExpression()
            guard peek().kind == .fatArrow else {
                return failFor(
                    open: open, closer: closer, "Key expression is required when building an object: use key => value.",
                    at: peek())
            }
            next()
        }
        let valueExpression = parseExpression()
        var grouping = false
        if peek().kind == .ellipsis {
            guard closer == .closeBrace else {
                return failFor(
                    open: open, closer: closer, "Grouping ellipsis (...) cannot be used when building \(building).",
                    at: peek())
            }
            next()
            grouping = true
        }
        if peek().kind == .fatArrow {
            return failFor(
                open: open, closer: closer, "Key expression is not valid when building \(building).", at: peek())
        }
        var condition: Expression?
        if isKeyword(peek(), "if") {
            next()
            condition = parseExpression()
        }
        let close = peek()
        guard close.kind == closer else {
            return failFor(
                open: open, closer: closer, "Extra characters after the end of the 'for' expression.", at: close)
        }
        next()
        let forExpression = ForExpression(
            keyVariable: keyVariable, valueVariable: valueVariable, collection: collection,
            keyExpression: keyExpression, valueExpression: valueExpression, condition: condition, grouping: grouping)
        return Expression(.forExpression(forExpression), range: range(from: open.start, to: close.end))
    }

    private mutating func failFor(open: Token, closer: TokenKind, _ detail: String, at token: Token) -> Expression {
        report("Invalid 'for' expression", detail, at: token)
        let end = recover(to: closer)
        return invalidExpression(range(from: open.start, to: end))
    }
}
