/// Gives the text writer the lines of a source file for its excerpts, without the writer doing
/// any I/O itself. Lines are split at `\n`, with a trailing `\r` dropped, and are 1-based when
/// asked for by number.
public struct SourceLines: Sendable {
    private let provider: @Sendable (String) -> [String]?

    /// Lines from `provider`, which returns a file's lines or nil when it has none.
    public init(_ provider: @escaping @Sendable (String) -> [String]?) {
        self.provider = provider
    }

    /// Lines from file contents already in memory, keyed by the file names findings use.
    public init(texts: [String: String]) {
        let lines = texts.mapValues(SourceLines.split)
        self.init { lines[$0] }
    }

    /// No source at all: the text writer then prints no excerpts.
    public static let none = SourceLines { _ in nil }

    /// Every line of `file`, when the file exists.
    public func lines(of file: String) -> [String]? { provider(file) }

    /// Line `number` (1-based) of `file`, when the file and the line exist.
    public func line(_ number: Int, of file: String) -> String? {
        guard let lines = provider(file), number >= 1, number <= lines.count else { return nil }
        return lines[number - 1]
    }

    /// `text` split into lines at `\n`, each without its line ending.
    public static func split(_ text: String) -> [String] {
        text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self)
        }
    }
}
