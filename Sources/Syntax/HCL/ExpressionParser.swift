import Core

/// Expressions: the conditional operator, binary operators by precedence, unary operators,
/// traversals and splats, and the terms they apply to.
extension Parser {
    /// Parses one expression.
    mutating func parseExpression() -> Expression {
        let first = peek()
        defer { leaveNesting() }
        guard enterNesting(at: first) else { return skipNestedExpression(from: first) }
        let condition = parseBinary(minimumPrecedence: 1)
        guard peek().kind == .question else { return condition }
        next()
        let whenTrue = parseExpression()
        let colon = peek()
        guard colon.kind == .colon else {
            report(
                "Missing false expression in conditional",
                "The conditional operator (...?...:...) requires a false expression, delimited by a colon.", at: colon)
            let whenFalse = invalidExpression(range(from: previousEnd, to: previousEnd))
            return Expression(
                .conditional(condition, whenTrue, whenFalse), range: condition.range.union(whenTrue.range))
        }
        next()
        let whenFalse = parseExpression()
        return Expression(.conditional(condition, whenTrue, whenFalse), range: condition.range.union(whenFalse.range))
    }

    /// Operators of at least `minimumPrecedence`, left-associative (precedence climbing).
    private mutating func parseBinary(minimumPrecedence: Int) -> Expression {
        var left = parseUnary()
        while let op = peek().kind.binaryOperator, op.precedence >= minimumPrecedence {
            next()
            let right = parseBinary(minimumPrecedence: op.precedence + 1)
            left = Expression(.binary(op, left, right), range: left.range.union(right.range))
        }
        return left
    }

    /// `!x` and `-x`, binding tighter than any binary operator but looser than traversals.
    private mutating func parseUnary() -> Expression {
        let token = peek()
        let op: UnaryOperator
        switch token.kind {
        case .bang: op = .not
        case .minus: op = .negate
        default: return parseTraversals(after: parseTerm())
        }
        next()
        defer { leaveNesting() }
        guard enterNesting(at: token) else { return skipNestedExpression(from: token) }
        let operand = parseUnary()
        return Expression(.unary(op, operand), range: range(from: token.start, to: operand.range.end))
    }

    // MARK: Traversals

    /// `.name`, `.0`, `[key]`, `[*]` and `.*` after `base`.
    private mutating func parseTraversals(after base: Expression) -> Expression {
        var result = base
        while true {
            let token = peek()
            if token.kind == .dot {
                next()
                let name = peek()
                if name.kind == .star {
                    next()
                    let marker = range(from: token.start, to: name.end)
                    result = parseAttributeSplat(source: result, marker: marker)
                } else if let step = parseAttributeStep(on: result) {
                    result = step
                } else {
                    return result
                }
            } else if token.kind == .openBracket {
                next()
                if peek().kind == .star, peekSecond().kind == .closeBracket {
                    next()
                    let close = next()
                    return parseFullSplat(source: result, marker: range(from: token.start, to: close.end))
                }
                result = parseIndex(on: result, open: token)
            } else {
                return result
            }
        }
    }

    /// The name or legacy index after a consumed `.`; nil (after reporting) when neither follows.
    private mutating func parseAttributeStep(on source: Expression) -> Expression? {
        let name = peek()
        switch name.kind {
        case .identifier:
            next()
            return Expression(.getAttribute(source, name: text(name)), range: source.range.union(range(name)))
        case .number:
            next()
            let key = Expression(.literal(.number(Double(text(name)) ?? 0)), range: range(name))
            return Expression(.index(source, key: key), range: source.range.union(range(name)))
        default:
            report(
                "Invalid attribute name", "An attribute name is required after a dot, but found \(describe(name)).",
                at: name)
            return nil
        }
    }

    /// `[key]` with the `[` consumed.
    private mutating func parseIndex(on source: Expression, open: Token) -> Expression {
        pushNewlines(false)
        defer { popNewlines() }
        let key = parseExpression()
        let close = peek()
        guard close.kind == .closeBracket else {
            report(
                "Missing close bracket on index", "The index operator must end with a closing bracket (\"]\").",
                at: close)
            let end = recover(to: .closeBracket)
            return Expression(.index(source, key: key), range: range(from: source.range.start, to: end))
        }
        next()
        return Expression(.index(source, key: key), range: range(from: source.range.start, to: close.end))
    }

    /// `source[*]` followed by any traversals, which apply to each element.
    private mutating func parseFullSplat(source: Expression, marker: SourceRange) -> Expression {
        let item = Expression(.splatItem, range: marker)
        let first = peek()
        defer { leaveNesting() }
        guard enterNesting(at: first) else {
            return Expression(.splat(source: source, each: item), range: source.range.union(marker))
        }
        let each = parseTraversals(after: item)
        return Expression(.splat(source: source, each: each), range: source.range.union(marker).union(each.range))
    }

