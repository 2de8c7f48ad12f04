extension ClientAudit {
    /// The page as GitHub Markdown, for a pull-request comment or `$GITHUB_STEP_SUMMARY`: heading,
    /// verdict, facts, the Mermaid picture, the scopes, roles and calls tables, findings, the
    /// least-privilege change as a `diff` block, and notes.
    public var markdown: String {
        var lines = ["## OAuth client audit: \(MarkdownText.escaped(identity.label))", ""]
        lines.append("**Verdict:** \(MarkdownText.escaped(verdictSentence))")
        lines.append("")
        lines += MarkdownText.table(factsTable)
        lines += ["", "### Picture", ""] + MarkdownText.fenced(mermaid, language: "mermaid")
        lines += ["", "### Scopes", ""] + (scopes.isEmpty ? ["None."] : MarkdownText.table(scopesTable))
        lines += ["", "### Roles", ""] + (roles.isEmpty ? ["None."] : MarkdownText.table(rolesTable))
        lines += ["", "### Calls", ""] + (calls.isEmpty ? ["None known."] : MarkdownText.table(callsTable))
        if !findings.isEmpty {
            lines += ["", "### Findings", ""]
            lines += findings.map { finding in
                "- **\(finding.severity.rawValue)** \(MarkdownText.code(finding.rule, inTable: false)) at "
                    + "\(MarkdownText.code(finding.range.description, inTable: false)): \(MarkdownText.escaped(finding.message))"
            }
        }
        lines += ["", "### Least-privilege change", ""]
        let diff = changeDiffLines
        if !diff.isEmpty { lines += MarkdownText.fenced(diff.joined(separator: "\n") + "\n", language: "diff") }
        if !diff.isEmpty, !changeRemarks.isEmpty { lines.append("") }
        lines += changeRemarks.map { "- \(MarkdownText.escaped($0))" }
        if !notes.isEmpty {
            lines += ["", "### Notes", ""] + notes.map { "- \(MarkdownText.escaped($0))" }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// GitHub Markdown escaping and blocks.
enum MarkdownText {
    /// `text` as literal Markdown: the characters that could start markup or end a table cell
    /// backslash-escaped (`_` only at a word's edge, `#` only first), line breaks as spaces.
    static func escaped(_ text: String) -> String {
        let characters = Array(text)
        var escaped = ""
        for (index, character) in characters.enumerated() {
            switch character {
            case "\\", "`", "*", "[", "]", "<", ">", "|", "~", "&": escaped += "\\\(character)"
            case "_" where !isInWord(characters, index): escaped += "\\_"
            case "#" where index == 0: escaped += "\\#"
            case "\n", "\r\n", "\r": escaped += " "
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// Whether the character at `index` has a letter or digit on both sides (an `_` there starts
    /// no emphasis).
    private static func isInWord(_ characters: [Character], _ index: Int) -> Bool {
        index > 0 && index + 1 < characters.count && characters[index - 1].isLetterOrDigit
            && characters[index + 1].isLetterOrDigit
    }

    /// `text` as a code span; in a table, `|` escaped so it stays in its cell.
    static func code(_ text: String, inTable: Bool = true) -> String {
        var flat = text.replacingOccurrences(of: "\n", with: " ")
        if inTable { flat = flat.replacingOccurrences(of: "|", with: "\\|") }
        let fence = flat.contains("`") ? "``" : "`"
        let pad = flat.hasPrefix("`") || flat.hasSuffix("`") ? " " : ""
        return fence + pad + flat + pad + fence
    }

    /// `text` in a fenced block whose fence is longer than any backtick run in it.
    static func fenced(_ text: String, language: String) -> [String] {
        var longest = 0
        var run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        let body = text.hasSuffix("\n") ? String(text.dropLast()) : text
        return [fence + language, body, fence]
    }

    /// A GitHub table; a cell's lines are joined by `<br>`.
    static func table(_ table: AuditTable) -> [String] {
        let header = "| " + table.headers.map(escaped).joined(separator: " | ") + " |"
        let rule = "|" + String(repeating: " --- |", count: table.headers.count)
        let rows = table.rows.map { row in
            "| " + row.map { cell in cell.map(line).joined(separator: "<br>") }.joined(separator: " | ") + " |"
        }
        return [header, rule] + rows
    }

    private static func line(_ spans: [AuditTable.Span]) -> String {
        spans.map { span in
            switch span {
            case .text(let text): escaped(text)
            case .code(let text): code(text)
            }
        }.joined()
    }
}

extension Character {
    fileprivate var isLetterOrDigit: Bool { isLetter || isNumber }
}
