extension Expression {
    /// The text of a string written out in full: a literal string, or a quoted string or heredoc
    /// without interpolation or directives. Nil for anything computed.
    public var staticString: String? {
        switch kind {
        case .literal(.string(let text)):
            return text
        case .template(let parts):
            var text = ""
            for part in parts {
                guard case .literal(let piece, _) = part else { return nil }
                text += piece
            }
            return text
        default:
            return nil
        }
    }
}
