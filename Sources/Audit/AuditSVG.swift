/// Draws an `AuditPicture` as an inline SVG element (no namespace URL, no script, no external
/// resource), laid out by `AuditPictureLayout`: boxes with text, curved edges marked by colour,
/// dash and label, column titles and a legend.
enum AuditSVG {
    static let font = "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace"

    static func render(_ picture: AuditPicture) -> String {
        let layout = AuditPictureLayout(picture)
        var lines = [
            "<svg class=\"picture\" width=\"\(layout.width)\" height=\"\(layout.height)\" viewBox=\"0 0 \(layout.width) \(layout.height)\" role=\"img\" aria-labelledby=\"picture-title\" font-family=\"\(font)\">",
            "<title id=\"picture-title\">\(HTMLText.escaped(picture.title + " — " + picture.subtitle))</title>",
            "<defs>",
        ]
        for kind in AuditPicture.EdgeKind.allCases {
            lines.append(
                "<marker id=\"arrow-\(kind.rawValue)\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"\(kind.colour)\"/></marker>"
            )
        }
        lines.append("</defs>")
        for place in layout.columns {
            lines.append(
                "<text x=\"\(place.x + place.width / 2)\" y=\"\(AuditPictureLayout.margin + 14)\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"bold\" fill=\"#1b1b1b\">\(HTMLText.escaped(place.column.title))</text>"
            )
        }
        lines.append("<g class=\"edges\">")
        for edge in picture.edges {
            let from = layout.boxes[edge.from]
            let to = layout.boxes[edge.to]
            lines.append(path(from: (from.right, from.midY), to: (to.x, to.midY), kind: edge.kind))
        }
        lines.append("</g>")
        lines.append("<g class=\"nodes\">")
        for (node, box) in zip(picture.nodes, layout.boxes) { lines += self.node(node, box) }
        lines.append("</g>")
        lines.append("<g class=\"edge-labels\">")
        for edge in picture.edges {
            guard let label = edge.kind.label else { continue }
            let from = layout.boxes[edge.from]
            let to = layout.boxes[edge.to]
            let point = Self.labelPoint(from: (from.right, from.midY), to: (to.x, to.midY))
            lines.append(text(label, x: point.x, y: point.y - 4, size: 10, colour: edge.kind.colour, halo: true))
        }
        lines.append("</g>")
        lines += legend(at: layout.legendY)
        lines.append("</svg>")
        return lines.joined(separator: "\n")
    }

    private static func node(_ node: AuditPicture.Node, _ box: AuditPictureLayout.Box) -> [String] {
        let middle = box.x + box.width / 2
        var lines = [
            "<g class=\"node \(node.tone.rawValue)\">",
            "<title>\(HTMLText.escaped([node.label, node.detail].compactMap { $0 }.joined(separator: " — ")))</title>",
            rect(x: box.x, y: box.y, width: box.width, height: box.height, tone: node.tone),
        ]
        if let detail = node.detail {
            lines.append(text(node.label, x: middle, y: box.y + 17, size: 12, colour: "#1b1b1b"))
            lines.append(text(detail, x: middle, y: box.y + 32, size: 11, colour: "#555555"))
        } else {
            lines.append(text(node.label, x: middle, y: box.midY + 4, size: 12, colour: "#1b1b1b"))
        }
        return lines + ["</g>"]
    }

    private static func rect(x: Int, y: Int, width: Int, height: Int, tone: AuditPicture.Tone) -> String {
        let dash = tone.isDashed ? " stroke-dasharray=\"6 4\"" : ""
        return
            "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(width)\" height=\"\(height)\" rx=\"6\" fill=\"\(tone.fill)\" stroke=\"\(tone.stroke)\" stroke-width=\"1.5\"\(dash)/>"
    }

    /// Where an edge's label goes: on its curve (the one `path` draws) a third of the way from
    /// its source, so labels of edges into one node do not meet at the node.
    private static func labelPoint(from: (x: Int, y: Int), to: (x: Int, y: Int)) -> (x: Int, y: Int) {
        let t = 0.3
        let u = 1 - t
        let bend = Double((from.x + to.x) / 2)
        let start = u * u * u * Double(from.x)
        let middle = 3 * u * t * bend
        let end = t * t * t * Double(to.x)
        let x = start + middle + end
        let y = Double(from.y) + Double(to.y - from.y) * (3 * t * t - 2 * t * t * t)
        return (Int(x.rounded()), Int(y.rounded()))
    }

    private static func path(from: (x: Int, y: Int), to: (x: Int, y: Int), kind: AuditPicture.EdgeKind) -> String {
        let bend = (from.x + to.x) / 2
        let dash =
            switch kind.lineStyle {
            case "dashed": " stroke-dasharray=\"6 4\""
            case "dotted": " stroke-dasharray=\"2 3\""
            default: ""
            }
        return
            "<path class=\"edge \(kind.rawValue)\" d=\"M\(from.x),\(from.y) C\(bend),\(from.y) \(bend),\(to.y) \(to.x),\(to.y)\" fill=\"none\" stroke=\"\(kind.colour)\" stroke-width=\"1.5\"\(dash) marker-end=\"url(#arrow-\(kind.rawValue))\"/>"
    }

    private static func text(_ text: String, x: Int, y: Int, size: Int, colour: String, halo: Bool = false) -> String {
        let halo = halo ? " stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\"" : ""
        return
            "<text x=\"\(x)\" y=\"\(y)\" text-anchor=\"middle\" font-size=\"\(size)\" fill=\"\(colour)\"\(halo)>\(HTMLText.escaped(text))</text>"
    }

    /// Two rows: the edge kinds with their line and label, then the node tones with their box.
    private static func legend(at top: Int) -> [String] {
        let x = AuditPictureLayout.margin
        var lines = ["<g class=\"legend\">"]
        let kinds = AuditPicture.EdgeKind.allCases.filter { $0 != .link } + [.link]
        let edgeWords = kinds.map { ($0, $0.label ?? "holds / needs") }
        for (index, (kind, words)) in edgeWords.enumerated() {
            let left = x + index * 124
            lines.append(path(from: (left, top + 12), to: (left + 36, top + 12), kind: kind))
            lines.append(leftText(words, x: left + 42, y: top + 16))
        }
        let tones = AuditPicture.Tone.allCases.filter { $0 != .plain }
        for (index, tone) in tones.enumerated() {
            let left = x + index * 124
            lines.append(rect(x: left, y: top + 36, width: 36, height: 16, tone: tone))
            lines.append(leftText(tone.rawValue, x: left + 42, y: top + 48))
        }
        return lines + ["</g>"]
    }

    private static func leftText(_ text: String, x: Int, y: Int) -> String {
        "<text x=\"\(x)\" y=\"\(y)\" font-size=\"11\" fill=\"#1b1b1b\">\(HTMLText.escaped(text))</text>"
    }
}
