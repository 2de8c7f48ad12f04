import Graph

/// Renames `redirect_uris`, which `genesyscloud_oauth_client` does not have, to
/// `registered_redirect_uris`, keeping the `=` where it was when the name's padding allows.
enum RedirectURIsFix {
    static let rule = "unknown-attribute"
    static let wrongName = "redirect_uris"
    static let rightName = "registered_redirect_uris"

    static func plan(_ client: OAuthClient, into fix: inout BlockFix) {
        guard let attribute = client.instance.block.body.attribute(wrongName) else { return }
        let file = attribute.nameRange.file
        if let reason = fix.uneditableReason(of: file) {
            fix.skip(rule, at: attribute.nameRange, reason)
            return
        }
        if client.instance.block.body.attribute(rightName) != nil {
            fix.skip(
                rule, at: attribute.nameRange,
                "\(rightName) is set as well: remove \(wrongName) after merging its values by hand")
            return
        }
        let start = attribute.nameRange.start.byte
        let nameEnd = attribute.nameRange.end.byte
        guard let layout = fix.layout(of: file), layout.text(start, nameEnd) == wrongName,
            let equals = equalsSign(after: nameEnd, in: layout)
        else {
            fix.skip(rule, at: attribute.nameRange, BlockFix.changedSinceRead)
            return
        }
        let width = equals - start
        let padding = equals == nameEnd ? 0 : max(1, width - rightName.utf8.count)
        fix.change(
            rule, at: attribute.nameRange, "renamed \(wrongName) to \(rightName)",
            edits: [
                TextEdit(
                    file: file, start: start, end: equals,
                    replacement: rightName + String(repeating: " ", count: padding))
            ])
    }

    /// The offset of the `=` after the name, when only spaces and tabs come between.
    private static func equalsSign(after offset: Int, in layout: SourceLayout) -> Int? {
        var index = offset
        while index < layout.bytes.count,
            layout.bytes[index] == UInt8(ascii: " ") || layout.bytes[index] == UInt8(ascii: "\t")
        {
            index += 1
        }
        return index < layout.bytes.count && layout.bytes[index] == UInt8(ascii: "=") ? index : nil
    }
}
