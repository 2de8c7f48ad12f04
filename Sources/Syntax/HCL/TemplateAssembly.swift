import Core

/// One piece of a template in source order, before directives are nested.
enum TemplateItem {
    /// What a `%{ }` directive says.
    enum Directive {
        case ifCondition(Expression)
        case elseBranch
        case endIf
        case loop(keyVariable: String?, valueVariable: String, collection: Expression)
        case endFor
    }

    /// Decoded text; `startsLine` for heredoc text at the start of a line.
    case literal(String, SourceRange, startsLine: Bool)
    case interpolation(Expression, stripBefore: Bool, stripAfter: Bool, startsLine: Bool)
    case directive(Directive, SourceRange, stripBefore: Bool, stripAfter: Bool, startsLine: Bool)
    /// A directive that could not be read (already reported).
    case invalidDirective

    var startsLine: Bool {
        switch self {
        case .literal(_, _, let startsLine), .interpolation(_, _, _, let startsLine),
            .directive(_, _, _, _, let startsLine):
            startsLine
        case .invalidDirective: false
        }
    }

    var strips: (before: Bool, after: Bool) {
        switch self {
        case .interpolation(_, let before, let after, _), .directive(_, _, let before, let after, _): (before, after)
        case .literal, .invalidDirective: (false, false)
        }
    }
}

/// Turns the flat items of a template into nested `TemplatePart`s, in the order hclsyntax
/// applies its rules: the common indentation of a `<<-` heredoc is removed, adjacent text is
/// merged, strip markers (`~`) trim the whitespace (newlines included) of the neighbouring
/// text, and `if`/`for` directives are nested with an explicit stack.
struct TemplateAssembly {
    private var items: [TemplateItem]
    private let indented: Bool
    /// The parser's nesting depth at the template; directives nest further.
    private let depth: Int
    /// Where an empty template's single empty literal stands.
    private let emptyRange: SourceRange
    private(set) var diagnostics: [Diagnostic] = []

    init(items: [TemplateItem], indented: Bool, depth: Int, emptyRange: SourceRange) {
        self.items = items
        self.indented = indented
        self.depth = depth
        self.emptyRange = emptyRange
    }

    /// The template's parts; problems with directives end up in `diagnostics`.
    mutating func build() -> [TemplatePart] {
        if indented { removeCommonIndentation() }
        mergeLiterals()
        applyStripMarkers()
        let parts = nestDirectives()
        return parts.isEmpty ? [.literal("", emptyRange)] : parts
    }

    /// `<<-` heredocs: removes the smallest leading whitespace of the lines from each line.
    /// Lines holding only whitespace do not count and keep their text; a line starting with a
    /// sequence has no indentation to remove.
    private mutating func removeCommonIndentation() {
        var smallest = Int.max
        var lines: [Int] = []
        for (position, item) in items.enumerated() where item.startsLine {
            guard case .literal(let text, _, _) = item else {
                smallest = 0
                continue
            }
            let spaces = text.prefix(while: \.isWhitespace).count
            if spaces == text.count, text.utf8.last == 0x0A { continue }
            smallest = min(smallest, spaces)
            lines.append(position)
        }
        guard smallest > 0, smallest != Int.max else { return }
        for position in lines {
            guard case .literal(let text, var range, let startsLine) = items[position] else { continue }
            let removed = text.prefix(smallest)
            range.start.column += removed.unicodeScalars.count
            range.start.byte += removed.utf8.count
            items[position] = .literal(String(text.dropFirst(smallest)), range, startsLine: startsLine)
        }
    }

    private mutating func mergeLiterals() {
        var merged: [TemplateItem] = []
        merged.reserveCapacity(items.count)
        for item in items {
            if case .literal(let text, let range, let startsLine) = item,
                case .literal(let previous, let previousRange, let previousStartsLine)? = merged.last
            {
                merged[merged.count - 1] = .literal(
                    previous + text, previousRange.union(range), startsLine: previousStartsLine || startsLine)
            } else {
                merged.append(item)
            }
        }
        items = merged
    }

    private mutating func applyStripMarkers() {
        for position in items.indices {
            let (before, after) = items[position].strips
            if before, position > 0, case .literal(let text, let range, let startsLine) = items[position - 1] {
                let kept = text.reversed().drop(while: \.isWhitespace).reversed()
                items[position - 1] = .literal(String(kept), range, startsLine: startsLine)
            }
            if after, position + 1 < items.count,
                case .literal(let text, let range, let startsLine) = items[position + 1]
            {
                items[position + 1] = .literal(String(text.drop(while: \.isWhitespace)), range, startsLine: startsLine)
            }
        }
    }

    /// An open `if` or `for` directive, or the template itself.
    private enum Opening {
        case root
        /// `then` is set once `%{ else }` has been seen.
        case condition(Expression, open: SourceRange, then: [TemplatePart]?)
        case loop(keyVariable: String?, valueVariable: String, collection: Expression, open: SourceRange)
    }

