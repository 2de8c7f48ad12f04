/// Strict UTF-8 decoding of single scalars and the character classes the lexer needs.
package enum UTF8Scalars {
    /// The scalar starting at `source[index]` and its length in bytes, or `nil` (with length 1)
    /// when the bytes there are not valid UTF-8.
    @inlinable package static func decode(_ source: [UInt8], at index: Int) -> (scalar: Unicode.Scalar?, length: Int) {
        let first = source[index]
        if first < 0x80 { return (Unicode.Scalar(first), 1) }
        let length: Int
        let initial: UInt32
        switch first {
        case 0xC2...0xDF:
            length = 2
            initial = UInt32(first & 0x1F)
        case 0xE0...0xEF:
            length = 3
            initial = UInt32(first & 0x0F)
        case 0xF0...0xF4:
            length = 4
            initial = UInt32(first & 0x07)
        default: return (nil, 1)
        }
        guard index + length <= source.count else { return (nil, 1) }
        var value = initial
        for offset in 1..<length {
            let byte = source[index + offset]
            guard byte & 0xC0 == 0x80 else { return (nil, 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        let smallest: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard value >= smallest, let scalar = Unicode.Scalar(value) else { return (nil, 1) }
        return (scalar, length)
    }

    /// Whether the ASCII byte may start an identifier.
    @inlinable package static func isASCIIIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte == 0x5F
    }

    /// Whether the ASCII byte may continue an identifier (letters, digits, `_`, `-`).
    @inlinable package static func isASCIIIdentifierContinue(_ byte: UInt8) -> Bool {
        isASCIIIdentifierStart(byte) || isDigit(byte) || byte == 0x2D
    }

    /// Whether the byte is an ASCII decimal digit.
    @inlinable package static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
