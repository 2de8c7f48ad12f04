extension Redactor {
    /// The diagnostic with its summary and detail redacted.
    public func redact(_ diagnostic: Diagnostic) -> Diagnostic {
        guard !secrets.isEmpty else { return diagnostic }
        var redacted = diagnostic
        redacted.summary = redact(diagnostic.summary)
        redacted.detail = redact(diagnostic.detail)
        return redacted
    }

    /// The JSON value with every string (keys included) redacted.
    public func redact(_ json: JSONOutput) -> JSONOutput {
        guard !secrets.isEmpty else { return json }
        switch json {
        case .string(let text): return .string(redact(text))
        case .array(let items): return .array(items.map(redact))
        case .object(let pairs): return .object(pairs.map { (redact($0.0), redact($0.1)) })
        case .null, .bool, .int, .double: return json
        }
    }

    /// Source lines for excerpts with the masked ranges blanked and the secrets replaced (each
    /// file once).
    public func redacting(_ lines: SourceLines) -> SourceLines {
        guard !isEmpty else { return lines }
        return SourceLines.caching { file in lines.lines(of: file).map { redactLines($0, of: file) } }
    }
}
