/// Whether a name (an argument, a variable, a module input, a credential field) says that its
/// value is a secret: one of its words (split at `_`, `-`, `.` and camelCase) is `secret`,
/// `password`, `passwd`, `pwd`, `passphrase`, `token` or `apikey`, or `key` after `api`,
/// `private`, `access`, `secret` or `signing` — unless its last word says the value is about
/// the secret rather than the secret itself (`secret_id`, `token_url`, `password_policy`,
/// `token_validity`).
public enum SecretName {
    private static let secretWords: Set<String> = [
        "secret", "password", "passwd", "pwd", "passphrase", "token", "apikey",
    ]
    private static let keyQualifiers: Set<String> = ["api", "private", "access", "secret", "signing"]
    /// Last words that name something about a secret: where it is, what kind, how long it lives.
    private static let aboutWords: Set<String> = [
        "age", "arn", "count", "days", "description", "duration", "enabled", "endpoint", "expiration", "expires",
        "expiry", "file", "format", "header", "hint", "hours", "id", "ids", "interval", "label", "length",
        "lifetime", "minutes", "name", "names", "path", "policy", "prefix", "rotation", "seconds", "source",
        "timeout", "ttl", "type", "uri", "url", "validity", "version",
    ]

    /// Whether `name` says its value is a secret.
    public static func saysSecret(_ name: String) -> Bool {
        guard mayNameASecret(name) else { return false }
        let words = self.words(of: name)
        guard let last = words.last, !aboutWords.contains(last) else { return false }
        for (index, word) in words.enumerated() {
            if secretWords.contains(word) { return true }
            if word == "key", index > 0, keyQualifiers.contains(words[index - 1]) { return true }
        }
        return false
    }

    /// Fragments every name that says secret contains, in lower case.
    private static let fragments: [[UInt8]] = ["secret", "pass", "pwd", "token", "key"].map { Array($0.utf8) }

    /// Whether `name` contains one of `fragments` in any case: a test that needs no allocation,
    /// for the many names that say nothing of secrets.
    private static func mayNameASecret(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { bytes in
            for start in bytes.indices {
                for fragment in fragments where start + fragment.count <= bytes.count {
                    var matches = true
                    for (offset, expected) in fragment.enumerated() where bytes[start + offset] | 0x20 != expected {
                        matches = false
                        break
                    }
                    if matches { return true }
                }
            }
            return false
        }
    }

    /// The lowercased words of `name`: split at `_`, `-`, `.`, spaces and lower-to-upper case
    /// changes (`clientSecret` → `client`, `secret`; `APIKey` → `apikey`). Names are ASCII in
    /// practice; other bytes count as lowercase letters.
    static func words(of name: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        var previousWasLower = false
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: " "):
                if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
                previousWasLower = false
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if previousWasLower, !current.isEmpty {
                    words.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
                current.append(byte + 32)
                previousWasLower = false
            default:
                current.append(byte)
                previousWasLower = true
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }
}
