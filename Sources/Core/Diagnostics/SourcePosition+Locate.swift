extension SourcePosition {
    /// The line and column of `byteOffset` within `text` (UTF-8), counted from the start: lines
    /// split at `\n`, columns count Unicode scalars (UTF-8 continuation bytes do not start one).
    /// Costs a scan of the text up to the offset, so it is meant for error reporting only.
    package static func locating(byteOffset: Int, in text: UnsafeRawBufferPointer) -> SourcePosition {
        let end = min(max(byteOffset, 0), text.count)
        var line = 1
        var column = 1
        var index = 0
        while index < end {
            let byte = text[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return SourcePosition(line: line, column: column, byte: byteOffset)
    }
}
