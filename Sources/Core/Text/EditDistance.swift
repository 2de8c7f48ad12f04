/// Levenshtein distance (insertions, deletions and substitutions of single elements, each costing 1).
public enum EditDistance {
    /// The distance between two byte sequences, or nil as soon as it is known to exceed `limit`.
    /// The limit lets callers scan thousands of candidates cheaply: a row whose smallest value
    /// is already over the limit ends the computation.
    public static func between(_ a: [UInt8], _ b: [UInt8], limit: Int = .max) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            let ai = a[i - 1]
            for j in 1...b.count {
                let substitution = previous[j - 1] + (ai == b[j - 1] ? 0 : 1)
                let value = min(substitution, previous[j] + 1, current[j - 1] + 1)
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        let distance = previous[b.count]
        return distance > limit ? nil : distance
    }

    /// The distance between the UTF-8 encodings of two strings (see `between(_:_:limit:)`).
    public static func between(_ a: String, _ b: String, limit: Int = .max) -> Int? {
        between(Array(a.utf8), Array(b.utf8), limit: limit)
    }
}
