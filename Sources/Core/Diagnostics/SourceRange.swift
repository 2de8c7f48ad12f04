/// A position in a source file: 1-based line and column (in Unicode scalars), 0-based byte offset.
public struct SourcePosition: Hashable, Comparable, Sendable {
    public var line: Int
    public var column: Int
    public var byte: Int

    public init(line: Int, column: Int, byte: Int) {
        self.line = line
        self.column = column
        self.byte = byte
    }

    /// The start of a file.
    public static let start = SourcePosition(line: 1, column: 1, byte: 0)

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        lhs.byte < rhs.byte
    }
}

/// A half-open span `[start, end)` of a named source file. Every token, syntax node and
/// diagnostic carries one.
public struct SourceRange: Hashable, Comparable, Sendable {
    public var file: String
    public var start: SourcePosition
    public var end: SourcePosition

    public init(file: String, start: SourcePosition, end: SourcePosition) {
        self.file = file
        self.start = start
        self.end = end
    }

    /// An empty range at the start of `file`, for findings about a whole file.
    public static func wholeFile(_ file: String) -> SourceRange {
        SourceRange(file: file, start: .start, end: .start)
    }

    /// The smallest range covering both `self` and `other` (same file assumed).
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(file: file, start: min(start, other.start), end: max(end, other.end))
    }

    /// Whether `other` lies within this range, in the same file.
    public func contains(_ other: SourceRange) -> Bool {
        other.file == file && start <= other.start && other.end <= end
    }

    /// `file:line:column`, the form compilers and editors understand.
    public var description: String { "\(file):\(start.line):\(start.column)" }

    public static func < (lhs: SourceRange, rhs: SourceRange) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if lhs.start != rhs.start { return lhs.start < rhs.start }
        return lhs.end < rhs.end
    }
}
