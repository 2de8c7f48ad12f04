/// A change to a file's bytes: replace `start..<end` (byte offsets of the file as read) with
/// `replacement`. An empty range inserts; an empty replacement deletes.
public struct TextEdit: Hashable, Sendable {
    public var file: String
    public var start: Int
    public var end: Int
    public var replacement: String

    public init(file: String, start: Int, end: Int, replacement: String) {
        self.file = file
        self.start = start
        self.end = end
        self.replacement = replacement
    }

    /// An insertion of `text` before byte `offset`.
    public static func insert(_ text: String, in file: String, at offset: Int) -> TextEdit {
        TextEdit(file: file, start: offset, end: offset, replacement: text)
    }

    /// Two edits that cannot both apply: their ranges share a byte, or both insert at one place
    /// with different text.
    func conflicts(with other: TextEdit) -> Bool {
        guard file == other.file else { return false }
        if start == end && other.start == other.end { return start == other.start && self != other }
        return start < other.end && other.start < end
    }

    /// `bytes` with `edits` applied, in order of their ranges (insertions at one offset in the
    /// order given). Returns nil when edits overlap or fall outside `bytes`.
    public static func apply(_ edits: [TextEdit], to bytes: [UInt8]) -> [UInt8]? {
        let ordered = edits.enumerated().sorted { lhs, rhs in
            (lhs.element.start, lhs.element.end, lhs.offset) < (rhs.element.start, rhs.element.end, rhs.offset)
        }.map(\.element)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var position = 0
        for edit in ordered {
            guard edit.start >= position, edit.start <= edit.end, edit.end <= bytes.count else { return nil }
            output += bytes[position..<edit.start]
            output += Array(edit.replacement.utf8)
            position = edit.end
        }
        output += bytes[position...]
        return output
    }
}
