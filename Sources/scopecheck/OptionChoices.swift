import Lint
import Report

/// Option values that name one of a fixed set of choices.
enum OptionChoices {
    /// `--format` of `lint`.
    static func reportFormat(_ name: String) throws(UsageError) -> ReportFormat {
        guard let format = ReportFormat(named: name) else {
            let valid = ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")
            throw UsageError("unknown format '\(name)'; valid formats: \(valid)")
        }
        return format
    }

    /// `--fail-on` of `lint`.
    static func failThreshold(_ name: String) throws(UsageError) -> FailThreshold {
        guard let threshold = FailThreshold(named: name) else {
            let valid = FailThreshold.allCases.map(\.rawValue).joined(separator: ", ")
            throw UsageError("unknown --fail-on level '\(name)'; valid: \(valid)")
        }
        return threshold
    }
}
