import Core
import Foundation
import Syntax

/// What a comment says as a suppression annotation:
/// `scopecheck:ignore RULE[, RULE...] [-- reason]` or the same with `scopecheck:ignore-file`.
enum AnnotationSyntax: Equatable {
    /// An ordinary comment.
    case none
    /// Starts with `scopecheck:` but can't be read; the message says why.
    case malformed(String)
    case ignore(fileWide: Bool, rules: [Located<String>], reason: String?)

    static let prefix = Array("scopecheck:".utf8)

    /// Reads `comment`; `source` (the file's bytes) gives rule ids their exact ranges.
    static func read(_ comment: Comment, source: [UInt8]) -> AnnotationSyntax {
        let text = Array(comment.text.utf8)
        let locator = CommentTextLocator(comment: comment, source: source)
        var index = 0
        skipSpaces(text, &index)
        guard text[index...].starts(with: prefix) else { return .none }
        index += prefix.count
        let directiveStart = index
        while index < text.count, !isSpace(text[index]) { index += 1 }
        let directive = String(decoding: text[directiveStart..<index], as: UTF8.self)
        guard directive == "ignore" || directive == "ignore-file" else {
            let hint = ClosestName.to(directive, among: ["ignore", "ignore-file"]).map {
                "; did you mean scopecheck:\($0)?"
            }
            return .malformed("unknown annotation scopecheck:\(directive)\(hint ?? "")")
        }
        let keyword = "scopecheck:\(directive)"
        let separator = firstSeparator(in: text, from: index)
        let rulesEnd = separator ?? text.count
        var rules: [Located<String>] = []
        if !text[index..<rulesEnd].allSatisfy(isSpace) {
            for (start, end) in commaSeparated(text, from: index, to: rulesEnd) {
                guard start < end else {
                    return .malformed("\(keyword) has an empty rule id; separate rule ids with single commas")
                }
                let id = String(decoding: text[start..<end], as: UTF8.self)
                guard !text[start..<end].contains(where: isSpace) else {
                    return .malformed("\(keyword) rule ids are separated by commas: \"\(id)\"")
                }
                rules.append(Located(id, at: locator.range(from: start, to: end)))
            }
        }
        guard !rules.isEmpty else { return .malformed("\(keyword) needs a rule id (or `all`)") }
        let reason = separator.map { String(decoding: text[($0 + 2)...], as: UTF8.self) }
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        return .ignore(
            fileWide: directive == "ignore-file", rules: rules, reason: reason?.isEmpty == false ? reason : nil)
    }

    /// The byte index of the first `--` at or after `start`.
    private static func firstSeparator(in text: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + 1 < text.count {
            if text[index] == UInt8(ascii: "-"), text[index + 1] == UInt8(ascii: "-") { return index }
            index += 1
        }
        return nil
    }

    /// The trimmed `[start, end)` byte spans between commas.
    private static func commaSeparated(_ text: [UInt8], from start: Int, to end: Int) -> [(Int, Int)] {
        var spans: [(Int, Int)] = []
        var pieceStart = start
        for index in start...end where index == end || text[index] == UInt8(ascii: ",") {
            var low = pieceStart
            var high = index
            while low < high, isSpace(text[low]) { low += 1 }
            while high > low, isSpace(text[high - 1]) { high -= 1 }
            spans.append((low, high))
            pieceStart = index + 1
        }
        return spans
    }

    private static func skipSpaces(_ text: [UInt8], _ index: inout Int) {
        while index < text.count, isSpace(text[index]) { index += 1 }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}

/// Maps byte offsets in a comment's text to source positions: the text starts right after the
/// `#`, `//` or `/*` marker, and line comments hold no newline.
struct CommentTextLocator {
    let comment: Comment
    let source: [UInt8]

    /// The range of text bytes `[start, end)`; the whole comment if `source` does not hold it.
    func range(from start: Int, to end: Int) -> SourceRange {
        let commentStart = comment.range.start.byte
        guard commentStart >= 0, commentStart < source.count, comment.range.end.byte <= source.count else {
            return comment.range
        }
        let marker = source[commentStart] == UInt8(ascii: "#") ? 1 : 2
        let textStart = commentStart + marker
        guard textStart + end <= comment.range.end.byte else { return comment.range }
        let startPosition = position(at: textStart + start)
        return SourceRange(file: comment.range.file, start: startPosition, end: position(at: textStart + end))
    }

    /// The position of byte `target` inside the comment, counted from the comment's start.
    private func position(at target: Int) -> SourcePosition {
        var position = comment.range.start
        var byte = position.byte
        while byte < target {
            if source[byte] == 0x0A {
                position.line += 1
                position.column = 1
            } else if source[byte] & 0xC0 != 0x80 {
                position.column += 1
            }
            byte += 1
        }
        position.byte = target
        return position
    }
}
