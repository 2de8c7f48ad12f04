import Foundation

extension GrantType {
    /// The grant type a mistyped `authorized_grant_type` value certainly means: the same name
    /// once uppercased with `_` written as `-` (`CLIENT_CREDENTIALS` → `CLIENT-CREDENTIALS`,
    /// `code` → `CODE`). Nil when no grant type is spelt that way: guesses by edit distance are
    /// not corrections.
    public static func correcting(_ value: String) -> GrantType? {
        GrantType(rawValue: value.uppercased().replacingOccurrences(of: "_", with: "-"))
    }
}
