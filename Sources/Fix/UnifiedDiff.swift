/// Unified diffs (`diff -u` / `git diff` format) of a file before and after its fixes, for
/// `lint --fix --dry-run`.
public enum UnifiedDiff {
    /// The diff of `old` and `new` under `--- a/<path>` / `+++ b/<path>` headers (so that
    /// `git apply` takes it from the working directory); empty when they are equal.
    public static func render(old: [UInt8], new: [UInt8], path: String, context: Int = 3) -> String {
        let oldLines = lines(old)
        let newLines = lines(new)
        let script = editScript(oldLines, newLines)
        guard script.contains(where: { $0.kind != " " }) else { return "" }
        var output = "--- a/\(path)\n+++ b/\(path)\n"
        for hunk in hunks(script, context: context) {
            output += header(hunk, script: script)
            for entry in script[hunk] {
                output += String(entry.kind) + entry.text
                if !entry.text.hasSuffix("\n") { output += "\n\\ No newline at end of file\n" }
            }
        }
        return output
    }

    /// One line of the edit script: kept (` `), removed (`-`) or added (`+`), with the number of
    /// old and new lines before it.
    struct Entry {
        var kind: Character
        var text: String
        var oldBefore: Int
        var newBefore: Int
    }

    /// The lines of `bytes`, each with its line break.
    static func lines(_ bytes: [UInt8]) -> [String] {
        var lines: [String] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            lines.append(String(decoding: bytes[start...index], as: UTF8.self))
            start = index + 1
        }
        if start < bytes.count { lines.append(String(decoding: bytes[start...], as: UTF8.self)) }
        return lines
    }

    /// The largest middle part (after the common prefix and suffix) given to the shortest-edit
    /// search; a larger one is shown as removed and added whole.
    static let searchLimit = 4_000

    /// The edit script turning `old` into `new`: common prefix and suffix kept, the middle by
    /// Myers' shortest edit script.
    static func editScript(_ old: [String], _ new: [String]) -> [Entry] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
            old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
        {
            suffix += 1
        }
        let oldMiddle = Array(old[prefix..<(old.count - suffix)])
        let newMiddle = Array(new[prefix..<(new.count - suffix)])
        let middle =
            oldMiddle.count + newMiddle.count <= searchLimit
            ? shortestEdit(oldMiddle, newMiddle)
            : Array(repeating: Character("-"), count: oldMiddle.count)
                + Array(repeating: Character("+"), count: newMiddle.count)
        var script: [Entry] = []
        var oldIndex = 0
        var newIndex = 0
        func append(_ kind: Character) {
            let text = kind == "+" ? new[newIndex] : old[oldIndex]
            script.append(Entry(kind: kind, text: text, oldBefore: oldIndex, newBefore: newIndex))
            if kind != "+" { oldIndex += 1 }
            if kind != "-" { newIndex += 1 }
        }
        for _ in 0..<prefix { append(" ") }
        for kind in middle { append(kind) }
        for _ in 0..<suffix { append(" ") }
        return script
    }

    /// Myers' O(ND) shortest edit script as a list of ` `, `-` and `+`.
    static func shortestEdit(_ old: [String], _ new: [String]) -> [Character] {
        let total = old.count + new.count
        let offset = total + 1
        var frontier = Array(repeating: 0, count: 2 * total + 3)
        var trace: [[Int]] = []
        search: for depth in 0...total {
            trace.append(frontier)
            for diagonal in stride(from: -depth, through: depth, by: 2) {
                let down =
                    diagonal == -depth
                    || (diagonal != depth && frontier[offset + diagonal - 1] < frontier[offset + diagonal + 1])
                var x = down ? frontier[offset + diagonal + 1] : frontier[offset + diagonal - 1] + 1
                var y = x - diagonal
                while x < old.count, y < new.count, old[x] == new[y] {
                    x += 1
                    y += 1
                }
                frontier[offset + diagonal] = x
                if x >= old.count && y >= new.count { break search }
            }
        }
        var kinds: [Character] = []
        var x = old.count
        var y = new.count
        for depth in stride(from: trace.count - 1, through: 0, by: -1) {
            let previous = trace[depth]
            let diagonal = x - y
            let down =
                diagonal == -depth
                || (diagonal != depth && previous[offset + diagonal - 1] < previous[offset + diagonal + 1])
            let previousDiagonal = down ? diagonal + 1 : diagonal - 1
            let previousX = previous[offset + previousDiagonal]
            let previousY = previousX - previousDiagonal
            while x > previousX, y > previousY {
                kinds.append(" ")
                x -= 1
                y -= 1
            }
            if depth > 0 { kinds.append(x == previousX ? "+" : "-") }
            x = previousX
            y = previousY
        }
        return kinds.reversed()
    }

    /// The ranges of the script to print: each change with `context` kept lines around it,
    /// overlapping ranges merged.
    static func hunks(_ script: [Entry], context: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for (index, entry) in script.enumerated() where entry.kind != " " {
            let range = max(0, index - context)..<min(script.count, index + context + 1)
            if let last = ranges.last, range.lowerBound <= last.upperBound {
                ranges[ranges.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                ranges.append(range)
            }
        }
        return ranges
    }

    /// `@@ -start,count +start,count @@` (a count of 1 is left out; an empty side starts at the
    /// line before it).
    private static func header(_ hunk: Range<Int>, script: [Entry]) -> String {
        let first = script[hunk.lowerBound]
        let oldCount = script[hunk].count { $0.kind != "+" }
        let newCount = script[hunk].count { $0.kind != "-" }
        func side(_ before: Int, _ count: Int) -> String {
            let start = count == 0 ? before : before + 1
            return count == 1 ? "\(start)" : "\(start),\(count)"
        }
        return "@@ -\(side(first.oldBefore, oldCount)) +\(side(first.newBefore, newCount)) @@\n"
    }
}
