import Rules

extension Finding {
    /// The message followed by the fix, when there is one, for formats without a fix field.
    var messageWithFix: String {
        guard let fix else { return message }
        return "\(message)\n\nFix: \(fix)"
    }
}
