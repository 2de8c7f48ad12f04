import Core

/// Entry points of the HCL native syntax reader: a hand-written lexer (`Lexer`) and
/// recursive-descent parser (`Parser`) following hclsyntax's specification.
public enum HCLParser {
    /// Parses a whole native-syntax file (`.tf`, `.tfvars`, `.hcl`).
    public static func parseFile(bytes: [UInt8], path: String) -> HCLFile {
        let lexed = Lexer.tokenize(bytes, path: path, start: .start, content: .tokens)
        var parser = Parser(path: path, source: bytes, lexed: lexed, newlinesAreTokens: true)
        let body = parser.parseFileBody()
        return HCLFile(
            source: SourceFile(path: path, bytes: bytes), body: body,
            diagnostics: sorted(lexed.diagnostics + parser.diagnostics),
            comments: lexed.comments)
    }

    /// Parses a single expression, as found in `--var name=value` or a JSON-syntax `${}` string.
    /// `start` is the position of the source's first byte within `path`.
    public static func parseExpression(_ source: String, path: String, start: SourcePosition = .start) -> (
        Expression, [Diagnostic]
    ) {
        let bytes = Array(source.utf8)
        let lexed = Lexer.tokenize(bytes, path: path, start: start, content: .tokens)
        var parser = Parser(path: path, source: bytes, lexed: lexed, newlinesAreTokens: false)
        let expression = parser.parseExpression()
        let extra = parser.peek()
        if extra.kind != .endOfFile {
            parser.report(
                "Extra characters after expression",
                "An expression was successfully parsed, but extra characters were found after it.", at: extra)
        }
        return (expression, sorted(lexed.diagnostics + parser.diagnostics))
    }

    /// Parses template content without surrounding quotes (the strings of JSON syntax).
    public static func parseTemplate(_ source: String, path: String, start: SourcePosition = .start) -> (
        Expression, [Diagnostic]
    ) {
        let bytes = Array(source.utf8)
        let lexed = Lexer.tokenize(bytes, path: path, start: start, content: .template)
        var parser = Parser(path: path, source: bytes, lexed: lexed, newlinesAreTokens: false)
        let expression = parser.parseBareTemplate()
        return (expression, sorted(lexed.diagnostics + parser.diagnostics))
    }

    /// Diagnostics in source order; equal positions keep the order they were found in.
    private static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { left, right in
            let leftByte = left.element.range?.start.byte ?? 0
            let rightByte = right.element.range?.start.byte ?? 0
            return leftByte != rightByte ? leftByte < rightByte : left.offset < right.offset
        }.map(\.element)
    }
}
