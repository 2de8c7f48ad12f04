import Core
import Foundation

/// Scanning and decoding of JSON strings. Scanning looks at 8 bytes per step for the only bytes
/// that matter inside a string (`"`, `\` and control characters), so long strings are passed
/// over at close to memory speed; decoding happens only for strings the caller asks for.
extension JSONCursor {
    /// Consumes the string whose opening quote is at the cursor, checking escapes and rejecting
    /// raw control characters, and returns where its contents lie.
    mutating func scanString() throws(JSONReadError) -> JSONStringToken {
        let opening = offset
        let start = opening + 1
        let count = bytes.count
        var index = start
        var hasEscapes = false
        while true {
            if let base = bytes.baseAddress {
                while index + 8 <= count {
                    let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                    let special = Self.specialBytes(word)
                    if special != 0 {
                        index += special.trailingZeroBitCount >> 3
                        break
                    }
                    index += 8
                }
            }
            guard index < count else { throw syntaxError(at: count, expected: "'\"' closing the string") }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                offset = index + 1
                return JSONStringToken(start: start, end: index, hasEscapes: hasEscapes)
            }
            if byte == UInt8(ascii: "\\") {
                index += try escapeLength(at: index)
                hasEscapes = true
            } else if byte < 0x20 {
                throw syntaxError(at: index, expected: "string character (control characters must be escaped)")
            } else {
                index += 1
            }
        }
    }

    /// The decoded text of `token` (invalid UTF-8 becomes U+FFFD).
    package func string(of token: JSONStringToken) -> String {
        if !token.hasEscapes { return String(decoding: raw(token), as: UTF8.self) }
        return String(decoding: decodedBytes(token), as: UTF8.self)
    }

    /// The decoded text of `token`, shared through `interner`.
    package func internedString(of token: JSONStringToken, in interner: inout StringInterner) -> String {
        if !token.hasEscapes { return interner.intern(raw(token)) }
        return decodedBytes(token).withUnsafeBytes { interner.intern($0) }
    }

    /// Whether `token` decodes to exactly `text` (compares bytes; decodes only escaped tokens).
    package func matches(_ token: JSONStringToken, _ text: StaticString) -> Bool {
        if token.hasEscapes {
            return decodedBytes(token).elementsEqual(
                UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }
        let length = token.end - token.start
        guard length == text.utf8CodeUnitCount else { return false }
        guard length > 0, let base = bytes.baseAddress else { return true }
        return memcmp(base + token.start, text.utf8Start, length) == 0
    }

    /// The raw bytes between the token's quotes.
    func raw(_ token: JSONStringToken) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: bytes[token.start..<token.end])
    }

    /// The token's UTF-8 bytes with escapes decoded. `\uXXXX` pairs of surrogates become one
    /// scalar; an unpaired surrogate becomes U+FFFD. Escapes were checked by `scanString`.
    func decodedBytes(_ token: JSONStringToken) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(token.end - token.start)
        var index = token.start
        while index < token.end {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\\") else {
                output.append(byte)
                index += 1
                continue
            }
            let escaped = bytes[index + 1]
            index += 2
            switch escaped {
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                let unit = hexValue(at: index)
                index += 4
                var scalar = Unicode.Scalar(unit)
                if unit & 0xFC00 == 0xD800, index + 6 <= token.end, bytes[index] == UInt8(ascii: "\\"),
                    bytes[index + 1] == UInt8(ascii: "u")
                {
                    let low = hexValue(at: index + 2)
                    if low & 0xFC00 == 0xDC00 {
                        scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
                        index += 6
                    }
                }
                UTF8.encode(scalar ?? "\u{FFFD}") { output.append($0) }
            default: output.append(escaped)  // `"`, `\` and `/` stand for themselves
            }
        }
        return output
    }

    /// The length of the valid escape sequence starting with the `\` at `index`.
    private func escapeLength(at index: Int) throws(JSONReadError) -> Int {
        switch byte(at: index + 1) {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
            UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return 2
        case UInt8(ascii: "u"):
            for digit in index + 2..<index + 6 where Self.hexDigitValue(byte(at: digit)) == nil {
                throw syntaxError(at: digit, expected: "hexadecimal digit of \\u escape")
            }
            return 6
        default:
            throw syntaxError(at: index + 1, expected: "escape character (one of \" \\ / b f n r t u)")
        }
    }

    /// The 16-bit value of the 4 hex digits at `index` (already checked).
    private func hexValue(at index: Int) -> UInt32 {
        var value: UInt32 = 0
        for digit in index..<index + 4 { value = value << 4 | UInt32(Self.hexDigitValue(bytes[digit]) ?? 0) }
        return value
    }

    private static func hexDigitValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// A mask whose lowest set bit marks the first byte of `word` (little-endian) that is `"`,
    /// `\` or below 0x20; zero when there is none. Uses the "has zero byte" bit trick: the lowest
    /// flagged byte is exact, higher flags may be spurious, and only the lowest is used.
    @inline(__always)
    private static func specialBytes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quotes = word ^ (ones &* 0x22)
        let backslashes = word ^ (ones &* 0x5C)
        let quoteHits = (quotes &- ones) & ~quotes
        let backslashHits = (backslashes &- ones) & ~backslashes
        let controlHits = (word &- ones &* 0x20) & ~word
        return (quoteHits | backslashHits | controlHits) & highs
    }
}
