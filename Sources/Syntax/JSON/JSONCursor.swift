/// A forward-only reader of JSON text straight from its UTF-8 bytes, for documents too large to
/// decode whole. The caller walks the structure it cares about (`beginObject`/`nextKey`,
/// `beginArray`/`nextElement`, `readString`, ...) and calls `skipValue()` for everything else,
/// which validates the skipped text without building anything.
///
/// Every method first skips whitespace. Errors are `JSONReadError`s with the byte offset of the
/// problem. The buffer is borrowed: the cursor must not outlive it.
package struct JSONCursor {
    /// The whole input.
    let bytes: UnsafeRawBufferPointer
    /// The offset of the next byte to read.
    package var offset: Int = 0
    /// Set by `beginObject`/`beginArray`: the next `nextKey`/`nextElement` reads the first member.
    private var atContainerStart = false
    /// The open containers of `skipValue` (true = object), kept to reuse its storage.
    var skipStack: [Bool] = []

    package init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
        skipStack.reserveCapacity(64)
    }

    // MARK: - Scalars

    /// The kind of the next value (without consuming it).
    package mutating func peekKind() throws(JSONReadError) -> JSONValueKind {
        skipWhitespace()
        guard offset < bytes.count else { throw syntaxError(expected: "value") }
        switch bytes[offset] {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "t") where literalAhead("true"), UInt8(ascii: "f") where literalAhead("false"): return .bool
        case UInt8(ascii: "n") where literalAhead("null"): return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        default: throw syntaxError(expected: "value")
        }
    }

    /// Reads a string value, decoding its escapes.
    package mutating func readString() throws(JSONReadError) -> String {
        string(of: try readStringToken())
    }

    /// Reads a string value without decoding it (see `string(of:)` and `matches(_:_:)`).
    package mutating func readStringToken() throws(JSONReadError) -> JSONStringToken {
        try expect(.string)
        return try scanString()
    }

    /// Reads `true` or `false`.
    package mutating func readBool() throws(JSONReadError) -> Bool {
        try expect(.bool)
        if bytes[offset] == UInt8(ascii: "t") {
            try scanLiteral("true")
            return true
        }
        try scanLiteral("false")
        return false
    }

    /// Reads `null`.
    mutating func readNull() throws(JSONReadError) {
        try expect(.null)
        try scanLiteral("null")
    }

    /// Reads a number (JSON grammar, checked): the nearest `Double` (infinite when out of range)
    /// and the number's text.
    mutating func readNumber() throws(JSONReadError) -> (value: Double, text: String) {
        try expect(.number)
        let start = offset
        try scanNumber()
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
        return (Double(text) ?? .nan, text)
    }

    // MARK: - Containers

    /// Consumes the `{` of an object; then call `nextKey()` until it returns nil.
    package mutating func beginObject() throws(JSONReadError) {
        try expect(.object)
        offset += 1
        atContainerStart = true
    }

    /// The key of the next member (the cursor is then at its value, which the caller must read
    /// or skip), or nil after consuming the object's closing `}`.
    package mutating func nextKey() throws(JSONReadError) -> JSONStringToken? {
        skipWhitespace()
        let first = atContainerStart
        atContainerStart = false
        guard offset < bytes.count else { throw syntaxError(expected: first ? "string key or '}'" : "',' or '}'") }
        if bytes[offset] == UInt8(ascii: "}") {
            offset += 1
            return nil
        }
        if !first {
            guard bytes[offset] == UInt8(ascii: ",") else { throw syntaxError(expected: "',' or '}'") }
            offset += 1
        }
        return try scanKeyAndColon()
    }

    /// Consumes the `[` of an array; then call `nextElement()` until it returns false.
    package mutating func beginArray() throws(JSONReadError) {
        try expect(.array)
        offset += 1
        atContainerStart = true
    }

    /// Whether another element follows (the cursor is then at it, and the caller must read or
    /// skip it); false after consuming the array's closing `]`.
    package mutating func nextElement() throws(JSONReadError) -> Bool {
        skipWhitespace()
        let first = atContainerStart
        atContainerStart = false
        guard offset < bytes.count else { throw syntaxError(expected: first ? "value or ']'" : "',' or ']'") }
        if bytes[offset] == UInt8(ascii: "]") {
            offset += 1
            return false
        }
        if !first {
            guard bytes[offset] == UInt8(ascii: ",") else { throw syntaxError(expected: "',' or ']'") }
            offset += 1
        }
        return true
    }

    /// Checks that only whitespace remains after the top-level value.
    package mutating func expectEnd() throws(JSONReadError) {
        skipWhitespace()
        guard offset == bytes.count else { throw syntaxError(expected: "end of input") }
    }

    // MARK: - Shared scanning

    /// Skips spaces, tabs, carriage returns and line feeds.
    @inline(__always)
    mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): offset += 1
            default: return
            }
        }
    }

    /// Reads `"key"` and the `:` after it (the cursor is at the key's opening quote or before
    /// whitespace preceding it).
    mutating func scanKeyAndColon() throws(JSONReadError) -> JSONStringToken {
        skipWhitespace()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
            throw syntaxError(expected: "string key")
        }
        let key = try scanString()
        skipWhitespace()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else { throw syntaxError(expected: "':'") }
        offset += 1
        return key
    }

    /// Whether the literal `word` is at the cursor (so that `nonsense` is not taken for `null`).
    private func literalAhead(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        return (0..<count).allSatisfy { bytes[offset + $0] == word.utf8Start[$0] }
    }

    /// Consumes the literal `word` (`true`, `false` or `null`) at the cursor.
    mutating func scanLiteral(_ word: StaticString) throws(JSONReadError) {
        let count = word.utf8CodeUnitCount
        var index = 0
        while index < count {
            guard offset + index < bytes.count, bytes[offset + index] == word.utf8Start[index] else {
                offset += index
                throw syntaxError(expected: "'\(word)'")
            }
            index += 1
        }
        offset += count
    }

    /// Consumes a number, checking the JSON grammar `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    mutating func scanNumber() throws(JSONReadError) {
        if byte(at: offset) == UInt8(ascii: "-") { offset += 1 }
        if byte(at: offset) == UInt8(ascii: "0") {
            offset += 1
        } else {
            try scanDigits()
        }
        if byte(at: offset) == UInt8(ascii: ".") {
            offset += 1
            try scanDigits()
        }
        if byte(at: offset) | 0x20 == UInt8(ascii: "e") {
            offset += 1
            if byte(at: offset) == UInt8(ascii: "+") || byte(at: offset) == UInt8(ascii: "-") { offset += 1 }
            try scanDigits()
        }
    }

    /// Consumes one or more decimal digits.
    private mutating func scanDigits() throws(JSONReadError) {
        guard Self.isDigit(byte(at: offset)) else { throw syntaxError(expected: "digit") }
        repeat { offset += 1 } while Self.isDigit(byte(at: offset))
    }

    /// The byte at `index`, or 0 past the end (0 never continues any JSON token).
    @inline(__always)
    func byte(at index: Int) -> UInt8 {
        index < bytes.count ? bytes[index] : 0
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }

    /// Fails unless the next value is of `kind`.
    private mutating func expect(_ kind: JSONValueKind) throws(JSONReadError) {
        let found = try peekKind()
        guard found == kind else {
            throw JSONReadError(
                kind: .unexpectedType, offset: offset, expected: kind.description, found: found.description)
        }
    }

    // MARK: - Errors

    /// A syntax error at the cursor.
    func syntaxError(expected: String) -> JSONReadError {
        syntaxError(at: offset, expected: expected)
    }

    /// A syntax error at `index`, describing the byte found there.
    func syntaxError(at index: Int, expected: String) -> JSONReadError {
        JSONReadError(kind: .syntax, offset: index, expected: expected, found: describeByte(at: index))
    }

    /// The length in bytes of the UTF-8 sequence that starts at `index` (1 for a stray byte).
    func scalarLength(at index: Int) -> Int {
        let byte = bytes[index]
        let length = byte < 0xC0 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
        return min(length, bytes.count - index)
    }

    /// `'x'` for a printable ASCII byte, `end of input`, or the byte's code for anything else.
    func describeByte(at index: Int) -> String {
        guard index < bytes.count else { return "end of input" }
        let byte = bytes[index]
        if byte >= 0x20 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        if byte < 0x20 { return "control character U+00" + Self.hexByte(byte) }
        return "byte 0x" + Self.hexByte(byte)
    }

    private static func hexByte(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
