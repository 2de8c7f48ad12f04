extension FixPlan {
    /// The unified diff of every file the plan edits, files in path order.
    public var diff: String {
        files.compactMap { file in
            guard let original = originals[file], let updated = updated(file) else { return nil }
            return UnifiedDiff.render(old: original, new: updated, path: file)
        }.joined()
    }

    /// One line per change made (`fixed`) or left alone (`not fixed`), in file and position
    /// order: `main.tf:16:28: fixed (unknown-scope): replaced ... in genesyscloud_oauth_client.x`.
    /// `applied` false words the changes as what would be done (for `--dry-run`).
    public func lines(applied: Bool = true) -> [String] {
        let verb = applied ? "fixed" : "would fix"
        let entries =
            changes.map { (range: $0.range, text: "\(verb) (\($0.rule)) in \($0.address): \($0.message)") }
            + skipped.map { (range: $0.range, text: "not fixed (\($0.rule)) in \($0.address): \($0.reason)") }
        return entries.enumerated().sorted { lhs, rhs in
            (lhs.element.range, lhs.offset) < (rhs.element.range, rhs.offset)
        }.map { "\($0.element.range.description): \($0.element.text)" }
    }
}
