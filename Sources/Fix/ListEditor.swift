import Syntax

/// What happens to one element of a literal list.
enum ElementChange: Equatable {
    case keep
    case remove
    /// Replace the element with this string.
    case replace(String)
}

/// Turns element changes and additions on a literal HCL list (`[...]` as written) into minimal
/// text edits that keep the list's layout: in a list written one element per line, whole lines
/// are removed and new elements get lines of their own with the same indentation and trailing
/// comma style; in a list written on one line, `, "x"` is removed or inserted. Comments and
/// everything outside the touched elements stay as they are.
struct ListEditor {
    let file: String
    let layout: SourceLayout
    /// The offsets of `[` and `]`.
    let open: Int
    let close: Int
    /// Each element's byte range.
    let elements: [Range<Int>]

    /// The editor for `tuple` in `bytes`; nil unless `tuple` is a list constructor whose
    /// brackets are where its range says (otherwise the bytes are not those that were parsed).
    init?(file: String, bytes: [UInt8], tuple: Expression) {
        guard case .tuple(let items) = tuple.kind else { return nil }
        let open = tuple.range.start.byte
        let close = tuple.range.end.byte - 1
        guard open >= 0, close > open, close < bytes.count, bytes[open] == UInt8(ascii: "["),
            bytes[close] == UInt8(ascii: "]")
        else { return nil }
        let elements = items.map { $0.range.start.byte..<$0.range.end.byte }
        guard elements.allSatisfy({ $0.lowerBound > open && $0.upperBound <= close }) else { return nil }
        self.file = file
        self.layout = SourceLayout(bytes: bytes)
        self.open = open
        self.close = close
        self.elements = elements
    }

    /// Whether the list is written one element per line, with `]` on a line of its own.
    var isOneElementPerLine: Bool {
        !elements.isEmpty && layout.startsLine(close)
            && elements.allSatisfy { layout.startsLine($0.lowerBound) && layout.endsLine($0.upperBound) }
    }

    /// The edits for `changes` (one per element) and `additions` (appended in order). In a list
    /// written on one line a removal is turned into a replacement by the next addition, so the
    /// list keeps its shape; in a list written one element per line removed lines go (with their
    /// comments) and additions get lines of their own. Nil when the list would end up empty.
    func edits(_ changes: [ElementChange], adding additions: [String]) -> [TextEdit]? {
        guard changes.count == elements.count,
            changes.contains(where: { $0 != .remove }) || !additions.isEmpty
        else { return nil }
        let perLine = isOneElementPerLine
        var changes = changes
        var pending = additions[...]
        if !perLine {
            for index in changes.indices where changes[index] == .remove {
                guard let next = pending.popFirst() else { break }
                changes[index] = .replace(next)
            }
        }
        var edits: [TextEdit] = []
        for (index, change) in changes.enumerated() {
            if case .replace(let text) = change {
                edits.append(
                    TextEdit(
                        file: file, start: elements[index].lowerBound, end: elements[index].upperBound,
                        replacement: HCLQuoting.quote(text)))
            }
        }
        if perLine {
            edits += lineRemovals(changes) + lineInsertions(Array(pending), changes: changes)
        } else {
            edits += inlineRemovals(changes) + inlineInsertions(Array(pending))
        }
        return edits
    }

    /// Each removed element's whole line.
    private func lineRemovals(_ changes: [ElementChange]) -> [TextEdit] {
        changes.indices.filter { changes[$0] == .remove }.map { index in
            TextEdit(
                file: file, start: layout.lineStart(elements[index].lowerBound),
                end: layout.nextLineStart(elements[index].upperBound), replacement: "")
        }
    }

    /// New lines after the last element that stays, indented like it (a comma is added after
    /// that element when it has none), or in place of the first element when none stays.
    private func lineInsertions(_ additions: [String], changes: [ElementChange]) -> [TextEdit] {
        guard !additions.isEmpty, let first = elements.first, let last = elements.last else { return [] }
        let trailingComma = layout.comma(after: last.upperBound, before: close) != nil
        var edits: [TextEdit] = []
        let anchor = changes.lastIndex(where: { $0 != .remove }).map { elements[$0] }
        let reference = anchor ?? first
        if let anchor, layout.comma(after: anchor.upperBound, before: close) == nil {
            edits.append(.insert(",", in: file, at: anchor.upperBound))
        }
        let indent = layout.indentation(reference.lowerBound)
        let newline = layout.lineBreak(at: reference.upperBound)
        let lines = additions.enumerated().map { index, scope in
            let comma = trailingComma || index < additions.count - 1 ? "," : ""
            return indent + HCLQuoting.quote(scope) + comma + newline
        }
        guard let anchor else {
            return edits + [.insert(lines.joined(), in: file, at: layout.lineStart(first.lowerBound))]
        }
        return edits + [.insert(lines.joined(), in: file, at: layout.nextLineStart(anchor.upperBound))]
    }

    /// Runs of removed elements with the separator before them (or after them, for a run at
    /// the start of the list; `edits` never removes every element).
    private func inlineRemovals(_ changes: [ElementChange]) -> [TextEdit] {
        var edits: [TextEdit] = []
        var index = 0
        while index < changes.count {
            guard changes[index] == .remove else {
                index += 1
                continue
            }
            var last = index
            while last + 1 < changes.count, changes[last + 1] == .remove { last += 1 }
            if index > 0 {
                edits.append(
                    TextEdit(
                        file: file, start: elements[index - 1].upperBound, end: elements[last].upperBound,
                        replacement: ""))
            } else if last + 1 < elements.count {
                edits.append(
                    TextEdit(
                        file: file, start: elements[index].lowerBound, end: elements[last + 1].lowerBound,
                        replacement: ""))
            }
            index = last + 1
        }
        return edits
    }

    /// `, "x"` after the last element, or `"x", "y"` inside an empty list.
    private func inlineInsertions(_ additions: [String]) -> [TextEdit] {
        guard !additions.isEmpty else { return [] }
        let quoted = additions.map(HCLQuoting.quote).joined(separator: ", ")
        guard let last = elements.last else { return [.insert(quoted, in: file, at: open + 1)] }
        return [.insert(", " + quoted, in: file, at: last.upperBound)]
    }
}
