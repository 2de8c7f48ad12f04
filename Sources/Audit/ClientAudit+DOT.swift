extension ClientAudit {
    /// The audit's picture as a Graphviz digraph (`dot -Tsvg`): client → roles → permission
    /// policies → the permissions the calls need → calls, and client → scopes → calls. Edges are
    /// marked by colour, line style and label (`granted`, `missing`, `excess`, `unknown`); call
    /// nodes read `verdict: METHOD /path`.
    public var dot: String {
        let picture = AuditPicture(self)
        var lines = [
            "digraph audit {",
            "    graph [rankdir=LR, labelloc=t, fontname=\"Helvetica\", fontsize=12, label=\(DOT.quoted(picture.title + "\n" + picture.subtitle))];",
            "    node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11, color=\"\(AuditPicture.Tone.plain.stroke)\", fillcolor=\"\(AuditPicture.Tone.plain.fill)\"];",
            "    edge [fontname=\"Helvetica\", fontsize=10, color=\"\(AuditPicture.EdgeKind.link.colour)\"];",
        ]
        for (index, node) in picture.nodes.enumerated() {
            var attributes = [
                "label=\(DOT.quoted([node.label, node.detail].compactMap { $0 }.joined(separator: "\n")))"
            ]
            if node.tone != .plain {
                attributes += ["color=\"\(node.tone.stroke)\"", "fillcolor=\"\(node.tone.fill)\""]
            }
            if node.tone.isDashed { attributes.append("style=\"rounded,filled,dashed\"") }
            lines.append("    \(AuditPicture.id(index)) [\(attributes.joined(separator: ", "))];")
        }
        for column in AuditPicture.Column.allCases {
            let ids = picture.nodes.indices.filter { picture.nodes[$0].column == column }.map(AuditPicture.id)
            if ids.count > 1 { lines.append("    { rank=same; \(ids.joined(separator: "; ")); }") }
        }
        for edge in picture.edges {
            var line = "    \(AuditPicture.id(edge.from)) -> \(AuditPicture.id(edge.to))"
            if let label = edge.kind.label {
                line +=
                    " [label=\"\(label)\", color=\"\(edge.kind.colour)\", fontcolor=\"\(edge.kind.colour)\", style=\(edge.kind.lineStyle)]"
            }
            lines.append(line + ";")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Graphviz quoting.
enum DOT {
    /// `text` as a DOT quoted string: `"` and `\` escaped, line breaks as `\n`.
    static func quoted(_ text: String) -> String {
        var escaped = "\""
        for character in text {
            switch character {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n", "\r\n", "\r": escaped += "\\n"
            default: escaped.append(character)
            }
        }
        return escaped + "\""
    }
}
