import Core

/// The fixes planned for one client block: what they resolve, what is left alone, the edits.
struct ClientFix: Sendable {
    /// The client's address, for messages.
    let address: String
    /// The file holding the client block.
    let file: String
    /// The file's bytes; nil when it could not be read.
    let bytes: [UInt8]?
    var changes: [FixChange] = []
    var skipped: [SkippedFix] = []
    var edits: [TextEdit] = []

    init(address: String, file: String, bytes: [UInt8]?) {
        self.address = address
        self.file = file
        self.bytes = bytes
    }

    /// The file's layout, when the file can be edited: native syntax and readable.
    var layout: SourceLayout? {
        guard !isJSON, let bytes else { return nil }
        return SourceLayout(bytes: bytes)
    }

    /// Why the file cannot be edited at all, if it cannot.
    var uneditableReason: String? {
        if isJSON { return "JSON syntax (\(file)) is not edited" }
        if bytes == nil { return "\(file) cannot be read" }
        return nil
    }

    private var isJSON: Bool { file.hasSuffix(".json") }

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
