import Foundation
import Testing

@testable import Core
@testable import Syntax

/// Every range the parser produces agrees with the source: its line and column match its byte
/// offset, it does not end before it starts, and children lie inside their parents.
@Suite struct HCLRangeConsistencyTests {
    /// Checks all ranges of a parsed file against the bytes it was parsed from.
    private struct Checker {
        let bytes: [UInt8]
        /// The (line, column) of every byte offset, counted independently of the parser.
        let positions: [(line: Int, column: Int)]
        var problems: [String] = []

        init(bytes: [UInt8]) {
            self.bytes = bytes
            var positions: [(line: Int, column: Int)] = []
            positions.reserveCapacity(bytes.count + 1)
            var line = 1
            var column = 1
            for byte in bytes {
                positions.append((line, column))
                if byte == 0x0A {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
            }
            positions.append((line, column))
            self.positions = positions
        }

        mutating func check(_ range: SourceRange, _ what: String, inside parent: SourceRange? = nil) {
            for point in [range.start, range.end]
            where point.byte > bytes.count || positions[point.byte] != (point.line, point.column) {
                problems.append("\(what) \(HCL.span(range)): \(point) does not match its byte offset")
            }
            if range.end < range.start { problems.append("\(what) \(HCL.span(range)) ends before it starts") }
            if let parent, range.start < parent.start || parent.end < range.end {
                problems.append("\(what) \(HCL.span(range)) lies outside \(HCL.span(parent))")
            }
        }

        mutating func check(_ body: Body) {
            for attribute in body.attributes {
                check(attribute.range, "attribute \(attribute.name)", inside: body.range)
                check(attribute.nameRange, "name \(attribute.name)", inside: attribute.range)
                let name = String(
                    decoding: bytes[attribute.nameRange.start.byte..<attribute.nameRange.end.byte], as: UTF8.self)
                if name != attribute.name { problems.append("name range of \(attribute.name) holds \(name)") }
                check(attribute.expression, inside: attribute.range)
            }
            for block in body.blocks {
                check(block.range, "block \(block.type)", inside: body.range)
                check(block.typeRange, "type \(block.type)", inside: block.range)
                for label in block.labels { check(label.range, "label \(label.value)", inside: block.range) }
                check(block.body.range, "body of \(block.type)", inside: block.range)
                check(block.body)
            }
        }

        mutating func check(_ expression: Syntax.Expression, inside parent: SourceRange) {
            let range = expression.range
            check(range, SExpression.render(expression), inside: parent)
            switch expression.kind {
            case .literal, .variable, .splatItem: break
            case .template(let parts): for part in parts { check(part, inside: range) }
            case .getAttribute(let source, _): check(source, inside: range)
            case .index(let source, let key):
                check(source, inside: range)
                check(key, inside: range)
            case .splat(let source, let each):
                check(source, inside: range)
                check(each, inside: range)
            case .tuple(let items): for item in items { check(item, inside: range) }
            case .object(let items):
                for item in items {
                    check(item.key, inside: range)
                    check(item.value, inside: range)
                }
            case .functionCall(_, let arguments, _): for argument in arguments { check(argument, inside: range) }
            case .conditional(let condition, let whenTrue, let whenFalse):
                for part in [condition, whenTrue, whenFalse] { check(part, inside: range) }
            case .unary(_, let operand): check(operand, inside: range)
            case .binary(_, let left, let right):
                check(left, inside: range)
                check(right, inside: range)
            case .parenthesized(let inner): check(inner, inside: range)
            case .forExpression(let loop):
                let parts =
                    [loop.collection, loop.valueExpression] + [loop.keyExpression, loop.condition].compactMap { $0 }
                for part in parts { check(part, inside: range) }
            }
        }

        mutating func check(_ part: TemplatePart, inside parent: SourceRange) {
            switch part {
            case .literal(_, let range): check(range, "template text", inside: parent)
            case .interpolation(let expression): check(expression, inside: parent)
            case .conditional(let condition, let then, let otherwise, let range):
                check(range, "template if", inside: parent)
                check(condition, inside: range)
                for inner in then + otherwise { check(inner, inside: range) }
            case .loop(_, _, let collection, let body, let range):
                check(range, "template for", inside: parent)
                check(collection, inside: range)
                for inner in body { check(inner, inside: range) }
            }
        }
    }

    private static let sample = """
        # Ünïcödé comment 😀
        resource "genesyscloud_oauth_client" "ci" {\r
          name  = "CI ${var.env} – ${upper("x")}"\r
          roles = [for r in var.roles : { role_id = r.id, division_id = lookup(r, "division", null) }]
          scopes = concat(local.base[*].scope, local.extra.*.name, [local.map["k"].v])
          text = <<-EOT
            %{~ for k, v in var.m ~}
            ${k} = ${v == null ? "-" : v}
            %{~ endfor ~}
            EOT
          cond = !var.a && -var.b < 3 ? (1 + 2) : f(x...)
          one { a = { b = 1 } }
        }
        """

    @Test func sampleRangesAgreeWithTheSource() {
        let bytes = Array(Self.sample.utf8)
        let parsed = HCLParser.parseFile(bytes: bytes, path: HCL.path)
        #expect(parsed.diagnostics.isEmpty)
        var checker = Checker(bytes: bytes)
        checker.check(parsed.body)
        for comment in parsed.comments { checker.check(comment.range, "comment") }
        #expect(checker.problems == [])
    }

    @Test(.enabled(if: TestSupport.corpus != nil, "needs ../shared/corpus")) func corpusRangesAgreeWithTheSource()
        throws
    {
        let root = try #require(TestSupport.corpusFile("terraform/provider-examples"))
        let enumerator = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
        var problems: [String] = []
        var files = 0
        for case let url as URL in enumerator where url.pathExtension == "tf" {
            files += 1
            let bytes = try [UInt8](Data(contentsOf: url))
            let parsed = HCLParser.parseFile(bytes: bytes, path: url.path)
            var checker = Checker(bytes: bytes)
            checker.check(parsed.body)
            for comment in parsed.comments { checker.check(comment.range, "comment") }
            problems += checker.problems.prefix(3).map { "\(url.lastPathComponent): \($0)" }
        }
        #expect(files == 378)
        #expect(problems == [])
    }
}
