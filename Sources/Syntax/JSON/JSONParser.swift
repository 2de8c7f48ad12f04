import Core

/// A JSON syntax error and where it happened.
struct JSONSyntaxError: Error {
    var message: String
    var detail: String
    var range: SourceRange

    var diagnostic: Diagnostic { .error(message, detail: detail, at: range) }
}

/// Recursive-descent reader of JSON bytes that tracks line, column (Unicode scalars) and byte
/// offset for every node.
struct JSONParser {
    private let bytes: [UInt8]
    private let path: String
    private let maximumDepth: Int
    private var offset = 0
    private var line = 1
    private var column = 1
    private var depth = 0

    init(bytes: [UInt8], path: String, maximumDepth: Int) {
        self.bytes = bytes
        self.path = path
        self.maximumDepth = maximumDepth
    }

    mutating func parseDocument() -> Result<JSONNode, JSONSyntaxError> {
        do throws(JSONSyntaxError) {
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
            skipWhitespace()
            let root = try parseValue()
            skipWhitespace()
            if offset < bytes.count {
                throw error("Invalid JSON", "unexpected \(describeCurrent()) after the end of the document")
            }
            return .success(root)
        } catch {
            return .failure(error)
        }
    }

    // MARK: Values

    private mutating func parseValue() throws(JSONSyntaxError) -> JSONNode {
        guard let byte = current else {
            throw error("Invalid JSON", "expected a value, found the end of the document")
        }
        switch byte {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""):
            let start = position
            let text = try parseString()
            return JSONNode(.string(text), range: rangeFrom(start))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        case UInt8(ascii: "t"): return try parseKeyword("true", .bool(true))
        case UInt8(ascii: "f"): return try parseKeyword("false", .bool(false))
        case UInt8(ascii: "n"): return try parseKeyword("null", .null)
        default: throw error("Invalid JSON", "expected a value, found \(describeCurrent())")
        }
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> JSONNode {
        let start = position
        try enterNesting()
        advance()
        var members: [JSONMember] = []
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            advance()
            depth -= 1
            return JSONNode(.object(members), range: rangeFrom(start))
        }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else {
                throw error("Invalid JSON", "expected a quoted object key, found \(describeCurrent())")
            }
            let keyStart = position
            let key = try parseString()
            let keyRange = rangeFrom(keyStart)
            skipWhitespace()
            guard current == UInt8(ascii: ":") else {
                throw error("Invalid JSON", "expected ':' after object key \"\(key)\", found \(describeCurrent())")
            }
            advance()
            skipWhitespace()
            let value = try parseValue()
            members.append(JSONMember(key: key, keyRange: keyRange, value: value))
            skipWhitespace()
            if current == UInt8(ascii: ",") {
                advance()
                continue
            }
            if current == UInt8(ascii: "}") {
                advance()
                depth -= 1
                return JSONNode(.object(members), range: rangeFrom(start))
            }
            throw error("Invalid JSON", "expected ',' or '}' after an object member, found \(describeCurrent())")
        }
    }

    private mutating func parseArray() throws(JSONSyntaxError) -> JSONNode {
        let start = position
        try enterNesting()
        advance()
        var elements: [JSONNode] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") {
            advance()
            depth -= 1
            return JSONNode(.array(elements), range: rangeFrom(start))
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            if current == UInt8(ascii: ",") {
                advance()
                continue
            }
            if current == UInt8(ascii: "]") {
                advance()
                depth -= 1
                return JSONNode(.array(elements), range: rangeFrom(start))
            }
            throw error("Invalid JSON", "expected ',' or ']' after an array element, found \(describeCurrent())")
        }
    }

    private mutating func enterNesting() throws(JSONSyntaxError) {
        depth += 1
        if depth > maximumDepth {
            throw error("JSON nesting too deep", "more than \(maximumDepth) nested arrays and objects")
        }
    }

    private mutating func parseKeyword(_ word: String, _ kind: JSONNode.Kind) throws(JSONSyntaxError) -> JSONNode {
        let start = position
        let expected = Array(word.utf8)
        guard bytes[offset...].starts(with: expected) else {
            throw error("Invalid JSON", "expected a value, found \(describeCurrent())")
        }
        for _ in expected { advance() }
        if let next = current, isIdentifierByte(next) {
            throw error("Invalid JSON", "expected a value, found \(describeCurrent())")
        }
        return JSONNode(kind, range: rangeFrom(start))
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> JSONNode {
        let start = position
        if current == UInt8(ascii: "-") { advance() }
        guard let first = current, isDigit(first) else {
            throw error("Invalid JSON number", "expected a digit, found \(describeCurrent())")
        }
        advance()
        if first != UInt8(ascii: "0") {
            while let byte = current, isDigit(byte) { advance() }
        }
        if current == UInt8(ascii: ".") {
            advance()
            try requireDigits(after: "the decimal point")
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            advance()
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { advance() }
            try requireDigits(after: "the exponent")
        }
        if let next = current, isDigit(next) || isIdentifierByte(next) {
            throw error("Invalid JSON number", "unexpected \(describeCurrent()) in a number")
        }
        let text = String(decoding: bytes[start.byte..<offset], as: UTF8.self)
        guard let number = Double(text), number.isFinite else {
            let shown = text.count > 40 ? text.prefix(32) + "…" : text
            throw JSONSyntaxError(
                message: "Invalid JSON number", detail: "\(shown) is out of range", range: rangeFrom(start))
        }
        return JSONNode(.number(number, text: text), range: rangeFrom(start))
    }

    private mutating func requireDigits(after what: String) throws(JSONSyntaxError) {
        guard let byte = current, isDigit(byte) else {
            throw error("Invalid JSON number", "expected a digit after \(what), found \(describeCurrent())")
        }
        while let byte = current, isDigit(byte) { advance() }
    }

    // MARK: Strings

    /// Reads a quoted string at the current position and returns its decoded text.
    private mutating func parseString() throws(JSONSyntaxError) -> String {
        let start = position
        advance()
        var scalars = String.UnicodeScalarView()
        var runStart = offset
        func flushRun(_ end: Int) {
            if end > runStart {
                scalars.append(contentsOf: String(decoding: bytes[runStart..<end], as: UTF8.self).unicodeScalars)
            }
        }
        while true {
            guard let byte = current else {
                throw JSONSyntaxError(
                    message: "Invalid JSON string", detail: "unterminated string", range: rangeFrom(start))
            }
            switch byte {
            case UInt8(ascii: "\""):
                flushRun(offset)
                advance()
                return String(scalars)
            case UInt8(ascii: "\\"):
                flushRun(offset)
                scalars.append(try parseEscape())
                runStart = offset
            case 0..<0x20:
                throw error("Invalid JSON string", "control character U+\(hex4(UInt32(byte))) must be escaped")
            default:
                advance()
            }
        }
    }

    private mutating func parseEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
        let escapeStart = position
        advance()
        guard let byte = current else {
            throw JSONSyntaxError(
                message: "Invalid JSON string", detail: "unterminated string", range: rangeFrom(escapeStart))
        }
        advance()
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try parseHex4(escapeStart)
            if (0xD800..<0xDC00).contains(high) {
                guard bytes[offset...].starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "u")]) else {
                    throw JSONSyntaxError(
                        message: "Invalid JSON string", detail: "unpaired surrogate \\u\(hex4(high))",
                        range: rangeFrom(escapeStart))
                }
                advance()
                advance()
                let low = try parseHex4(escapeStart)
                guard (0xDC00..<0xE000).contains(low),
                    let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
                else {
                    throw JSONSyntaxError(
                        message: "Invalid JSON string", detail: "unpaired surrogate \\u\(hex4(high))",
                        range: rangeFrom(escapeStart))
                }
                return scalar
            }
            guard let scalar = Unicode.Scalar(high) else {
                throw JSONSyntaxError(
                    message: "Invalid JSON string", detail: "unpaired surrogate \\u\(hex4(high))",
                    range: rangeFrom(escapeStart))
            }
            return scalar
        default:
            throw JSONSyntaxError(
                message: "Invalid JSON string",
                detail: "invalid escape \\\(String(decoding: [byte], as: UTF8.self))", range: rangeFrom(escapeStart))
        }
    }

    private mutating func parseHex4(_ escapeStart: SourcePosition) throws(JSONSyntaxError) -> UInt32 {
        var result: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current, let digit = hexDigit(byte) else {
                throw JSONSyntaxError(
                    message: "Invalid JSON string", detail: "\\u must be followed by four hexadecimal digits",
                    range: rangeFrom(escapeStart))
            }
            result = result * 16 + digit
            advance()
        }
        return result
    }

    // MARK: Position tracking

    private var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    private var position: SourcePosition { SourcePosition(line: line, column: column, byte: offset) }

    private func rangeFrom(_ start: SourcePosition) -> SourceRange {
        SourceRange(file: path, start: start, end: position)
    }

    /// Moves past one byte; a new line starts after `\n`, and columns count Unicode scalars
    /// (UTF-8 continuation bytes do not advance the column).
    private mutating func advance() {
        guard let byte = current else { return }
        offset += 1
        if byte == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    private mutating func skipWhitespace() {
        while let byte = current,
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r")
        {
            advance()
        }
    }

    private func error(_ message: String, _ detail: String) -> JSONSyntaxError {
        var end = position
        if current != nil {
            end = SourcePosition(line: line, column: column + 1, byte: offset + scalarLength(at: offset))
        }
        return JSONSyntaxError(
            message: message, detail: detail, range: SourceRange(file: path, start: position, end: end))
    }

    private func describeCurrent() -> String {
        guard let byte = current else { return "the end of the document" }
        if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { return "a line break" }
        if byte < 0x20 { return "control character U+\(hex4(UInt32(byte)))" }
        let length = scalarLength(at: offset)
        let text = String(decoding: bytes[offset..<min(bytes.count, offset + length)], as: UTF8.self)
        return "'\(text)'"
    }

    private func scalarLength(at index: Int) -> Int {
        guard index < bytes.count else { return 0 }
        let byte = bytes[index]
        let length = byte < 0xC0 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
        return min(length, bytes.count - index)
    }
}

private func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

private func isIdentifierByte(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
        || byte == UInt8(ascii: "_")
}

private func hexDigit(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
}

private func hex4(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