    private struct Frame {
        var opening: Opening
        var parts: [TemplatePart] = []
        /// Nested beyond the limit: the content is dropped.
        var discarded = false
    }

    private mutating func nestDirectives() -> [TemplatePart] {
        var frames = [Frame(opening: .root)]
        var reportedTooDeep = false
        for item in items {
            switch item {
            case .literal(let text, let range, _):
                if !text.isEmpty { frames[frames.count - 1].parts.append(.literal(text, range)) }
            case .interpolation(let expression, _, _, _):
                frames[frames.count - 1].parts.append(.interpolation(expression))
            case .invalidDirective:
                continue
            case .directive(let directive, let range, _, _, _):
                switch directive {
                case .ifCondition(let condition):
                    open(
                        Frame(opening: .condition(condition, open: range, then: nil)), at: range, in: &frames,
                        &reportedTooDeep)
                case .loop(let keyVariable, let valueVariable, let collection):
                    let opening = Opening.loop(
                        keyVariable: keyVariable, valueVariable: valueVariable, collection: collection, open: range)
                    open(Frame(opening: opening), at: range, in: &frames, &reportedTooDeep)
                case .elseBranch:
                    guard case .condition(let condition, let open, nil) = frames[frames.count - 1].opening else {
                        unexpected(
                            "else",
                            "An \"else\" directive must follow an \"if\" directive and come before its \"endif\", once.",
                            at: range)
                        continue
                    }
                    let thenParts = frames[frames.count - 1].parts
                    frames[frames.count - 1].opening = .condition(condition, open: open, then: thenParts)
                    frames[frames.count - 1].parts = []
                case .endIf:
                    guard case .condition = frames[frames.count - 1].opening else {
                        unexpected("endif", mismatchDetail(frames[frames.count - 1].opening, closer: "if"), at: range)
                        continue
                    }
                    close(&frames, at: range.end)
                case .endFor:
                    guard case .loop = frames[frames.count - 1].opening else {
                        unexpected("endfor", mismatchDetail(frames[frames.count - 1].opening, closer: "for"), at: range)
                        continue
                    }
                    close(&frames, at: range.end)
                }
            }
        }
        while frames.count > 1 {
            let (keyword, open) = openingDescription(frames[frames.count - 1].opening)
            diagnostics.append(
                .error(
                    "Unterminated template directive",
                    detail:
                        "There is no %{ end\(keyword) } for this %{ \(keyword) } directive before the end of the template.",
                    at: open))
            close(&frames, at: open.end)
        }
        return frames[0].parts
    }

    private mutating func open(_ frame: Frame, at range: SourceRange, in frames: inout [Frame], _ reported: inout Bool)
    {
        var frame = frame
        frame.discarded = frames[frames.count - 1].discarded || depth + frames.count > Parser.maximumDepth
        if frame.discarded, !reported {
            reported = true
            diagnostics.append(
                .error(
                    "Nesting too deep",
                    detail:
                        "Brackets, parentheses, blocks and templates may be nested at most \(Parser.maximumDepth) levels deep.",
                    at: range))
        }
        frames.append(frame)
    }

    /// Closes the innermost directive at `end` and adds it to its parent.
    private func close(_ frames: inout [Frame], at end: SourcePosition) {
        let frame = frames.removeLast()
        let part: TemplatePart
        switch frame.opening {
        case .root: return
        case .condition(let condition, let open, let then):
            let range = SourceRange(file: open.file, start: open.start, end: max(open.end, end))
            part = .conditional(
                condition: condition, then: then ?? frame.parts, otherwise: then == nil ? [] : frame.parts, range: range
            )
        case .loop(let keyVariable, let valueVariable, let collection, let open):
            let range = SourceRange(file: open.file, start: open.start, end: max(open.end, end))
            part = .loop(
                keyVariable: keyVariable, valueVariable: valueVariable, collection: collection, body: frame.parts,
                range: range)
        }
        if !frame.discarded { frames[frames.count - 1].parts.append(part) }
    }

    private func openingDescription(_ opening: Opening) -> (keyword: String, open: SourceRange) {
        switch opening {
        case .root: ("", emptyRange)
        case .condition(_, let open, _): ("if", open)
        case .loop(_, _, _, let open): ("for", open)
        }
    }

    private func mismatchDetail(_ opening: Opening, closer: String) -> String {
        let (keyword, open) = openingDescription(opening)
        if keyword.isEmpty { return "An \"end\(closer)\" directive must close an earlier \"\(closer)\" directive." }
        return "Expected an \"end\(keyword)\" directive to close the \"\(keyword)\" directive at \(open.description)."
    }

    private mutating func unexpected(_ keyword: String, _ detail: String, at range: SourceRange) {
        diagnostics.append(.error("Unexpected \"\(keyword)\" directive", detail: detail, at: range))
    }
}
