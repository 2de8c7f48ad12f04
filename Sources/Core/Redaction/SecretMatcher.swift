/// Finds every occurrence of many secrets in a text in one pass: candidates are looked up by the
/// first two bytes at each position, so the cost hardly grows with the number of secrets.
/// Occurrences may overlap; the text they cover together is what gets replaced, so that no part
/// of any secret is left showing.
struct SecretMatcher: Sendable {
    /// Secrets of `wholeWordLength` bytes or fewer only count where they stand alone.
    let wholeWordLength: Int
    private let patterns: [[UInt8]]
    /// Pattern indexes by their first two bytes (`first << 8 | second`).
    private let byPair: [UInt16: [Int]]
    /// Pattern indexes of one-byte patterns by that byte.
    private let byByte: [UInt8: [Int]]
    /// Whether any pattern starts with the pair, indexed like `byPair`: a cheap first test.
    private let pairPresent: [Bool]

    init(secrets: [String], wholeWordLength: Int) {
        self.wholeWordLength = wholeWordLength
        patterns = secrets.map { Array($0.utf8) }.filter { !$0.isEmpty }
        var byPair: [UInt16: [Int]] = [:]
        var byByte: [UInt8: [Int]] = [:]
        var pairPresent = [Bool](repeating: false, count: 1 << 16)
        for (index, pattern) in patterns.enumerated() {
            if pattern.count == 1 {
                byByte[pattern[0], default: []].append(index)
            } else {
                let key = UInt16(pattern[0]) << 8 | UInt16(pattern[1])
                byPair[key, default: []].append(index)
                pairPresent[Int(key)] = true
            }
        }
        self.byPair = byPair
        self.byByte = byByte
        self.pairPresent = pairPresent
    }

    var isEmpty: Bool { patterns.isEmpty }

    /// The byte ranges of `text` covered by secrets, merged and in ascending order.
    func coveredRanges(in text: [UInt8]) -> [Range<Int>] {
        var covered: [Range<Int>] = []
        for start in text.indices {
            var candidates: [Int] = []
            if start + 1 < text.count {
                let key = Int(UInt16(text[start]) << 8 | UInt16(text[start + 1]))
                if pairPresent[key] { candidates = byPair[UInt16(key)] ?? [] }
            }
            if !byByte.isEmpty, let single = byByte[text[start]] { candidates += single }
            for index in candidates {
                let pattern = patterns[index]
                let end = start + pattern.count
                guard end <= text.count, text[start..<end].elementsEqual(pattern) else { continue }
                if pattern.count <= wholeWordLength,
                    (start > 0 && Self.isWordByte(text[start - 1])) || (end < text.count && Self.isWordByte(text[end]))
                {
                    continue
                }
                if let last = covered.last, start <= last.upperBound {
                    covered[covered.count - 1] = last.lowerBound..<max(last.upperBound, end)
                } else {
                    covered.append(start..<end)
                }
            }
        }
        return covered
    }

    /// Letters, digits, `_`, `-` and every byte of a non-ASCII character.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || UTF8Scalars.isASCIIIdentifierContinue(byte)
    }
}
