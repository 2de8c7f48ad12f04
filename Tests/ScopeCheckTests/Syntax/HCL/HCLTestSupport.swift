@testable import Core
@testable import Syntax

/// Small helpers shared by the HCL tests.
enum HCL {
    static let path = "test.tf"

    static func file(_ text: String) -> HCLFile {
        HCLParser.parseFile(bytes: Array(text.utf8), path: path)
    }

    /// The rendered expression and `line:column summary` of each diagnostic.
    static func expression(_ text: String) -> (String, [String]) {
        let (expression, diagnostics) = HCLParser.parseExpression(text, path: path)
        return (SExpression.render(expression), diagnostics.map(describe))
    }

    /// The rendered value of attribute `a` of a file and its diagnostics.
    static func attribute(_ text: String, name: String = "a") -> (String, [String]) {
        let parsed = file(text)
        let rendered = parsed.body.attribute(name).map { SExpression.render($0.expression) } ?? "<missing>"
        return (rendered, parsed.diagnostics.map(describe))
    }

    /// `line:column-line:column summary`.
    static func describe(_ diagnostic: Diagnostic) -> String {
        guard let range = diagnostic.range else { return diagnostic.summary }
        return "\(range.start.line):\(range.start.column)-\(range.end.line):\(range.end.column) \(diagnostic.summary)"
    }

    /// `line:column-line:column`.
    static func span(_ range: SourceRange) -> String {
        "\(range.start.line):\(range.start.column)-\(range.end.line):\(range.end.column)"
    }
}
