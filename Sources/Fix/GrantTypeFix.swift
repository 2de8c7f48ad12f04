import Genesys
import Graph
import Syntax

/// Fixes an `authorized_grant_type` that is a known grant type misspelt with `_` or in lower
/// case (`CLIENT_CREDENTIALS` → `CLIENT-CREDENTIALS`), when written as a literal in the client
/// block.
enum GrantTypeFix {
    static let rule = "invalid-grant-type"

    static func plan(_ client: OAuthClient, into fix: inout ClientFix) {
        guard let attribute = client.grantType, let value = attribute.value.stringValue,
            GrantType(rawValue: value) == nil
        else { return }
        guard let corrected = GrantType.correcting(value) else {
            fix.skip(
                rule, at: attribute.range, "\"\(value)\" is not a grant type spelt differently: choose one by hand")
            return
        }
        if let reason = fix.uneditableReason {
            fix.skip(rule, at: attribute.range, reason)
            return
        }
        guard isStringLiteral(attribute.expression, value) else {
            fix.skip(
                rule, at: attribute.range,
                "authorized_grant_type is not a string literal in the client block: set \"\(corrected.rawValue)\" where the value comes from"
            )
            return
        }
        let range = attribute.expression.range
        guard fix.layout?.text(range.start.byte, range.end.byte) == HCLQuoting.quote(value) else {
            fix.skip(rule, at: attribute.range, ClientFix.changedSinceRead)
            return
        }
        fix.change(
            rule, at: range, "replaced \"\(value)\" with \"\(corrected.rawValue)\"",
            edits: [
                TextEdit(
                    file: fix.file, start: range.start.byte, end: range.end.byte,
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
