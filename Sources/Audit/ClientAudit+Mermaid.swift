extension ClientAudit {
    /// The audit's picture as a Mermaid `flowchart LR`, for a ```` ```mermaid ```` block of GitHub
    /// Markdown: the same nodes and edges as `dot`, edges labelled `granted`, `missing`, `excess`
    /// or `unknown`, colours by `classDef` and `linkStyle`.
    public var mermaid: String {
        let picture = AuditPicture(self)
        var lines = ["flowchart LR"]
        for (index, node) in picture.nodes.enumerated() {
            let text = [node.label, node.detail].compactMap { $0 }.map(Mermaid.escaped).joined(separator: "<br/>")
            lines.append("    \(AuditPicture.id(index))[\"\(text)\"]")
        }
        for edge in picture.edges {
            let arrow =
                switch edge.kind {
                case .link: "-->"
                case .granted: "-->|granted|"
                case .missing: "-.->|missing|"
                case .excess: "-.->|excess|"
                case .unknown: "-.->|unknown|"
                }
            lines.append("    \(AuditPicture.id(edge.from)) \(arrow) \(AuditPicture.id(edge.to))")
        }
        for tone in AuditPicture.Tone.allCases where tone != .plain {
            let dash = tone.isDashed ? ",stroke-dasharray: 5 5" : ""
            lines.append("    classDef \(tone.rawValue) fill:\(tone.fill),stroke:\(tone.stroke),color:#1b1b1b\(dash)")
        }
        for tone in AuditPicture.Tone.allCases where tone != .plain {
            let ids = picture.nodes.indices.filter { picture.nodes[$0].tone == tone }.map(AuditPicture.id)
            if !ids.isEmpty { lines.append("    class \(ids.joined(separator: ",")) \(tone.rawValue)") }
        }
        for kind in AuditPicture.EdgeKind.allCases where kind != .link {
            let indices = picture.edges.indices.filter { picture.edges[$0].kind == kind }.map(String.init)
            if !indices.isEmpty {
                lines.append(
                    "    linkStyle \(indices.joined(separator: ",")) stroke:\(kind.colour),color:\(kind.colour)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Mermaid label escaping.
enum Mermaid {
    /// `text` safe inside a quoted Mermaid label: `#`, `"`, `<`, `>`, `&` and backticks as entity
    /// codes (`#quot;`), line breaks as spaces.
    static func escaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "#": escaped += "#35;"
            case "\"": escaped += "#quot;"
            case "<": escaped += "#lt;"
            case ">": escaped += "#gt;"
            case "&": escaped += "#amp;"
            case "`": escaped += "#96;"
            case "\n", "\r\n", "\r": escaped += " "
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
