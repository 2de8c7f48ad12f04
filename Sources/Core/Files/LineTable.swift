/// The line starts of a file's bytes: offsets to 1-based line numbers and back.
package struct LineTable {
    /// The offset of the first byte of each line.
    package let starts: [Int]
    let count: Int

    package init(starts: [Int], count: Int) {
        self.starts = starts
        self.count = count
    }

    package init(_ bytes: [UInt8]) {
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(index + 1) }
        self.starts = starts
        count = bytes.count
    }

    /// The 1-based line holding `offset`.
    package func line(of offset: Int) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }

    /// The byte range of 1-based `line` without its line break; nil outside the file.
    package func range(ofLine line: Int) -> Range<Int>? {
        guard line >= 1, line <= starts.count else { return nil }
        let start = starts[line - 1]
        var end = line < starts.count ? starts[line] - 1 : count
        if end < start { end = start }
        return start..<end
    }
}
