/// Why `JSONCursor` stopped: the input is not JSON (`syntax`), or it is JSON but the value at
/// the cursor is not the kind the caller asked for (`unexpectedType`).
package struct JSONReadError: Error, Equatable, Sendable {
    /// The two ways a read can fail.
    package enum Kind: Equatable, Sendable {
        case syntax
        case unexpectedType
    }

    package var kind: Kind
    /// The 0-based byte offset where the problem was detected.
    package var offset: Int
    /// What the reader expected there, e.g. `',' or '}'`, `string`.
    package var expected: String
    /// What it found, e.g. `'x'`, `end of input`, `array`.
    package var found: String
    /// The part of the document being read, added by the caller (e.g. `operation GET /users`).
    package var context: String? = nil

    package init(kind: Kind, offset: Int, expected: String, found: String, context: String? = nil) {
        self.kind = kind
        self.offset = offset
        self.expected = expected
        self.found = found
        self.context = context
    }
}
