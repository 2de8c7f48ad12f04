import Core

/// Decodes the text of template literals: backslash escapes (quoted strings only) and the
/// literal escapes `$${` → `${` and `%%{` → `%{` (all templates).
enum StringEscapes {
    /// Decodes `bytes`, which start at `start` in `path` and hold no newline when `quoted`.
    /// Bad escapes are reported and left out of the result.
    static func decode(
        _ bytes: ArraySlice<UInt8>, quoted: Bool, start: SourcePosition, path: String
    ) -> (String, [Diagnostic]) {
        let special = bytes.contains { $0 == 0x5C || $0 == 0x24 || $0 == 0x25 }
        guard special else { return (String(decoding: bytes, as: UTF8.self), []) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var diagnostics: [Diagnostic] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let current = bytes[index]
            if current == 0x24 || current == 0x25, index + 2 < bytes.endIndex, bytes[index + 1] == current,
                bytes[index + 2] == 0x7B
            {
                output.append(current)
                output.append(0x7B)
                index += 3
            } else if current == 0x5C, quoted {
                let (decoded, length) = decodeEscape(bytes, at: index)
                switch decoded {
                case .success(let scalar): output.append(contentsOf: String(scalar).utf8)
                case .failure(let problem):
                    let range = SourceRange(
                        file: path, start: position(in: bytes, at: index, start: start),
                        end: position(in: bytes, at: index + length, start: start))
                    diagnostics.append(.error("Invalid escape sequence", detail: problem.detail, at: range))
                }
                index += length
            } else {
                output.append(current)
                index += 1
            }
        }
        return (String(decoding: output, as: UTF8.self), diagnostics)
    }

    /// Why an escape sequence is invalid.
    struct Problem: Error {
        var detail: String
    }

    /// Decodes the escape at `bytes[index]` (a backslash); returns the scalar or the problem
    /// and how many bytes the escape spans.
    private static func decodeEscape(
        _ bytes: ArraySlice<UInt8>, at index: Int
    ) -> (Result<Unicode.Scalar, Problem>, Int) {
        guard index + 1 < bytes.endIndex else {
            return (.failure(Problem(detail: "A backslash must be followed by an escape sequence selector.")), 1)
        }
        switch bytes[index + 1] {
        case 0x6E: return (.success("\n"), 2)
        case 0x72: return (.success("\r"), 2)
        case 0x74: return (.success("\t"), 2)
        case 0x22: return (.success("\""), 2)
        case 0x5C: return (.success("\\"), 2)
        case 0x75: return decodeHex(bytes, at: index, digits: 4, selector: "u")
        case 0x55: return decodeHex(bytes, at: index, digits: 8, selector: "U")
        default:
            let (scalar, length) = UTF8Scalars.decode(Array(bytes[(index + 1)..<min(index + 5, bytes.endIndex)]), at: 0)
            let symbol = scalar.map { String($0) } ?? "?"
            return (
                .failure(Problem(detail: "The symbol \"\(symbol)\" is not a valid escape sequence selector.")),
                1 + length
            )
        }
    }

    private static func decodeHex(
        _ bytes: ArraySlice<UInt8>, at index: Int, digits: Int, selector: String
    ) -> (Result<Unicode.Scalar, Problem>, Int) {
        var value: UInt32 = 0
        var count = 0
        var position = index + 2
        while count < digits, position < bytes.endIndex, let digit = hexValue(bytes[position]) {
            value = value &* 16 &+ digit
            count += 1
            position += 1
        }
        guard count == digits else {
            let detail =
                "The \\\(selector) escape sequence requires \(digits == 4 ? "four" : "eight") hexadecimal digits."
            return (.failure(Problem(detail: detail)), position - index)
        }
        guard let scalar = Unicode.Scalar(value) else {
            let text = String(decoding: bytes[index..<position], as: UTF8.self)
            return (
                .failure(Problem(detail: "The escape sequence \(text) is not a valid Unicode character.")),
                position - index
            )
        }
        return (.success(scalar), position - index)
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: UInt32(byte - 0x30)
        case 0x41...0x46: UInt32(byte - 0x41 + 10)
        case 0x61...0x66: UInt32(byte - 0x61 + 10)
        default: nil
        }
    }

    /// The position of `bytes[index]`, counting scalars from `start` (the text has no newline).
    private static func position(in bytes: ArraySlice<UInt8>, at index: Int, start: SourcePosition) -> SourcePosition {
        let scalars = bytes[bytes.startIndex..<index].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return SourcePosition(
            line: start.line, column: start.column + scalars, byte: start.byte + index - bytes.startIndex)
    }
}
