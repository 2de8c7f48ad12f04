import Core
import Syntax

/// Where code stands in a file, for placing annotations: the first and last byte of code
/// (anything but whitespace and comments) on each line, and the blocks and attributes that
/// start on each line.
struct CodeLayout {
    /// Byte offsets of the first and last code byte, by 1-based line; nil for lines without code.
    private var codeBytes: [Int: (first: Int, last: Int)] = [:]
    /// The range of the outermost block or attribute starting on each line.
    private var itemStarts: [Int: SourceRange] = [:]
    /// Each block with the byte its body's first item starts at (its end when the body is
    /// empty): a comment between the two heads the block's body.
    private var blockHeads: [(block: SourceRange, firstItem: Int)] = []
    private let lastLine: Int

    init(file: HCLFile, source: [UInt8]) {
        var line = 1
        var comments = file.comments.map(\.range).sorted { $0.start.byte < $1.start.byte }[...]
        var byte = 0
        // The code bytes of the current line, stored when the line ends.
        var first: Int?
        var last = 0
        var found: [Int: (first: Int, last: Int)] = [:]
        func endLine() {
            if let start = first {
                let known = found[line]
                found[line] = (known?.first ?? start, last)
            }
            first = nil
        }
        while byte < source.count {
            if let comment = comments.first, comment.start.byte <= byte {
                comments.removeFirst()
                let end = max(byte, min(comment.end.byte, source.count))
                let newlines = source[byte..<end].lazy.filter { $0 == 0x0A }.count
                if newlines > 0 {
                    endLine()
                    line += newlines
                }
                byte = end
                continue
            }
            switch source[byte] {
            case 0x0A:
                endLine()
                line += 1
            case 0x20, 0x09, 0x0D: break
            default:
                if first == nil { first = byte }
                last = byte
            }
            byte += 1
        }
        endLine()
        codeBytes = found
        lastLine = line
        itemStarts = Self.itemStarts(in: file.body)
        blockHeads = Self.blockHeads(in: file.body)
    }

    /// What an annotation written as `comment` covers, by the placement rules: the comment's own
    /// line when code precedes it there; the whole block when it is the first thing inside a
    /// block's body; otherwise the next code (on the rest of its last line
    /// or below): a block or attribute starting there as a whole, else that line.
    func scope(of comment: SourceRange) -> IgnoreAnnotation.Scope {
        let startLine = comment.start.line
        if let code = codeBytes[startLine], code.first < comment.start.byte { return .line(startLine) }
        // On a line of its own, before anything else of a block's body: the whole block, its
        // label included (the innermost such block).
        if let head = blockHeads.last(where: { head in
            head.block.start.line < startLine && comment.end.byte <= head.firstItem
                && head.block.start.byte < comment.start.byte
        }) {
            return .range(head.block)
        }
        let endLine = comment.end.line
        var target: Int?
        if let code = codeBytes[endLine], code.last >= comment.end.byte {
            target = endLine
        } else if endLine < lastLine {
            target = (endLine + 1...lastLine).first { codeBytes[$0] != nil }
        }
        guard let target else { return .nothing }
        if let item = itemStarts[target], item.start.byte >= comment.end.byte { return .range(item) }
        return .line(target)
    }

    /// Every block with the start of its body's first item, outer blocks before the blocks
    /// inside them.
    private static func blockHeads(in body: Body) -> [(block: SourceRange, firstItem: Int)] {
        var heads: [(block: SourceRange, firstItem: Int)] = []
        var pending = [body]
        var index = 0
        while index < pending.count {
            let next = pending[index]
            index += 1
            for block in next.blocks {
                let items = block.body.attributes.map(\.range.start.byte) + block.body.blocks.map(\.range.start.byte)
                heads.append((block.range, items.min() ?? block.range.end.byte))
                pending.append(block.body)
            }
        }
        return heads
    }

    /// The outermost block or attribute starting on each line, walking nested bodies with an
    /// explicit stack.
    private static func itemStarts(in body: Body) -> [Int: SourceRange] {
        var starts: [Int: SourceRange] = [:]
        var pending = [body]
        while let next = pending.popLast() {
            let ranges = next.attributes.map(\.range) + next.blocks.map(\.range)
            for range in ranges {
                let isOuter = starts[range.start.line].map { known in
                    (range.start.byte, -range.end.byte) < (known.start.byte, -known.end.byte)
                }
                if isOuter ?? true { starts[range.start.line] = range }
            }
            pending += next.blocks.map(\.body)
        }
        return starts
    }
}
