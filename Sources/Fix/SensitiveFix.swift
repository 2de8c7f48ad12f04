import Core
import Graph
import Syntax

/// Adds `sensitive = true` to a variable or an output that carries a secret, as one inserted
/// line before the block's closing brace, where `terraform fmt` leaves it as it is: aligned with
/// the attribute above when that one's `=` is far enough right, else after a blank line (a new
/// alignment group).
enum SensitiveFix {
    static let variableRule = "variable-not-sensitive"
    static let outputRule = "output-not-sensitive"
    private static let line = "sensitive"

    /// The fix of a variable that carries a secret.
    static func plan(_ unmarked: UnmarkedSecretVariable, sources: SourceStore) -> BlockFix {
        let variable = unmarked.variable
        var fix = BlockFix(address: "var.\(variable.name)", sources: sources)
        plan(variable.block, rule: variableRule, at: variable.nameRange, into: &fix)
        return fix
    }

    /// The fix of an output that reads a secret.
    static func plan(_ unmarked: UnmarkedSecretOutput, sources: SourceStore) -> BlockFix {
        let output = unmarked.output
        var fix = BlockFix(address: "\(unmarked.modulePrefix)output.\(output.name)", sources: sources)
        plan(output.block, rule: outputRule, at: output.nameRange, into: &fix)
        return fix
    }

    private static func plan(_ block: Block, rule: String, at range: SourceRange, into fix: inout BlockFix) {
        let file = block.range.file
        if let reason = fix.uneditableReason(of: file) {
            fix.skip(rule, at: range, reason)
            return
        }
        let closing = block.range.end.byte - 1
        guard let layout = fix.layout(of: file), layout.text(closing, closing + 1) == "}" else {
            fix.skip(rule, at: range, BlockFix.changedSinceRead)
            return
        }
        guard layout.startsLine(closing), block.range.start.line < block.range.end.line else {
            fix.skip(rule, at: range, "a one-line block: add sensitive = true by hand")
            return
        }
        let lineBreak = layout.lineBreak(at: closing)
        let last =
            (block.body.attributes.map { ($0.range, $0 as Attribute?) } + block.body.blocks.map { ($0.range, nil) })
            .max { $0.0.end.byte < $1.0.end.byte }
        let indentation = last.map { layout.indentation($0.0.start.byte) } ?? layout.indentation(closing) + "  "
        var text = indentation + line + " = true" + lineBreak
        if let (_, attribute) = last, let attribute {
            if let width = alignedWidth(of: attribute, in: layout), width > line.utf8.count {
                text =
                    indentation + line + String(repeating: " ", count: width - line.utf8.count) + "= true" + lineBreak
            } else {
                text = lineBreak + text
            }
        }
        fix.change(
            rule, at: range, "added sensitive = true",
            edits: [.insert(text, in: file, at: layout.lineStart(closing))])
    }

    /// For a one-line attribute that starts its line, the width from its name to its `=`.
    private static func alignedWidth(of attribute: Attribute, in layout: SourceLayout) -> Int? {
        guard attribute.range.start.line == attribute.range.end.line, layout.startsLine(attribute.nameRange.start.byte)
        else { return nil }
        var index = attribute.nameRange.end.byte
        while let next = layout.text(index, index + 1), next == " " || next == "\t" { index += 1 }
        guard layout.text(index, index + 1) == "=" else { return nil }
        return index - attribute.nameRange.start.byte
    }
}
