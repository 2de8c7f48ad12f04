import Rules

/// How many findings a report holds per severity, and in how many files.
public struct ReportSummary: Hashable, Sendable {
    public var errors: Int
    public var warnings: Int
    public var notes: Int
    /// The number of distinct files that have at least one finding.
    public var files: Int

    public init(errors: Int, warnings: Int, notes: Int, files: Int) {
        self.errors = errors
        self.warnings = warnings
        self.notes = notes
        self.files = files
    }

    /// The counts of `findings`.
    public init(counting findings: [Finding]) {
        self.init(
            errors: findings.count { $0.severity == .error },
            warnings: findings.count { $0.severity == .warning },
            notes: findings.count { $0.severity == .note },
            files: Set(findings.map(\.range.file)).count)
    }

    /// The total number of findings.
    public var total: Int { errors + warnings + notes }

    /// `3 errors, 1 warning, 0 notes in 2 files`, or `no problems found` when there are none.
    public var line: String {
        guard total > 0 else { return "no problems found" }
        let counts = [
            Self.counted(errors, "error"), Self.counted(warnings, "warning"), Self.counted(notes, "note"),
        ]
        return "\(counts.joined(separator: ", ")) in \(Self.counted(files, "file"))"
    }

    private static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
