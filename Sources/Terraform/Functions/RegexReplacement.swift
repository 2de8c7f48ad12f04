import Foundation
import Syntax

/// `replace(string, "/regex/", replacement)`: every match of the regular expression replaced,
/// with `$1`, `${1}`, `$name`, `${name}` and `$$` expanded in the replacement.
///
/// The expression is matched by ICU (`NSRegularExpression`), which reports progress during long
/// matches, so that a pattern that backtracks exponentially (`(a+)+$`) is stopped after
/// `progressLimit` reports — a fixed amount of work, the same on every run — and its result
/// is unknown instead of a hang. `(?P<name>…)` groups (Go's syntax, which Terraform uses) are
/// read as `(?<name>…)`.
enum RegexReplacement {
    /// How many progress reports of one replacement are allowed (ICU reports about every ten
    /// thousand matching steps; this is a fraction of a second of matching).
    static let progressLimit = 500

    /// The replaced text, or an unknown when the matching was stopped.
    static func replace(_ text: String, pattern: String, with replacement: String) throws(FunctionError) -> Value {
        let icuPattern = pattern.replacing("(?P<", with: "(?<")
        guard let expression = try? NSRegularExpression(pattern: icuPattern) else {
            throw FunctionError("invalid regular expression /\(pattern)/", argument: 1)
        }
        let names = groupNames(in: icuPattern)
        var result = ""
        var position = text.startIndex
        var reports = 0
        var stopped = false
        var tooLong = false
        let whole = NSRange(text.startIndex..., in: text)
        expression.enumerateMatches(in: text, options: [.reportProgress], range: whole) { match, _, stop in
            guard let match else {
                reports += 1
                if reports > progressLimit {
                    stopped = true
                    stop.pointee = true
                }
                return
            }
            guard let range = Range(match.range, in: text) else { return }
            result += text[position..<range.lowerBound]
            result += expand(replacement, match, in: text, names: names)
            position = range.upperBound
            if result.utf8.count > EvaluationBudget.maximumTextBytes {
                tooLong = true
                stop.pointee = true
            }
        }
        if tooLong { try TextLimit.check(result.utf8.count) }
        if stopped {
            return .unknown(
                Unknown(
                    reason: "the regular expression /\(pattern)/ needed too much work to be matched statically",
                    range: nil))
        }
        result += text[position...]
        return .string(result)
    }

    /// The names of the named groups of `pattern`.
    private static func groupNames(in pattern: String) -> Set<String> {
        Set(pattern.matches(of: /\(\?<([A-Za-z][A-Za-z0-9_]*)>/).map { String($0.output.1) })
    }

    /// The replacement with its references to groups expanded.
    private static func expand(
        _ template: String, _ match: NSTextCheckingResult, in text: String, names: Set<String>
    ) -> String {
        func group(_ range: NSRange) -> String {
            guard range.location != NSNotFound, let bounds = Range(range, in: text) else { return "" }
            return String(text[bounds])
        }
        var result = ""
        var characters = Substring(template)
        while let dollar = characters.firstIndex(of: "$") {
            result += characters[..<dollar]
            characters = characters[characters.index(after: dollar)...]
            if characters.first == "$" {
                result += "$"
                characters = characters.dropFirst()
                continue
            }
            let name: Substring
            if characters.first == "{", let close = characters.firstIndex(of: "}") {
                name = characters[characters.index(after: characters.startIndex)..<close]
                characters = characters[characters.index(after: close)...]
            } else {
                name = characters.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                characters = characters.dropFirst(name.count)
            }
            if let index = Int(name) {
                if index < match.numberOfRanges { result += group(match.range(at: index)) }
            } else if names.contains(String(name)) {
                result += group(match.range(withName: String(name)))
            }
        }
        return result + characters
    }
}
