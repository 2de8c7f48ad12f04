import Foundation
import Syntax

/// String functions: lower, upper, join, split, replace (plain or `/regex/`), trimspace, trim,
/// trimprefix, trimsuffix, startswith, endswith, substr, format, formatlist.
enum StringFunctions {
    static let all: [String: TerraformFunction] = [
        "lower": TerraformFunction(arguments: 1) { arguments throws(FunctionError) in
            .string(try arguments.string(0).lowercased())
        },
        "upper": TerraformFunction(arguments: 1) { arguments throws(FunctionError) in
            .string(try arguments.string(0).uppercased())
        },
        "join": TerraformFunction(minimum: 2, maximum: nil) { arguments throws(FunctionError) in
            let separator = try arguments.string(0)
            var parts: [String] = []
            for index in 1..<arguments.count { parts += try arguments.stringList(index) }
            let length =
                parts.reduce(0) { $0 + $1.utf8.count } + separator.utf8.count * max(0, parts.count - 1)
            try TextLimit.check(length)
            return .string(parts.joined(separator: separator))
        },
        "split": TerraformFunction(arguments: 2) { arguments throws(FunctionError) in
            let separator = try arguments.string(0)
            let text = try arguments.string(1)
            let pieces = separator.isEmpty ? text.count : text.ranges(of: separator).count + 1
            guard pieces <= EvaluationBudget.maximumElements else {
                throw FunctionError("the result would have more than \(EvaluationBudget.maximumElements) elements")
            }
            if separator.isEmpty { return .list(text.map { .string(String($0)) }) }
            return .list(text.components(separatedBy: separator).map(Value.string))
        },
        "replace": TerraformFunction(arguments: 3) { arguments throws(FunctionError) in
            try replace(try arguments.string(0), try arguments.string(1), try arguments.string(2))
        },
        "trimspace": TerraformFunction(arguments: 1) { arguments throws(FunctionError) in
            .string(try arguments.string(0).trimmingCharacters(in: .whitespacesAndNewlines))
        },
        "trim": TerraformFunction(arguments: 2) { arguments throws(FunctionError) in
            let cutset = Set(try arguments.string(1).unicodeScalars)
            var scalars = Substring(try arguments.string(0)).unicodeScalars
            while let first = scalars.first, cutset.contains(first) { scalars.removeFirst() }
            while let last = scalars.last, cutset.contains(last) { scalars.removeLast() }
            return .string(String(scalars))
        },
        "trimprefix": TerraformFunction(arguments: 2) { arguments throws(FunctionError) in
            let text = try arguments.string(0)
            let prefix = try arguments.string(1)
            return .string(text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text)
        },
        "trimsuffix": TerraformFunction(arguments: 2) { arguments throws(FunctionError) in
            let text = try arguments.string(0)
            let suffix = try arguments.string(1)
            return .string(text.hasSuffix(suffix) ? String(text.dropLast(suffix.count)) : text)
        },
        "startswith": TerraformFunction(arguments: 2) { arguments throws(FunctionError) in
            .bool(try arguments.string(0).hasPrefix(try arguments.string(1)))
        },
        "endswith": TerraformFunction(arguments: 2) { arguments throws(FunctionError) in
            .bool(try arguments.string(0).hasSuffix(try arguments.string(1)))
        },
        "substr": TerraformFunction(arguments: 3) { arguments throws(FunctionError) in
            try substring(arguments)
        },
        "format": TerraformFunction(minimum: 1, maximum: nil) { arguments throws(FunctionError) in
            .string(try StringFormatter.format(try arguments.string(0), Array(arguments.values.dropFirst())))
        },
        "formatlist": TerraformFunction(minimum: 1, maximum: nil) { arguments throws(FunctionError) in
            try formatList(arguments)
        },
    ]

    /// `substr(string, offset, length)` in characters; a negative offset counts from the end and
    /// a length of -1 takes the rest.
    private static func substring(_ arguments: FunctionArguments) throws(FunctionError) -> Value {
        let characters = Array(try arguments.string(0))
        var offset = try arguments.integer(1)
        let length = try arguments.integer(2)
        if offset < 0 { offset += characters.count }
        guard offset >= 0, offset <= characters.count else {
            throw FunctionError("offset \(try arguments.integer(1)) is out of range", argument: 1)
        }
        guard length >= -1 else { throw FunctionError("the length must be -1 or more", argument: 2) }
        let end = length == -1 ? characters.count : min(characters.count, offset + length)
        return .string(String(characters[offset..<end]))
    }

    /// `replace(string, search, replacement)`; a search wrapped in slashes is a regular
    /// expression (`RegexReplacement`).
    private static func replace(_ text: String, _ search: String, _ replacement: String) throws(FunctionError)
        -> Value
    {
        guard search.count > 1, search.hasPrefix("/"), search.hasSuffix("/") else {
            guard !search.isEmpty else { return .string(text) }
            let growth = replacement.utf8.count - search.utf8.count
            if growth > 0 { try TextLimit.check(text.utf8.count + text.ranges(of: search).count * growth) }
            return .string(text.replacingOccurrences(of: search, with: replacement))
        }
        return try RegexReplacement.replace(
            text, pattern: String(search.dropFirst().dropLast()), with: replacement)
    }

    /// `formatlist(spec, values...)`: lists must share one length; other values repeat.
    private static func formatList(_ arguments: FunctionArguments) throws(FunctionError) -> Value {
        let spec = try arguments.string(0)
        let values = Array(arguments.values.dropFirst())
        var length: Int?
        for (index, value) in values.enumerated() {
            guard case .list(let items) = value else { continue }
            if let length, length != items.count {
                throw FunctionError("all list arguments must have the same length", argument: index + 1)
            }
            length = items.count
        }
        let count = length ?? 1
        var result: [Value] = []
        var total = 0
        for row in 0..<count {
            let rowValues = values.map { value -> Value in
                if case .list(let items) = value { return items[row] }
                return value
            }
            let text = try StringFormatter.format(spec, rowValues)
            total += text.utf8.count
            try TextLimit.check(total)
            result.append(.string(text))
        }
        return .list(result)
    }
}

/// The budget's text limit for the strings functions build.
enum TextLimit {
    /// Throws when a result of `length` UTF-8 bytes would pass `EvaluationBudget.maximumTextBytes`.
    static func check(_ length: Int) throws(FunctionError) {
        guard length > EvaluationBudget.maximumTextBytes else { return }
        throw FunctionError("the result would be more than \(EvaluationBudget.maximumTextBytes >> 20) MB of text")
    }
}
