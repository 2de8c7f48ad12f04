import Genesys
import Graph
import Syntax

/// Fixes an `authorized_grant_type` that is a known grant type misspelt with `_` or in lower
/// case (`CLIENT_CREDENTIALS` → `CLIENT-CREDENTIALS`), where the literal is written: the client
/// block, or the module argument or variable value it comes from.
enum GrantTypeFix {
    static let rule = "invalid-grant-type"

    static func plan(_ client: OAuthClient, into fix: inout BlockFix) {
        guard let attribute = client.grantType, let value = attribute.value.stringValue,
            GrantType(rawValue: value) == nil
        else { return }
        guard let corrected = GrantType.correcting(value) else {
            fix.skip(
                rule, at: attribute.range, "\"\(value)\" is not a grant type spelt differently: choose one by hand")
            return
        }
        let written = client.grantTypeOrigin?.expression ?? attribute.expression
        let range = written.range
        if let reason = fix.uneditableReason(of: range.file) {
            fix.skip(rule, at: range, reason)
            return
        }
        guard isStringLiteral(written, value) else {
            fix.skip(
                rule, at: range,
                "authorized_grant_type is not a string literal here: set \"\(corrected.rawValue)\" where the value comes from"
            )
            return
        }
        guard fix.layout(of: range.file)?.text(range.start.byte, range.end.byte) == HCLQuoting.quote(value) else {
            fix.skip(rule, at: range, BlockFix.changedSinceRead)
            return
        }
        let via = client.grantTypeOrigin?.viaText ?? ""
        fix.change(
            rule, at: range, "replaced \"\(value)\" with \"\(corrected.rawValue)\"\(via)",
            edits: [
                TextEdit(
                    file: range.file, start: range.start.byte, end: range.end.byte,
                    replacement: HCLQuoting.quote(corrected.rawValue))
            ])
    }

    /// Whether `expression` is the quoted string `value` with nothing interpolated.
    static func isStringLiteral(_ expression: Expression, _ value: String) -> Bool {
        guard case .template(let parts) = expression.kind, parts.count == 1,
            case .literal(let text, _) = parts[0]
        else { return false }
        return text == value
    }
}
