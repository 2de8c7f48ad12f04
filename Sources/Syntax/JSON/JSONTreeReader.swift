import Core

/// Builds a `JSONNode` tree with source ranges from `JSONCursor`, the one JSON reader: the tree
/// and the streaming spec reader accept and refuse the same texts with the same messages.
/// Nesting deeper than `maximumDepth` is an error, so hostile input cannot exhaust the stack.
struct JSONTreeReader {
    /// A problem that stops the reader, with where it is.
    struct Failure: Error {
        var summary: String
        var detail: String
        var offset: Int
        /// The bytes the problem covers (at least the first byte at `offset`).
        var length: Int
    }

    private var cursor: JSONCursor
    private var positions: PositionTracker
    private let path: String
    private let maximumDepth: Int
    private var depth = 0

    init(_ bytes: UnsafeRawBufferPointer, path: String, maximumDepth: Int) {
        cursor = JSONCursor(bytes)
        positions = PositionTracker(bytes)
        self.path = path
        self.maximumDepth = maximumDepth
    }

    /// The document's root value, or the diagnostic that stopped the reader. A UTF-8 byte-order
    /// mark is skipped.
    mutating func readDocument() -> (root: JSONNode?, diagnostic: Diagnostic?) {
        if cursor.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { cursor.offset = 3 }
        let failure: Failure
        do {
            let root = try value()
            try cursor.expectEnd()
            return (root, nil)
        } catch let error as Failure {
            failure = error
        } catch let error as JSONReadError {
            let length = error.offset < cursor.bytes.count ? cursor.scalarLength(at: error.offset) : 0
            failure = Failure(
                summary: "Invalid JSON", detail: "expected \(error.expected), found \(error.found)",
                offset: error.offset, length: length)
        } catch {
            failure = Failure(summary: "Invalid JSON", detail: "\(error)", offset: cursor.offset, length: 0)
        }
        var tracker = PositionTracker(cursor.bytes)
        let start = tracker.position(at: failure.offset)
        let end = tracker.position(at: failure.offset + failure.length)
        let range = SourceRange(file: path, start: start, end: end)
        return (nil, .error(failure.summary, detail: failure.detail, at: range))
    }

    private mutating func value() throws -> JSONNode {
        let kind = try cursor.peekKind()
        let start = cursor.offset
        switch kind {
        case .object: return try object()
        case .array: return try array()
        case .string:
            let token = try cursor.readStringToken()
            return node(.string(cursor.string(of: token)), from: start)
        case .number:
            let (number, text) = try cursor.readNumber()
            guard number.isFinite else {
                let shown = text.count > 40 ? text.prefix(32) + "…" : text
                throw Failure(
                    summary: "Invalid JSON number", detail: "\(shown) is out of range", offset: start,
                    length: text.utf8.count)
            }
            return node(.number(number, text: text), from: start)
        case .bool:
            let flag = try cursor.readBool()
            return node(.bool(flag), from: start)
        case .null:
            try cursor.readNull()
            return node(.null, from: start)
        }
    }

    private mutating func object() throws -> JSONNode {
        let start = cursor.offset
        let startPosition = positions.position(at: start)
        try enterNesting(at: start)
        try cursor.beginObject()
        var members: [JSONMember] = []
        while let key = try cursor.nextKey() {
            let keyRange = range(key.start - 1, key.end + 1)
            members.append(JSONMember(key: cursor.string(of: key), keyRange: keyRange, value: try value()))
        }
        depth -= 1
        return node(.object(members), from: startPosition)
    }

    private mutating func array() throws -> JSONNode {
        let start = cursor.offset
        let startPosition = positions.position(at: start)
        try enterNesting(at: start)
        try cursor.beginArray()
        var elements: [JSONNode] = []
        while try cursor.nextElement() {
            elements.append(try value())
        }
        depth -= 1
        return node(.array(elements), from: startPosition)
    }

    private mutating func enterNesting(at offset: Int) throws {
        depth += 1
        guard depth <= maximumDepth else {
            throw Failure(
                summary: "JSON nesting too deep", detail: "more than \(maximumDepth) nested arrays and objects",
                offset: offset, length: 1)
        }
    }

    /// The node of `kind` from `start` to the cursor.
    private mutating func node(_ kind: JSONNode.Kind, from start: Int) -> JSONNode {
        JSONNode(kind, range: range(start, cursor.offset))
    }

    /// The node of `kind` from `start` (taken before its children were read, so positions are
    /// asked for in order and the tracker never walks the text again) to the cursor.
    private mutating func node(_ kind: JSONNode.Kind, from start: SourcePosition) -> JSONNode {
        JSONNode(kind, range: SourceRange(file: path, start: start, end: positions.position(at: cursor.offset)))
    }

    private mutating func range(_ start: Int, _ end: Int) -> SourceRange {
        SourceRange(file: path, start: positions.position(at: start), end: positions.position(at: end))
    }
}
