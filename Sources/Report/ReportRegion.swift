import Core

/// The 1-based line and column span of a finding as reports print it, made valid whatever the
/// input range held: lines and columns are at least 1 and the end never comes before the start.
/// The end column is exclusive (the column after the last character), as in `SourceRange`.
struct ReportRegion: Hashable, Sendable {
    var startLine: Int
    var startColumn: Int
    var endLine: Int
    var endColumn: Int

    init(_ range: SourceRange) {
        startLine = max(1, range.start.line)
        startColumn = max(1, range.start.column)
        if range.end.line < startLine {
            endLine = startLine
            endColumn = startColumn
        } else {
            endLine = range.end.line
            endColumn = max(1, range.end.column)
            if endLine == startLine { endColumn = max(startColumn, endColumn) }
        }
    }

    /// Whether the span starts and ends on the same line.
    var isSingleLine: Bool { startLine == endLine }
}
