extension ClientAudit {
    /// The page as one self-contained HTML5 file: inline style, an inline SVG picture laid out by
    /// scopecheck, the facts, scopes, roles and calls tables, findings, the least-privilege change
    /// and notes. No script, no external font, image or stylesheet, no URL; the same bytes for
    /// the same audit.
    public var html: String {
        let title = HTMLText.escaped("OAuth client audit: \(identity.label)")
        var lines = [
            "<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", "<title>\(title)</title>",
            "<style>", HTMLText.style, "</style>", "</head>", "<body>", "<main>", "<h1>\(title)</h1>",
            "<p class=\"verdict \(calls.isEmpty ? "note" : verdict.rawValue)\"><strong>Verdict:</strong> \(HTMLText.escaped(verdictSentence))</p>",
        ]
        lines += HTMLText.table(factsTable, className: "facts")
        lines += ["<h2>Picture</h2>", "<figure>", AuditSVG.render(AuditPicture(self)), "</figure>"]
        lines.append("<h2>Scopes</h2>")
        lines += scopes.isEmpty ? ["<p>None.</p>"] : HTMLText.table(scopesTable, className: "scopes")
        lines.append("<h2>Roles</h2>")
        lines += roles.isEmpty ? ["<p>None.</p>"] : HTMLText.table(rolesTable, className: "roles")
        lines.append("<h2>Calls</h2>")
        lines += calls.isEmpty ? ["<p>None known.</p>"] : HTMLText.table(callsTable, className: "calls")
        if !findings.isEmpty {
            lines += ["<h2>Findings</h2>", "<ul class=\"findings\">"]
            lines += findings.map { finding in
                let severity = HTMLText.escaped(finding.severity.rawValue)
                return
                    "<li><strong class=\"\(severity)\">\(severity)</strong> <code>\(HTMLText.escaped(finding.rule))</code> at <code>\(HTMLText.escaped(finding.range.description))</code>: \(HTMLText.escaped(finding.message))</li>"
            }
            lines.append("</ul>")
        }
        lines.append("<h2>Least-privilege change</h2>")
        let diff = changeDiffLines
        if !diff.isEmpty {
            let spans = diff.map {
                "<span class=\"\($0.hasPrefix("+") ? "add" : "remove")\">\(HTMLText.escaped($0))</span>"
            }
            lines.append("<pre class=\"diff\">" + spans.joined(separator: "\n") + "</pre>")
        }
        if !changeRemarks.isEmpty {
            lines += ["<ul class=\"remarks\">"] + changeRemarks.map { "<li>\(HTMLText.escaped($0))</li>" } + ["</ul>"]
        }
        if !notes.isEmpty {
            lines += ["<h2>Notes</h2>", "<ul class=\"notes\">"] + notes.map { "<li>\(HTMLText.escaped($0))</li>" }
            lines.append("</ul>")
        }
        lines += ["</main>", "</body>", "</html>"]
        return lines.joined(separator: "\n") + "\n"
    }
}

/// HTML escaping, tables and the page's style.
enum HTMLText {
    /// `text` safe in HTML text and attribute values: `&`, `<`, `>`, `"` and `'` as references.
    static func escaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// A table; a cell's lines are joined by `<br>`. A `Verdict` or `Status` cell gets its word
    /// as a class too, for its colour.
    static func table(_ table: AuditTable, className: String) -> [String] {
        var lines = ["<table class=\"\(className)\">", "<thead>"]
        lines.append("<tr>" + table.headers.map { "<th scope=\"col\">\(escaped($0))</th>" }.joined() + "</tr>")
        lines += ["</thead>", "<tbody>"]
        for row in table.rows {
            let cells = zip(table.headers, row).map { header, cell in
                let words = cell.map(line).joined(separator: "<br>")
                let marked = header == "Verdict" || header == "Status"
                return marked ? "<td class=\"mark \(words)\">\(words)</td>" : "<td>\(words)</td>"
            }
            lines.append("<tr>" + cells.joined() + "</tr>")
        }
        return lines + ["</tbody>", "</table>"]
    }

    private static func line(_ spans: [AuditTable.Span]) -> String {
        spans.map { span in
            switch span {
            case .text(let text): escaped(text)
            case .code(let text): "<code>\(escaped(text))</code>"
            }
        }.joined()
    }

    static let style = """
        body { margin: 2rem; color: #1b1b1b; background: #ffffff; line-height: 1.45;
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
        main { max-width: 90rem; }
        h1 { font-size: 1.5rem; overflow-wrap: anywhere; }
        h2 { font-size: 1.2rem; margin-top: 2rem; }
        code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; }
        table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
        th, td { border: 1px solid #d0d0d0; padding: 0.3rem 0.6rem; text-align: left; vertical-align: top;
          overflow-wrap: anywhere; }
        th, td.mark { overflow-wrap: normal; white-space: nowrap; }
        th { background: #f3f3f3; }
        figure { margin: 0; overflow-x: auto; }
        svg.picture { max-width: 100%; height: auto; }
        .verdict { padding: 0.5rem 0.8rem; border-left: 0.4rem solid #424242; background: #f5f5f5; }
        .allowed, .used { color: #1b5e20; background: #e8f5e9; border-color: #2e7d32; }
        .denied, .error { color: #b71c1c; background: #ffebee; border-color: #c62828; }
        .unknown, .warning { color: #7a4a00; background: #fff8e1; border-color: #b26a00; }
        .excess, .ignored, .note { color: #424242; background: #f5f5f5; border-color: #757575; }
        td.mark { font-weight: 600; }
        pre.diff { padding: 0.6rem 0.8rem; background: #f6f8fa; border: 1px solid #d0d0d0; }
        pre.diff .add { color: #1b5e20; }
        pre.diff .remove { color: #b71c1c; }
        """
}
