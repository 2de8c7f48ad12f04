import Core

/// Finds the HTTP method written near an API path: `-X POST` / `--request POST` (curl),
/// `.post(` / `.PostAsync(` (HTTP clients), `"method": "POST"`, `requestType`, `type: 'POST'`,
/// `-Method Post` (key and value), `HttpMethod.Post`, `http.MethodPost`, `"POST"` (a quoted
/// method), `@POST` (annotations) and `POST /api/v2/...` (request lines).
enum MethodHint {
    static let methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"]
    private static let keys: Set<String> = ["method", "requesttype", "httpmethod", "verb", "type"]

    /// The method for a path found at `offset` on `line`: the method written nearest to it on
    /// its line (before it first), then on the 3 lines before (nearest first, up to a line
    /// naming another API path), then on the 3 lines after (likewise). Failing that, a `curl`
    /// command holding the path uses GET, or POST when it sends data (`-d`, `--data...`, `-F`).
    static func method(near offset: Int, line: Int, in bytes: [UInt8], lines: LineTable) -> String? {
        guard let own = lines.range(ofLine: line) else { return nil }
        let found = hints(in: bytes, own)
        if let before = found.last(where: { $0.offset < offset }) { return before.method }
        if let after = found.first(where: { $0.offset > offset }) { return after.method }
        var command: [Range<Int>] = [own]
        for previous in stride(from: line - 1, through: max(1, line - 3), by: -1) {
            guard let range = lines.range(ofLine: previous), !PathScanner.containsAPIPath(bytes[range]) else { break }
            if let last = hints(in: bytes, range).last { return last.method }
            command.insert(range, at: 0)
        }
        for next in (line + 1)...(line + 3) {
            guard let range = lines.range(ofLine: next), !PathScanner.containsAPIPath(bytes[range]) else { break }
            if let first = hints(in: bytes, range).first { return first.method }
        }
        return curlMethod(command, offset: offset, in: bytes)
    }

