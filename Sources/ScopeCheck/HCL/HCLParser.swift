/// Entry points of the HCL native syntax reader.
/// PLACEHOLDER: replaced by the real lexer/parser (branch `hcl`).
public enum HCLParser {
    /// Parses a whole native-syntax file (`.tf`, `.tfvars`, `.hcl`).
    public static func parseFile(bytes: [UInt8], path: String) -> HCLFile {
        let range = SourceRange.wholeFile(path)
        return HCLFile(path: path, body: Body(range: range), diagnostics: [.error("Parser not implemented", at: range)])
    }

    /// Parses a single expression, as found in `--var name=value` or a JSON-syntax `${}` string.
    /// `start` is the position of the source's first byte within `path`.
    public static func parseExpression(_ source: String, path: String, start: SourcePosition = .start) -> (
        Expression, [Diagnostic]
    ) {
        let range = SourceRange(file: path, start: start, end: start)
        return (Expression(.literal(.null), range: range), [.error("Parser not implemented", at: range)])
    }

    /// Parses template content without surrounding quotes (the strings of JSON syntax).
    public static func parseTemplate(_ source: String, path: String, start: SourcePosition = .start) -> (
        Expression, [Diagnostic]
    ) {
        let range = SourceRange(file: path, start: start, end: start)
        return (Expression(.template([.literal(source, range)]), range: range), [])
    }
}
