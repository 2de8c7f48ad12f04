/// Questions about the layout of source bytes around syntax nodes: where lines start and end,
/// what lies between two nodes (whitespace, commas, comments).
struct SourceLayout {
    let bytes: [UInt8]

    /// The offset of the first byte of the line holding `offset`.
    func lineStart(_ offset: Int) -> Int {
        var index = min(offset, bytes.count)
        while index > 0, bytes[index - 1] != UInt8(ascii: "\n") { index -= 1 }
        return index
    }

    /// The offset just past the newline ending the line holding `offset` (the end of the bytes
    /// on the last line).
    func nextLineStart(_ offset: Int) -> Int {
        var index = offset
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
        return min(index + 1, bytes.count)
    }

    /// The newline sequence ending the line holding `offset` (`\r\n` or `\n`).
    func lineBreak(at offset: Int) -> String {
        var index = offset
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
        return index > 0 && index < bytes.count && bytes[index - 1] == UInt8(ascii: "\r") ? "\r\n" : "\n"
    }

    /// The spaces and tabs that start the line holding `offset`.
    func indentation(_ offset: Int) -> String {
        let start = lineStart(offset)
        var end = start
        while end < bytes.count, isBlank(bytes[end]) { end += 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// Whether only spaces and tabs come before `offset` on its line.
    func startsLine(_ offset: Int) -> Bool {
        bytes[lineStart(offset)..<min(offset, bytes.count)].allSatisfy(isBlank)
    }

    /// Whether the rest of the line after `offset` holds at most a comma and a comment.
    func endsLine(_ offset: Int) -> Bool {
        var index = skipBlanks(from: offset)
        if index < bytes.count, bytes[index] == UInt8(ascii: ",") { index = skipBlanks(from: index + 1) }
        if let afterComment = skipComment(at: index, sameLine: true) { index = skipBlanks(from: afterComment) }
        return index >= bytes.count || bytes[index] == UInt8(ascii: "\n")
            || (bytes[index] == UInt8(ascii: "\r") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n"))
    }

    /// The offset of the comma that follows `offset` before `limit`, skipping whitespace,
    /// newlines and comments; nil when something else comes first.
    func comma(after offset: Int, before limit: Int) -> Int? {
        var index = offset
        while index < limit {
            if isBlank(bytes[index]) || bytes[index] == UInt8(ascii: "\n") || bytes[index] == UInt8(ascii: "\r") {
                index += 1
            } else if let afterComment = skipComment(at: index, sameLine: false) {
                index = afterComment
            } else {
                return bytes[index] == UInt8(ascii: ",") ? index : nil
            }
        }
        return nil
    }

    /// The text of `start..<end`.
    func text(_ start: Int, _ end: Int) -> String? {
        guard start >= 0, start <= end, end <= bytes.count else { return nil }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    private func skipBlanks(from offset: Int) -> Int {
        var index = offset
        while index < bytes.count, isBlank(bytes[index]) { index += 1 }
        return index
    }

    /// The offset after a comment starting at `offset` (`#` and `//` up to the newline, `/* */`
    /// to its end; with `sameLine`, only a block comment that closes on the line counts); nil
    /// when no comment starts there.
    private func skipComment(at offset: Int, sameLine: Bool) -> Int? {
        guard offset < bytes.count else { return nil }
        let next = offset + 1 < bytes.count ? bytes[offset + 1] : 0
        if bytes[offset] == UInt8(ascii: "#") || (bytes[offset] == UInt8(ascii: "/") && next == UInt8(ascii: "/")) {
            var index = offset
            while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
            return index > offset && bytes[index - 1] == UInt8(ascii: "\r") ? index - 1 : index
        }
        guard bytes[offset] == UInt8(ascii: "/"), next == UInt8(ascii: "*") else { return nil }
        var index = offset + 2
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/") { return index + 2 }
            if sameLine && bytes[index] == UInt8(ascii: "\n") { return nil }
            index += 1
        }
        return nil
    }

    private func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
}
