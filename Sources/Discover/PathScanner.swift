/// Finds `/api/v2/...` paths written in text: string literals, URLs, curl commands, data action
/// templates. A path runs up to the first character that cannot be part of one (a quote,
/// whitespace, `?`, `#`, `,`, `)`...). Placeholders of every language (`{id}`, `${id}`, `%s`,
/// `:id`) stand for a parameter segment; a path ending in `/` (a prefix a variable is appended
/// to) gets one parameter segment.
enum PathScanner {
    /// A path found in the text.
    struct Found: Equatable {
        /// The offset of the path's first byte (its `/`, or the `a` of `api/v2/` right after a quote).
        var offset: Int
        /// The path as written.
        var written: String
        /// The path to look up: `/api/v2/...` with a trailing `/` completed by a parameter.
        var lookup: String
    }

    private static let marker = Array("api/v2/".utf8)

    /// Every path in `bytes`, in order.
    static func paths(in bytes: [UInt8]) -> [Found] {
        var found: [Found] = []
        var index = 0
        while let start = nextMarker(in: bytes, from: index) {
            index = start + marker.count
            let before = start > 0 ? bytes[start - 1] : 0
            let offset: Int
            if before == UInt8(ascii: "/") {
                offset = start - 1
            } else if before == UInt8(ascii: "\"") || before == UInt8(ascii: "'") || before == UInt8(ascii: "`") {
                offset = start
            } else {
                continue
            }
            var end = index
            while end < bytes.count, isPathByte(bytes[end]) { end += 1 }
            while end > index, bytes[end - 1] == UInt8(ascii: ".") || bytes[end - 1] == UInt8(ascii: ":") { end -= 1 }
            index = end
            guard end > start + marker.count else { continue }
            let written = String(decoding: bytes[offset..<end], as: UTF8.self)
            var lookup = written.hasPrefix("/") ? written : "/" + written
            if lookup.hasSuffix("/") { lookup += "{id}" }
            found.append(Found(offset: offset, written: written, lookup: lookup))
        }
        return found
    }

    /// Whether `bytes` hold `api/v2/` anywhere.
    static func containsAPIPath(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.count >= marker.count else { return false }
        var index = bytes.startIndex
        while index + marker.count <= bytes.endIndex {
            if bytes[index] == marker[0], bytes[index..<(index + marker.count)].elementsEqual(marker) { return true }
            index += 1
        }
        return false
    }

    private static func nextMarker(in bytes: [UInt8], from offset: Int) -> Int? {
        var index = offset
        while index + marker.count <= bytes.count {
            if bytes[index] == marker[0], bytes[index + 1] == marker[1],
                bytes[index..<(index + marker.count)].elementsEqual(marker)
            {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Letters, digits and `-._~%{}$/:@+` (unreserved characters, placeholders and `/`).
    private static func isPathByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "%"),
            UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "$"), UInt8(ascii: "/"), UInt8(ascii: ":"),
            UInt8(ascii: "@"), UInt8(ascii: "+"):
            true
        default: false
        }
    }
}
