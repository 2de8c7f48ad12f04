import Core

extension Redactor {
    /// The finding with its message, fix and address redacted.
    public func redact(_ finding: Finding) -> Finding {
        guard !secrets.isEmpty else { return finding }
        var redacted = finding
        redacted.message = redact(finding.message)
        redacted.fix = finding.fix.map(redact)
        redacted.address = finding.address.map(redact)
        redacted.related = finding.related.map { RelatedLocation(range: $0.range, message: redact($0.message)) }
        return redacted
    }
}
