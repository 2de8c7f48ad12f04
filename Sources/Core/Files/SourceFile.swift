/// The text of one input file as it was read, once: the parser reads it, and suppressions,
/// excerpts, redaction and fixes work on these same bytes instead of reading the file again.
public struct SourceFile: Sendable {
    /// The path the file was read by, as ranges and findings name it.
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// Reads `path` through `InputFile` (regular files only, at most `limit` bytes).
    public static func read(_ path: String, limit: Int = InputFile.maximumSize) -> Result<
        SourceFile, InputFile.ReadError
    > {
        InputFile.read(path, limit: limit).map { SourceFile(path: path, bytes: $0) }
    }

    /// The lines of the text (split at `\n`, a trailing `\r` dropped; invalid UTF-8 as U+FFFD).
    public var lines: [String] { SourceLines.split(String(decoding: bytes, as: UTF8.self)) }
}
