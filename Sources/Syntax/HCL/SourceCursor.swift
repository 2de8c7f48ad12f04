import Core

/// Converts byte indexes of a source buffer into line/column positions, walking forward from
/// the last position asked for (tokens are requested in source order, so this stays linear).
struct SourceCursor {
    private let source: [UInt8]
    private let originIndex: Int
    private let origin: SourcePosition
    private var index: Int
    private var line: Int
    private var column: Int

    /// `origin` is the position of `source[originIndex]`.
    init(source: [UInt8], originIndex: Int, origin: SourcePosition) {
        self.source = source
        self.originIndex = originIndex
        self.origin = origin
        index = originIndex
        line = origin.line
        column = origin.column
    }

    /// The position of `source[target]` (or of the end of the source).
    mutating func position(at target: Int) -> SourcePosition {
        if target < index { moveBack(to: max(target, originIndex)) }
        let limit = min(target, source.count)
        while index < limit {
            let byte = source[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return SourcePosition(line: line, column: column, byte: origin.byte + (target - originIndex))
    }

    /// Steps back to `target`, recounting the column from the start of its line.
    private mutating func moveBack(to target: Int) {
        while index > target {
            index -= 1
            if source[index] == 0x0A { line -= 1 }
        }
        var lineStart = target
        while lineStart > originIndex, source[lineStart - 1] != 0x0A { lineStart -= 1 }
        column = lineStart == originIndex ? origin.column : 1
        for byte in source[lineStart..<target] where byte & 0xC0 != 0x80 { column += 1 }
    }
}
