/// The part of a long source line a text excerpt shows: at most `maximumWidth` scalars around
/// the marked range, with `…` where the line was cut, and the range's columns in the shown text.
/// A line of a 10 MB string prints as a short window, not 10 MB (twice, with its marker).
struct ExcerptWindow: Equatable {
    /// The widest excerpt printed, in Unicode scalars.
    static let maximumWidth = 160
    /// How much of the line before the range is kept when the line is cut.
    static let leadingContext = 40

    var text: String
    var startColumn: Int
    var endColumn: Int

    /// The window of `line` for the 1-based range `[startColumn, endColumn)`.
    init(line: String, startColumn: Int, endColumn: Int) {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count > Self.maximumWidth else {
            self.init(text: line, startColumn: startColumn, endColumn: endColumn)
            return
        }
        let start = min(max(0, startColumn - 1), scalars.count)
        let lower = max(0, start - Self.leadingContext)
        let upper = min(scalars.count, lower + Self.maximumWidth)
        var shown = String.UnicodeScalarView()
        if lower > 0 { shown.append("…") }
        shown.append(contentsOf: scalars[lower..<upper])
        if upper < scalars.count { shown.append("…") }
        let shift = lower - (lower > 0 ? 1 : 0)
        let end = min(max(endColumn - 1, start), upper + 1)
        self.init(text: String(shown), startColumn: start - shift + 1, endColumn: end - shift + 1)
    }

    private init(text: String, startColumn: Int, endColumn: Int) {
        self.text = text
        self.startColumn = startColumn
        self.endColumn = endColumn
    }
}