    /// `source.*` followed by `.name` / `.0` steps, which apply to each element.
    private mutating func parseAttributeSplat(source: Expression, marker: SourceRange) -> Expression {
        var each = Expression(.splatItem, range: marker)
        while peek().kind == .dot, peekSecond().kind == .identifier || peekSecond().kind == .number {
            next()
            guard let step = parseAttributeStep(on: each) else { break }
            each = step
        }
        return Expression(.splat(source: source, each: each), range: source.range.union(marker).union(each.range))
    }

    // MARK: Terms

    /// A literal, name, function call, template, collection or parenthesized expression.
    private mutating func parseTerm() -> Expression {
        let token = peek()
        switch token.kind {
        case .number:
            next()
            let written = text(token)
            let shown = written.count > 40 ? written.prefix(32) + "…" : written
            guard let number = Double(written) else {
                report("Invalid number literal", "The number \(shown) cannot be represented.", at: token)
                return invalidExpression(range(token))
            }
            guard number.isFinite else {
                report(
                    "Invalid number literal",
                    "The number \(shown) is out of range: scopecheck computes with 64-bit floating point numbers (up to about 1.8e308).",
                    at: token)
                return invalidExpression(range(token))
            }
            return Expression(.literal(.number(number)), range: range(token))
        case .identifier:
            next()
            let following = peek().kind
            if following == .openParenthesis || following == .doubleColon { return parseFunctionCall(name: token) }
            if isKeyword(token, "true") { return Expression(.literal(.bool(true)), range: range(token)) }
            if isKeyword(token, "false") { return Expression(.literal(.bool(false)), range: range(token)) }
            if isKeyword(token, "null") { return Expression(.literal(.null), range: range(token)) }
            return Expression(.variable(text(token)), range: range(token))
        case .openQuote, .openHeredoc:
            return parseTemplateExpression()
        case .openParenthesis:
            return parseParenthesized()
        case .openBracket:
            return parseTupleOrFor()
        case .openBrace:
            return parseObjectOrFor()
        default:
            report(
                "Invalid expression", "Expected the start of an expression, but found \(describe(token)).", at: token)
            return invalidExpression(range(from: token.start, to: token.start))
        }
    }

    /// `( expression )` with the `(` next.
    private mutating func parseParenthesized() -> Expression {
        let open = next()
        pushNewlines(false)
        defer { popNewlines() }
        let inner = parseExpression()
        let close = peek()
        guard close.kind == .closeParenthesis else {
            report("Unbalanced parentheses", "Expected a closing parenthesis to terminate the expression.", at: close)
            let end = recover(to: .closeParenthesis)
            return Expression(.parenthesized(inner), range: range(from: open.start, to: end))
        }
        next()
        return Expression(.parenthesized(inner), range: range(from: open.start, to: close.end))
    }

    /// `name(arguments...)` or `a::b::name(...)` with the first name consumed.
    private mutating func parseFunctionCall(name first: Token) -> Expression {
        var name = text(first)
        while peek().kind == .doubleColon {
            next()
            let part = peek()
            guard part.kind == .identifier else {
                report(
                    "Missing function name",
                    "A function namespace (\"\(name)::\") must be followed by a name, but found \(describe(part)).",
                    at: part)
                return invalidExpression(range(from: first.start, to: previousEnd))
            }
            next()
            name += "::" + text(part)
        }
        let open = peek()
        guard open.kind == .openParenthesis else {
            report(
                "Missing open parenthesis",
                "Function selector must be followed by an open parenthesis to begin the function call.", at: open)
            return invalidExpression(range(from: first.start, to: previousEnd))
        }
        next()
        pushNewlines(false)
        defer { popNewlines() }
        var arguments: [Expression] = []
        var expandFinal = false
        while peek().kind != .closeParenthesis {
            arguments.append(parseExpression())
            let separator = peek()
            if separator.kind == .ellipsis {
                next()
                expandFinal = true
                guard peek().kind == .closeParenthesis else {
                    report(
                        "Missing closing parenthesis",
                        "An expanded function argument (with ...) must be immediately followed by closing parentheses.",
                        at: peek())
                    let end = recover(to: .closeParenthesis)
                    return call(name, arguments, expandFinal, from: first, to: end)
                }
                break
            }
            if separator.kind == .comma {
                next()
                continue
            }
            if separator.kind == .closeParenthesis { break }
            report(
                "Missing argument separator", "A comma is required to separate each function argument from the next.",
                at: separator)
            let end = recover(to: .closeParenthesis)
            return call(name, arguments, expandFinal, from: first, to: end)
        }
        let close = next()
        return call(name, arguments, expandFinal, from: first, to: close.end)
    }

    private func call(
        _ name: String, _ arguments: [Expression], _ expandFinal: Bool, from first: Token, to end: SourcePosition
    ) -> Expression {
        Expression(
            .functionCall(name: name, arguments: arguments, expandFinal: expandFinal),
            range: range(from: first.start, to: end))
    }
}
