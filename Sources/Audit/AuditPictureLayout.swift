/// Where the SVG draws each node of an `AuditPicture`: one column per kind (empty columns left
/// out), nodes stacked in first-seen order, each column centred on the tallest. Whole pixels, so
/// the output is the same on every machine.
struct AuditPictureLayout: Sendable {
    struct Box: Sendable {
        var x: Int
        var y: Int
        var width: Int
        var height: Int

        var midY: Int { y + height / 2 }
        var right: Int { x + width }
    }

    struct ColumnPlace: Sendable {
        var column: AuditPicture.Column
        var x: Int
        var width: Int
    }

    static let margin = 16
    static let headerHeight = 28
    static let boxHeight = 40
    static let rowPitch = 58
    static let columnGap = 96
    static let legendHeight = 64

    /// One box per node, in node order.
    var boxes: [Box] = []
    var columns: [ColumnPlace] = []
    var width = 0
    var height = 0
    /// Where the legend starts.
    var legendY = 0

    init(_ picture: AuditPicture) {
        var x = Self.margin
        var placeOf: [AuditPicture.Column: ColumnPlace] = [:]
        for column in AuditPicture.Column.allCases {
            let nodes = picture.nodes.filter { $0.column == column }
            guard !nodes.isEmpty else { continue }
            let widest =
                nodes.map { Self.textWidth($0.label, size: 12) }
                + nodes.compactMap { $0.detail.map { Self.textWidth($0, size: 11) } }
            let width = max(widest.max() ?? 0, Self.textWidth(column.title, size: 12)) + 20
            let place = ColumnPlace(column: column, x: x, width: width)
            columns.append(place)
            placeOf[column] = place
            x += width + Self.columnGap
        }
        let rows = AuditPicture.Column.allCases.map { column in picture.nodes.count { $0.column == column } }.max() ?? 0
        let top = Self.margin + Self.headerHeight
        let tallest = max(rows, 1) * Self.rowPitch
        var seen: [AuditPicture.Column: Int] = [:]
        for node in picture.nodes {
            let place = placeOf[node.column, default: ColumnPlace(column: node.column, x: 0, width: 0)]
            let count = picture.nodes.count { $0.column == node.column }
            let row = seen[node.column, default: 0]
            seen[node.column] = row + 1
            let offset = (tallest - count * Self.rowPitch) / 2
            boxes.append(
                Box(x: place.x, y: top + offset + row * Self.rowPitch, width: place.width, height: Self.boxHeight))
        }
        width = max(x - Self.columnGap + Self.margin, Self.legendWidth + 2 * Self.margin)
        legendY = top + tallest + Self.margin
        height = legendY + Self.legendHeight + Self.margin
    }

    /// The width the legend needs: five entries a row, the last one's text overhanging a little.
    static let legendWidth = 5 * 124 + 16

    /// A safe guess at the width of `text` in the SVG's monospace font: 0.62 em a character.
    static func textWidth(_ text: String, size: Int) -> Int {
        (text.count * size * 62 + 99) / 100
    }
}