    /// GET or POST for a `curl` command without an explicit method, written on `lines` (the
    /// path's line last) before `offset`; nil when there is no `curl` there.
    private static func curlMethod(_ lines: [Range<Int>], offset: Int, in bytes: [UInt8]) -> String? {
        guard let start = lines.firstIndex(where: { range in words(in: bytes, range).contains { $0.word == "curl" } })
        else { return nil }
        let tokens = lines[start...].flatMap { range in
            String(decoding: bytes[range], as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\t" })
        }
        let sendsData = tokens.contains { token in
            token == "-d" || token == "-F" || token.hasPrefix("--data") || token == "--form" || token == "--json"
        }
        return sendsData ? "POST" : "GET"
    }

    /// The words (runs of letters) in `range` with their offsets.
    private static func words(in bytes: [UInt8], _ range: Range<Int>) -> [(word: String, offset: Int)] {
        var words: [(word: String, offset: Int)] = []
        var index = range.lowerBound
        while index < range.upperBound {
            guard isLetter(bytes[index]) else {
                index += 1
                continue
            }
            var end = index
            while end < range.upperBound, isLetter(bytes[end]) { end += 1 }
            words.append((String(decoding: bytes[index..<end], as: UTF8.self), index))
            index = end
        }
        return words
    }

    /// Every method written in `range` with its offset, in order.
    static func hints(in bytes: [UInt8], _ range: Range<Int>) -> [(method: String, offset: Int)] {
        words(in: bytes, range).compactMap { word, offset in
            method(word: offset..<(offset + word.utf8.count), in: bytes, range).map { ($0, offset) }
        }
    }

    /// The method the word at `word` states in its context, if it states one.
    private static func method(word: Range<Int>, in bytes: [UInt8], _ line: Range<Int>) -> String? {
        let text = String(decoding: bytes[word], as: UTF8.self)
        let upper = text.uppercased()
        let before = word.lowerBound > line.lowerBound ? bytes[word.lowerBound - 1] : 0
        let after = word.upperBound < line.upperBound ? bytes[word.upperBound] : 0
        let nextNonBlank = firstNonBlank(from: word.upperBound, in: bytes, line)
        for method in methods {
            let lowerMethod = method.lowercased()
            let capitalized = method.prefix(1) + lowerMethod.dropFirst()
            if text == "Method\(capitalized)" || (text == "X\(method)" && before == UInt8(ascii: "-")) { return method }
            if before == UInt8(ascii: "."), text.lowercased() == "\(lowerMethod)async",
                nextNonBlank == UInt8(ascii: "(")
            {
                return method
            }
        }
        guard methods.contains(upper) else { return nil }
        if before == UInt8(ascii: "."),
            nextNonBlank == UInt8(ascii: "(") || nextNonBlank == UInt8(ascii: "<")
                || previousWord(before: word.lowerBound - 1, in: bytes, line)?.lowercased() == "httpmethod"
        {
            return upper
        }
        if let key = keyWord(before: word.lowerBound, in: bytes, line), keys.contains(key.lowercased()) {
            return upper
        }
        guard text == upper else { return nil }
        let quote = before == UInt8(ascii: "\"") || before == UInt8(ascii: "'")
        if quote && after == before { return upper }
        if before == UInt8(ascii: "@") { return upper }
        if let flag = previousToken(before: word.lowerBound, in: bytes, line), flag == "-X" || flag == "--request" {
            return upper
        }
        if after == UInt8(ascii: " ") || after == UInt8(ascii: "\t"),
            let next = firstNonBlankOffset(from: word.upperBound, in: bytes, line),
            bytes[next] == UInt8(ascii: "/") || bytes[next...].starts(with: "http".utf8)
        {
            return upper
        }
        return nil
    }

    /// The key of a `key: value` / `key = value` / `-Key value` pair whose value starts at
    /// `offset` (quotes around key and value allowed).
    private static func keyWord(before offset: Int, in bytes: [UInt8], _ line: Range<Int>) -> String? {
        var index = offset - 1
        func skip(_ allowed: (UInt8) -> Bool) {
            while index >= line.lowerBound, allowed(bytes[index]) { index -= 1 }
        }
        skip { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }
        let valueStart = index
        skip(isBlank)
        let separated =
            index >= line.lowerBound && (bytes[index] == UInt8(ascii: ":") || bytes[index] == UInt8(ascii: "="))
        if separated {
            index -= 1
            skip { isBlank($0) || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }
        } else if index == valueStart {
            return nil
        }
        let end = index + 1
        skip(isLetter)
        guard end > index + 1 else { return nil }
        let word = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
        if !separated { return index >= line.lowerBound && bytes[index] == UInt8(ascii: "-") ? word : nil }
        return word
    }

    /// The letters just before `offset` (the word before a `.`).
    private static func previousWord(before offset: Int, in bytes: [UInt8], _ line: Range<Int>) -> String? {
        var start = offset
        while start > line.lowerBound, isLetter(bytes[start - 1]) { start -= 1 }
        return start < offset ? String(decoding: bytes[start..<offset], as: UTF8.self) : nil
    }

    /// The whitespace-separated token before `offset`.
    private static func previousToken(before offset: Int, in bytes: [UInt8], _ line: Range<Int>) -> String? {
        var end = offset
        while end > line.lowerBound, isBlank(bytes[end - 1]) { end -= 1 }
        guard end < offset else { return nil }
        var start = end
        while start > line.lowerBound, !isBlank(bytes[start - 1]) { start -= 1 }
        return start < end ? String(decoding: bytes[start..<end], as: UTF8.self) : nil
    }

    private static func firstNonBlank(from offset: Int, in bytes: [UInt8], _ line: Range<Int>) -> UInt8 {
        firstNonBlankOffset(from: offset, in: bytes, line).map { bytes[$0] } ?? 0
    }

    private static func firstNonBlankOffset(from offset: Int, in bytes: [UInt8], _ line: Range<Int>) -> Int? {
        var index = offset
        while index < line.upperBound, isBlank(bytes[index]) { index += 1 }
        return index < line.upperBound ? index : nil
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
}
