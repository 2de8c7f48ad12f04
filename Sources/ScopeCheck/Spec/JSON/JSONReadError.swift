/// Why `JSONCursor` stopped: the input is not JSON (`syntax`), or it is JSON but the value at
/// the cursor is not the kind the caller asked for (`unexpectedType`).
struct JSONReadError: Error, Equatable, Sendable {
    /// The two ways a read can fail.
    enum Kind: Equatable, Sendable {
        case syntax
        case unexpectedType
    }

    var kind: Kind
    /// The 0-based byte offset where the problem was detected.
    var offset: Int
    /// What the reader expected there, e.g. `',' or '}'`, `string`.
    var expected: String
    /// What it found, e.g. `'x'`, `end of input`, `array`.
    var found: String
    /// The part of the document being read, added by the caller (e.g. `operation GET /users`).
    var context: String? = nil
}
