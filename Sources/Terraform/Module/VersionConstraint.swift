import Foundation

/// A Terraform version constraint (`version = "~> 1.84"` in `required_providers`): a
/// comma-separated list of `OPERATOR VERSION` that a version must all meet. Operators are `=`
/// (the default), `!=`, `>`, `>=`, `<`, `<=` and `~>` (only the last written component may grow:
/// `~> 1.84` is `>= 1.84, < 2.0`, `~> 1.84.1` is `>= 1.84.1, < 1.85.0`).
public struct VersionConstraint: Sendable, CustomStringConvertible {
    /// A version as Terraform orders it: numeric components, then an optional pre-release.
    public struct Version: Comparable, Sendable, CustomStringConvertible {
        /// Major, minor and patch; a component not written is 0.
        public var components: [Int]
        /// The pre-release after `-` (`beta1`), empty for a release.
        public var prerelease: String
        /// How many components were written (for `~>`).
        var written: Int

        /// Reads `1`, `1.84`, `v1.84.1`, `1.84.1-beta1`; nil for anything else.
        public init?(_ text: String) {
            var body = Substring(text.trimmingCharacters(in: .whitespaces))
            if body.hasPrefix("v") { body = body.dropFirst() }
            let parts = body.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
            let numbers = parts[0].split(separator: ".", omittingEmptySubsequences: false)
            guard (1...3).contains(numbers.count) else { return nil }
            var components: [Int] = []
            for number in numbers {
                guard !number.isEmpty, number.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(number) else {
                    return nil
                }
                components.append(value)
            }
            written = components.count
            self.components = components + Array(repeating: 0, count: 3 - components.count)
            prerelease = parts.count == 2 ? String(parts[1]) : ""
            if parts.count == 2 && prerelease.isEmpty { return nil }
        }

        public static func < (lhs: Version, rhs: Version) -> Bool {
            if lhs.components != rhs.components { return lhs.components.lexicographicallyPrecedes(rhs.components) }
            // A pre-release comes before its release.
            switch (lhs.prerelease.isEmpty, rhs.prerelease.isEmpty) {
            case (true, true): return false
            case (false, true): return true
            case (true, false): return false
            case (false, false): return lhs.prerelease < rhs.prerelease
            }
        }

        public static func == (lhs: Version, rhs: Version) -> Bool {
            lhs.components == rhs.components && lhs.prerelease == rhs.prerelease
        }

        public var description: String {
            components.map(String.init).joined(separator: ".") + (prerelease.isEmpty ? "" : "-\(prerelease)")
        }
    }

    enum Operator: String {
        case equal = "="
        case notEqual = "!="
        case greater = ">"
        case greaterOrEqual = ">="
        case less = "<"
        case lessOrEqual = "<="
        case pessimistic = "~>"
    }

    private var terms: [(Operator, Version)]
    /// The constraint as written.
    public var description: String

    /// Reads a constraint; nil when a term is not `OPERATOR VERSION`.
    public init?(_ text: String) {
        description = text
        terms = []
        for term in text.split(separator: ",", omittingEmptySubsequences: false) {
            var rest = term.trimmingCharacters(in: .whitespaces)
            var found = Operator.equal
            for candidate in ["~>", ">=", "<=", "!=", ">", "<", "="] where rest.hasPrefix(candidate) {
                found = Operator(rawValue: candidate) ?? .equal
                rest = String(rest.dropFirst(candidate.count))
                break
            }
            guard let version = Version(rest) else { return nil }
            terms.append((found, version))
        }
        if terms.isEmpty { return nil }
    }

    /// Whether `version` meets every term.
    public func isSatisfied(by version: Version) -> Bool {
        terms.allSatisfy { term, bound in
            switch term {
            case .equal: version == bound
            case .notEqual: version != bound
            case .greater: version > bound
            case .greaterOrEqual: version >= bound
            case .less: version < bound
            case .lessOrEqual: version <= bound
            case .pessimistic:
                version >= bound && version < Self.nextBreaking(after: bound)
            }
        }
    }

    /// The first version `~> bound` excludes: the component before the last written one grows.
    private static func nextBreaking(after bound: Version) -> Version {
        var next = bound
        let grow = max(0, min(bound.written, 3) - 2)
        next.components[grow] += 1
        for index in (grow + 1)..<3 { next.components[index] = 0 }
        next.prerelease = ""
        return next
    }
}
