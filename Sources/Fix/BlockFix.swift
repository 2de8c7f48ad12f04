import Core

/// The fixes planned for one block (a client instance, a variable, an output): what they
/// resolve, what is left alone, the edits. Edits go where the values are written: the block, or
/// the module argument, `.tfvars` value or local a value comes from.
struct BlockFix: Sendable {
    /// The block's address, for messages.
    let address: String
    /// The text of the files the run read.
    let sources: SourceStore
    var changes: [FixChange] = []
    var skipped: [SkippedFix] = []
    var edits: [TextEdit] = []

    init(address: String, sources: SourceStore) {
        self.address = address
        self.sources = sources
    }

    /// The bytes of `file` as parsed; nil when the run did not read it.
    func bytes(of file: String) -> [UInt8]? { sources[file]?.bytes }

    /// The layout of `file`, when it can be edited: native syntax and read.
    func layout(of file: String) -> SourceLayout? {
        guard !file.hasSuffix(".json"), let bytes = bytes(of: file) else { return nil }
        return SourceLayout(bytes: bytes)
    }

    /// Why `file` cannot be edited at all, if it cannot.
    func uneditableReason(of file: String) -> String? {
        if file.hasSuffix(".json") { return "JSON syntax (\(file)) is not edited" }
        if bytes(of: file) == nil { return "\(file) cannot be read" }
        return nil
    }

    /// Records a change made by `edits`.
    mutating func change(_ rule: String, at range: SourceRange, _ message: String, edits: [TextEdit]) {
        changes.append(FixChange(rule: rule, address: address, range: range, message: message))
        self.edits += edits
    }

    /// Records a problem left alone.
    mutating func skip(_ rule: String, at range: SourceRange, _ reason: String) {
        skipped.append(SkippedFix(rule: rule, address: address, range: range, reason: reason))
    }

    /// The reason given when the bytes at a range are not what the parsed file says.
    static let changedSinceRead = "the file changed since it was read: run lint again"
}
