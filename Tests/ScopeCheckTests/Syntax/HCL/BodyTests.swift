import Testing

@testable import Core
@testable import Syntax

@Suite struct HCLBodyTests {
    @Test func attributesAndBlocksInSourceOrder() {
        let parsed = HCL.file(
            """
            terraform {
              required_version = ">= 1.5"
            }

            provider "genesyscloud" {
              oauthclient_id = var.client_id
            }

            resource "genesyscloud_oauth_client" "ci" {
              name = "CI"
              roles {
                role_id = genesyscloud_auth_role.reader.id
              }
              roles {
                role_id = "abc"
              }
            }
            top = 1
            """)
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.body.blocks.map(\.type) == ["terraform", "provider", "resource"])
        #expect(parsed.body.attributes.map(\.name) == ["top"])
        let resource = parsed.body.blocks[2]
        #expect(resource.labels.map(\.value) == ["genesyscloud_oauth_client", "ci"])
        #expect(resource.labels.map { HCL.span($0.range) } == ["9:10-9:37", "9:38-9:42"])
        #expect(resource.body.blocks(ofType: "roles").count == 2)
        let role = resource.body.blocks[0].body.attribute("role_id")
        #expect(role.map { SExpression.render($0.expression) } == "(. (. genesyscloud_auth_role reader) id)")
        #expect(HCL.span(resource.range) == "9:1-17:2")
        #expect(HCL.span(resource.typeRange) == "9:1-9:9")
        #expect(HCL.span(resource.body.range) == "9:43-17:2")
        #expect(HCL.span(parsed.body.range) == "1:1-18:8")
    }

    @Test func attributeRanges() {
        let parsed = HCL.file("  name  =  \"x\"  # note\n")
        let attribute = parsed.body.attributes[0]
        #expect(HCL.span(attribute.nameRange) == "1:3-1:7")
        #expect(HCL.span(attribute.expression.range) == "1:12-1:15")
        #expect(HCL.span(attribute.range) == "1:3-1:15")
    }

    @Test func labelsMayBeBareNamesAndBlocksMayHaveMany() {
        let parsed = HCL.file("a b \"c\" d {\n}\nempty {}\n")
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.body.blocks[0].labels.map(\.value) == ["b", "c", "d"])
        #expect(parsed.body.blocks[1].labels.isEmpty)
        #expect(HCL.span(parsed.body.blocks[1].range) == "3:1-3:9")
    }

    @Test func quotedLabelsDecodeEscapes() {
        let parsed = HCL.file("a \"x\\ty\" {}\n")
        #expect(parsed.body.blocks[0].labels.map(\.value) == ["x\ty"])
    }

    @Test func singleLineBlocks() {
        let parsed = HCL.file("a { b = 1 }\nc \"l\" { d = [1, 2] }\ne {}\n")
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.body.blocks.map { $0.body.attributes.map(\.name) } == [["b"], ["d"], []])
        #expect(HCL.span(parsed.body.blocks[0].range) == "1:1-1:12")
        #expect(HCL.span(parsed.body.blocks[0].body.range) == "1:3-1:12")
    }

    @Test func commentsAndBlankLinesBetweenItems() {
        let parsed = HCL.file("# head\n\na = 1 # one\n// two\nb = 2 /* three */\n/* four */ c = 3\n")
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.body.attributes.map(\.name) == ["a", "b", "c"])
        #expect(parsed.comments.map(\.text) == [" head", " one", " two", " three ", " four "])
    }

    @Test func crlfLineEndings() {
        let parsed = HCL.file("a {\r\n  b = \"x\"\r\n}\r\nc = 2\r\n")
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.body.blocks[0].body.attributes.map(\.name) == ["b"])
        #expect(HCL.span(parsed.body.attributes[0].range) == "4:1-4:6")
    }

    @Test func byteOrderMarkIsSkipped() {
        let parsed = HCLParser.parseFile(bytes: [0xEF, 0xBB, 0xBF] + Array("a = 1\n".utf8), path: "bom.tf")
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.body.attributes[0].nameRange.start == SourcePosition(line: 1, column: 1, byte: 3))
    }

    @Test func emptyFiles() {
        #expect(HCL.file("").diagnostics.isEmpty)
        #expect(HCL.file("\n\n# only a comment\n").body.attributes.isEmpty)
    }

    @Test func lastLineNeedsNoNewline() {
        let parsed = HCL.file("a = 1\nb { c = 2 }")
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.body.blocks.count == 1)
    }

    @Test func duplicateAttributeIsReportedAtTheSecondWithTheFirstLocation() {
        let parsed = HCL.file("a = 1\nb {\n  x = 1\n  x = 2\n}\na = 3\n")
        #expect(parsed.diagnostics.map(HCL.describe) == ["4:3-4:4 Attribute redefined", "6:1-6:2 Attribute redefined"])
        #expect(
            parsed.diagnostics[0].detail
                == "The argument \"x\" was already set at test.tf:3:3. Each argument may be set only once.")
        #expect(parsed.body.attributes.map { SExpression.render($0.expression) } == ["1"])
    }

    @Test func sameNameInDifferentBodiesIsFine() {
        #expect(HCL.file("x = 1\nb {\n  x = 2\n}\nb {\n  x = 3\n}\n").diagnostics.isEmpty)
    }
}
