/// Turns byte offsets of one UTF-8 text into line and column positions, walking forward from the
/// last offset asked for, so positions asked in document order cost one pass over the text in
/// all (a plan JSON of megabytes on one line included). Lines split at `\n`; columns count
/// Unicode scalars (UTF-8 continuation bytes do not start one).
package struct PositionTracker {
    private let bytes: UnsafeRawBufferPointer
    private var position = SourcePosition.start

    package init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    /// The position of `offset` (clamped to the text); an offset before the last one asked for
    /// walks again from the start of the text.
    package mutating func position(at offset: Int) -> SourcePosition {
        let target = min(max(offset, 0), bytes.count)
        if target < position.byte { position = .start }
        var line = position.line
        var column = position.column
        var index = position.byte
        while index < target {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        position = SourcePosition(line: line, column: column, byte: target)
        return position
    }
}
