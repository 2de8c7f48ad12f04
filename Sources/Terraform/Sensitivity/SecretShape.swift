import Foundation

/// What a string written where a secret goes is, judged by its shape alone (never by a list of
/// known values). See `docs/credentials.md`.
public enum SecretShape: Hashable, Sendable {
    /// Stands in for a secret someone is to fill in: empty; prose (it has a space); a
    /// reference to fill (`<client secret>`, `{{secret}}`, `${SECRET}`, `$SECRET`, `%SECRET%`,
    /// `[secret]`); one character over and over (`xxx`, `********`); a counting run
    /// (`123456`, `abcd`); or words (`changeme`, `your-client-secret`, `YOUR_SECRET`,
    /// `somePassword`, `redacted-xxxx`).
    case placeholder
    /// The form Genesys Cloud gives client secrets: 43 characters of URL-safe base64 (32
    /// random bytes) with upper and lower case letters and digits.
    case genesysClientSecret
    /// Anything else: a real secret, however weak (`initialP@ssW0rd`, `hunter2`).
    case secret

    /// The shape of `text`.
    public init(of text: String) {
        if Self.looksLikeGenesysClientSecret(text) {
            self = .genesysClientSecret
        } else if Self.isPlaceholder(text) {
            self = .placeholder
        } else {
            self = .secret
        }
    }

    /// Whether `text` has the form of a Genesys Cloud client secret, wherever it is written.
    public static func looksLikeGenesysClientSecret(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 43 else { return false }
        var upper = false
        var lower = false
        var digit = false
        for scalar in scalars {
            switch scalar {
            case "A"..."Z": upper = true
            case "a"..."z": lower = true
            case "0"..."9": digit = true
            case "-", "_": continue
            default: return false
            }
        }
        // Random bytes use most of the alphabet; a word repeated or a pattern does not.
        return upper && lower && digit && Set(scalars).count >= 20
    }

    private static func isPlaceholder(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return true }
        // Prose: whitespace between the words.
        if scalars[first...last].contains(where: \.properties.isWhitespace) { return true }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[first...last])
        let trimmed = String(view)
        if isReferenceToFill(trimmed) { return true }
        let alphanumerics = Array(trimmed.unicodeScalars).filter {
            $0.properties.isAlphabetic || ("0"..."9").contains($0)
        }
        if Set(alphanumerics.map { $0.properties.lowercaseMapping }).count <= 1 { return true }
        if isCountingRun(alphanumerics) { return true }
        return isWords(trimmed)
    }

    /// `<…>`, `[…]`, `{…}`, `${NAME}`, `$NAME`, `%NAME%`: a marker for a value to put there.
    private static func isReferenceToFill(_ text: String) -> Bool {
        let pairs: [(Character, Character)] = [("<", ">"), ("[", "]"), ("{", "}"), ("%", "%")]
        if text.count >= 2, let first = text.first, let last = text.last,
            pairs.contains(where: { $0.0 == first && $0.1 == last })
        {
            return true
        }
        guard text.hasPrefix("$") else { return false }
        let name = text.dropFirst().trimmingCharacters(in: CharacterSet(charactersIn: "{}"))
        return !name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == ":" }
    }

    /// Three or more letters or digits, each the one after the last (`123456`, `abcdef`).
    private static func isCountingRun(_ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.count >= 3 else { return false }
        let values = scalars.map { $0.properties.lowercaseMapping.unicodeScalars.first?.value ?? $0.value }
        return zip(values, values.dropFirst()).allSatisfy { $1 == $0 + 1 || ($0 == 0x39 && $1 == 0x30) }
    }

    /// Letters only, split into words at `-`, `_`, `.`, `/` and camelCase, each word a word
    /// (a vowel in every word of three letters or more, no five consonants in a row) or one
    /// letter over and over, three letters a word on average.
    private static func isWords(_ text: String) -> Bool {
        guard text.allSatisfy({ $0.isLetter || "-_./".contains($0) }) else { return false }
        let words = SecretName.words(of: text.replacingOccurrences(of: "/", with: "-"))
        guard !words.isEmpty, words.map(\.count).reduce(0, +) >= 3 * words.count else { return false }
        return words.allSatisfy { word in
            if Set(word).count == 1 { return true }
            var consonants = 0
            var vowels = 0
            for character in word {
                if "aeiouy".contains(character) {
                    vowels += 1
                    consonants = 0
                } else {
                    consonants += 1
                    if consonants >= 5 { return false }
                }
            }
            return word.count < 3 || vowels > 0
        }
    }
}
