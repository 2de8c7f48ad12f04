/// Finds SDK method calls in source: identifiers followed by `(` whose name is an operation's
/// operationId or SDK method name in any casing. Definitions (`def name(`, `func name(`,
/// `function name(`, a type before the name) and constructors (`new Name(`) are not calls, and
/// a call without receiver of a name the file defines calls the application's own function.
enum SDKCallScanner {
    /// An identifier that names an operation and is called.
    struct Found {
        var offset: Int
        var identifier: String
        var match: SDKMethodIndex.Match
        /// Whether it is called on a receiver (`api.getUsers(`), as SDK methods are.
        var hasReceiver: Bool
    }

    /// Words after which an identifier and `(` are a definition, not a call.
    private static let definitionKeywords: Set<String> = [
        "def", "func", "function", "fun", "fn", "void", "sub", "new", "class", "struct", "interface", "type",
    ]
    /// Words after which an identifier and `(` are still a call.
    private static let callKeywords: Set<String> = [
        "return", "await", "yield", "go", "defer", "throw", "throws", "try", "else", "in", "of", "case", "not",
        "and", "or", "is", "do", "then", "echo", "print",
    ]

    /// Every SDK call in `bytes` for a language whose SDK uses `casing`.
    static func calls(in bytes: [UInt8], casing: SDKCasing, index: SDKMethodIndex) -> [Found] {
        var found: [Found] = []
        var defined = Set<String>()
        var position = 0
        while position < bytes.count {
            guard isIdentifierStart(bytes[position]), position == 0 || !isIdentifierByte(bytes[position - 1]) else {
                position += 1
                continue
            }
            var end = position
            while end < bytes.count, isIdentifierByte(bytes[end]) { end += 1 }
            defer { position = end }
            var next = end
            while next < bytes.count, bytes[next] == UInt8(ascii: " ") || bytes[next] == UInt8(ascii: "\t") {
                next += 1
            }
            guard next < bytes.count, bytes[next] == UInt8(ascii: "("),
                let match = index.match(bytes[position..<end], casing: casing)
            else { continue }
            let context = callContext(before: position, in: bytes)
            let identifier = String(decoding: bytes[position..<end], as: UTF8.self)
            guard context != .definition else {
                defined.insert(identifier)
                continue
            }
            found.append(
                Found(offset: position, identifier: identifier, match: match, hasReceiver: context == .receiver))
        }
        return found.filter { $0.hasReceiver || !defined.contains($0.identifier) }
    }

    private enum CallContext {
        case receiver, bare, definition
    }

    /// What precedes an identifier: a `.` (a method call), a definition keyword or a type (a
    /// definition), or anything else (a call without receiver).
    private static func callContext(before offset: Int, in bytes: [UInt8]) -> CallContext {
        var index = offset - 1
        while index >= 0, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index -= 1 }
        guard index >= 0 else { return .bare }
        if bytes[index] == UInt8(ascii: ".") { return .receiver }
        if bytes[index] == UInt8(ascii: ">") || bytes[index] == UInt8(ascii: "]") {
            return bytes[index] == UInt8(ascii: ">") && index > 0 && bytes[index - 1] == UInt8(ascii: "=")
                ? .bare : .definition
        }
        guard isIdentifierByte(bytes[index]) else { return .bare }
        let end = index + 1
        while index >= 0, isIdentifierByte(bytes[index]) { index -= 1 }
        let word = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
        if definitionKeywords.contains(word) { return .definition }
        return callKeywords.contains(word) ? .bare : .definition
    }

    private static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: "$")
    }

    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        isIdentifierStart(byte) || (byte >= 48 && byte <= 57)
    }
}
