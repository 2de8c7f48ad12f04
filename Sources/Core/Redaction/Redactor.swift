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
    /// Secrets this long or shorter (in UTF-8 bytes) are replaced only as whole words.
    public static let shortSecretLength = 5

    /// The secrets, longest first, each once; empty and blank values are never secrets.
    public let secrets: [String]
    /// The masked ranges by file.
    let maskedRanges: [String: [SourceRange]]
    private let matcher: SecretMatcher

    /// A redactor that changes nothing.
    public static let none = Redactor()

    public init(secrets: some Sequence<String> = [String](), maskedRanges: [SourceRange] = []) {
        var unique = Set<String>()
        for secret in secrets where !secret.allSatisfy(\.isWhitespace) { unique.insert(secret) }
        self.secrets = unique.sorted { $0.utf8.count != $1.utf8.count ? $0.utf8.count > $1.utf8.count : $0 < $1 }
        self.maskedRanges = Dictionary(grouping: maskedRanges, by: \.file)
        matcher = SecretMatcher(secrets: self.secrets, wholeWordLength: Self.shortSecretLength)
    }

    /// Whether this redactor changes nothing.
    public var isEmpty: Bool { matcher.isEmpty && maskedRanges.isEmpty }

    /// `text` with every secret replaced by `(sensitive)` (overlapping secrets by one).
    public func redact(_ text: String) -> String {
        guard !matcher.isEmpty else { return text }
        let bytes = Array(text.utf8)
        let covered = matcher.coveredRanges(in: bytes)
        guard !covered.isEmpty else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var copied = 0
        for range in covered {
            result += bytes[copied..<range.lowerBound]
            result += Redaction.placeholder.utf8
            copied = range.upperBound
        }
        result += bytes[copied...]
        return String(decoding: result, as: UTF8.self)
    }

    /// The lines of `file` (line 1 first) with the masked ranges blanked and the secrets replaced.
    public func redactLines(_ lines: [String], of file: String) -> [String] {
        let ranges = maskedRanges[file] ?? []
        return lines.enumerated().map { offset, line in
            let number = offset + 1
            let onLine = ranges.filter { $0.start.line <= number && $0.end.line >= number }
            return redact(onLine.isEmpty ? line : Self.mask(line, number: number, ranges: onLine))
        }
    }

    /// `line` (line `number`) with the parts `ranges` cover replaced by `(sensitive)`.
    private static func mask(_ line: String, number: Int, ranges: [SourceRange]) -> String {
        var scalars = Array(line.unicodeScalars)
        let spans = ranges.compactMap { range -> Range<Int>? in
            let start = min(range.start.line == number ? max(0, range.start.column - 1) : 0, scalars.count)
            let end = min(range.end.line == number ? max(start, range.end.column - 1) : scalars.count, scalars.count)
            return start < end ? start..<end : nil
        }
        for span in merged(spans).reversed() {
            scalars.replaceSubrange(span, with: Redaction.placeholder.unicodeScalars)
        }
        var masked = String.UnicodeScalarView()
        masked.append(contentsOf: scalars)
        return String(masked)
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
