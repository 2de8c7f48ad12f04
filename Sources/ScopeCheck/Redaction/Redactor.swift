/// Keeps sensitive values out of everything scopecheck prints. It knows two things:
///
/// - **secrets**: the text of sensitive values (see `Redactor(configurations:schema:)`), replaced
///   by `(sensitive)` wherever they occur in a message, a fix, an address or a source line.
///   Secrets of `shortSecretLength` scalars or fewer are replaced only where they stand alone
///   (not inside a longer word), so a short value does not garble unrelated text; longer ones
///   are replaced wherever they occur.
/// - **masked ranges**: source ranges where a sensitive value is written literally (the
///   `default` of a sensitive variable, its `.tfvars` argument, a `client_secret`), blanked out
///   as `(sensitive)` in source excerpts whatever the text there.
///
/// A redactor with neither changes nothing.
public struct Redactor: Sendable {
    /// Secrets this long or shorter are replaced only as whole words.
    public static let shortSecretLength = 5

    /// The secrets, longest first, each once; empty and blank values are never secrets.
    public let secrets: [String]
    /// The masked ranges by file.
    let maskedRanges: [String: [SourceRange]]

    /// A redactor that changes nothing.
    public static let none = Redactor()

    public init(secrets: some Sequence<String> = [String](), maskedRanges: [SourceRange] = []) {
        var unique = Set<String>()
        for secret in secrets where !secret.allSatisfy(\.isWhitespace) { unique.insert(secret) }
        self.secrets = unique.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
        self.maskedRanges = Dictionary(grouping: maskedRanges, by: \.file)
    }

    /// Whether this redactor changes nothing.
    public var isEmpty: Bool { secrets.isEmpty && maskedRanges.isEmpty }

    /// Both redactors' secrets and masked ranges.
    public func merging(_ other: Redactor) -> Redactor {
        Redactor(
            secrets: secrets + other.secrets,
            maskedRanges: maskedRanges.values.flatMap { $0 } + other.maskedRanges.values.flatMap { $0 })
    }

    /// `text` with every secret replaced by `(sensitive)`.
    public func redact(_ text: String) -> String {
        guard !secrets.isEmpty else { return text }
        var bytes = Array(text.utf8)
        var changed = false
        for secret in secrets {
            let secretBytes = Array(secret.utf8)
            guard
                let replaced = Self.replace(
                    secretBytes, in: bytes, wholeWordsOnly: secret.count <= Self.shortSecretLength)
            else { continue }
            bytes = replaced
            changed = true
        }
        return changed ? String(decoding: bytes, as: UTF8.self) : text
    }

    /// The UTF-8 of `(sensitive)`.
    private static let placeholderBytes = Array(Redaction.placeholder.utf8)

    /// `text` with the occurrences of `secret` replaced (all of them, or only those not joined
    /// to a letter, digit, `_` or `-` on either side); nil when there is none.
    private static func replace(_ secret: [UInt8], in text: [UInt8], wholeWordsOnly: Bool) -> [UInt8]? {
        guard let first = secret.first, secret.count <= text.count else { return nil }
        var result: [UInt8] = []
        var copied = 0
        var index = 0
        let last = text.count - secret.count
        while index <= last {
            guard text[index] == first, text[index..<index + secret.count].elementsEqual(secret) else {
                index += 1
                continue
            }
            let end = index + secret.count
            if wholeWordsOnly,
                (index > 0 && isWordByte(text[index - 1])) || (end < text.count && isWordByte(text[end]))
            {
                index += 1
                continue
            }
            result += text[copied..<index]
            result += placeholderBytes
            copied = end
            index = end
        }
        guard copied > 0 else { return nil }
        return result + text[copied...]
    }

    /// Letters, digits, `_`, `-` and every byte of a non-ASCII character.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || UTF8Scalars.isASCIIIdentifierContinue(byte)
    }

    /// `line` (line `number` of `file`) with the masked ranges on it blanked and the secrets in it
    /// replaced.
    public func redactLine(_ line: String, number: Int, of file: String) -> String {
        var scalars = Array(line.unicodeScalars)
        let spans = (maskedRanges[file] ?? []).compactMap { range -> Range<Int>? in
            guard range.start.line <= number, range.end.line >= number else { return nil }
            let start = range.start.line == number ? max(0, range.start.column - 1) : 0
            let end = range.end.line == number ? max(start, range.end.column - 1) : scalars.count
            let clampedStart = min(start, scalars.count)
            let clampedEnd = min(max(end, clampedStart), scalars.count)
            return clampedStart < clampedEnd ? clampedStart..<clampedEnd : nil
        }
        for span in Self.merged(spans).reversed() {
            scalars.replaceSubrange(span, with: Redaction.placeholder.unicodeScalars)
        }
        var masked = String.UnicodeScalarView()
        masked.append(contentsOf: scalars)
        return redact(String(masked))
    }

    /// Overlapping or touching spans joined, in ascending order.
    private static func merged(_ spans: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for span in spans.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, span.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, span.upperBound)
            } else {
                result.append(span)
            }
        }
        return result
    }
}
