import Testing

@testable import Core
@testable import Syntax

@Suite struct HCLLexerTests {
    private func kinds(_ text: String) -> [TokenKind] {
        Lexer.tokenize(Array(text.utf8), path: HCL.path, start: .start, content: .tokens).tokens.map(\.kind)
    }

    private func lex(_ text: String) -> LexedSource {
        Lexer.tokenize(Array(text.utf8), path: HCL.path, start: .start, content: .tokens)
    }

    @Test func operatorsAndPunctuation() {
        #expect(
            kinds("{}[](),...:::?==>=!=<=>=&&||+-*/%!<>. ") == [
                .openBrace, .closeBrace, .openBracket, .closeBracket, .openParenthesis, .closeParenthesis, .comma,
                .ellipsis, .doubleColon, .colon, .question, .equalEqual, .greaterOrEqual, .notEqual, .lessOrEqual,
                .greaterOrEqual, .and, .or, .plus, .minus, .star, .slash, .percent, .bang, .less, .greater, .dot,
                .endOfFile,
            ])
        #expect(kinds("a => b = c") == [.identifier, .fatArrow, .identifier, .equals, .identifier, .endOfFile])
    }

    @Test func identifiersMayHoldDashesAndUnicodeLetters() {
        let lexed = lex("for_each my-name élan")
        #expect(lexed.tokens.map(\.kind) == [.identifier, .identifier, .identifier, .endOfFile])
        let last = lexed.tokens[2]
        #expect(last.start == SourcePosition(line: 1, column: 18, byte: 17))
        #expect(last.end == SourcePosition(line: 1, column: 22, byte: 22))
    }

    @Test func numbersWithFractionsAndExponents() {
        let lexed = lex("1 2.5 3e10 4.5E-3 6.x")
        let texts = lexed.tokens.dropLast().map {
            String(decoding: Array("1 2.5 3e10 4.5E-3 6.x".utf8)[$0.bytes], as: UTF8.self)
        }
        #expect(texts == ["1", "2.5", "3e10", "4.5E-3", "6", ".", "x"])
    }

    @Test func numbersAfterADotAreWholeNumbersForLegacyIndexes() {
        #expect(kinds("a.0.1") == [.identifier, .dot, .number, .dot, .number, .endOfFile])
    }

    @Test func newlinesCountCRLFAsOne() {
        let lexed = lex("a\r\nb\nc")
        #expect(lexed.tokens.map(\.kind) == [.identifier, .newline, .identifier, .newline, .identifier, .endOfFile])
        #expect(lexed.tokens[1].bytes == 1..<3)
        #expect(lexed.tokens[2].start == SourcePosition(line: 2, column: 1, byte: 3))
        #expect(lexed.tokens[4].start == SourcePosition(line: 3, column: 1, byte: 5))
    }

    @Test func columnsCountUnicodeScalars() {
        let lexed = lex("\"é😀\" x")
        let name = lexed.tokens[3]
        #expect(name.kind == .identifier)
        #expect(name.start == SourcePosition(line: 1, column: 6, byte: 9))
    }

    @Test func commentsAreCollectedWithoutMarkers() {
        let lexed = lex("# one\r\na = 1 // two\n/* three\n  lines */ b")
        #expect(lexed.comments.map(\.text) == [" one", " two", " three\n  lines "])
        #expect(lexed.comments.map { HCL.span($0.range) } == ["1:1-1:6", "2:7-2:13", "3:1-4:11"])
        #expect(
            lexed.tokens.map(\.kind) == [
                .newline, .identifier, .equals, .number, .newline, .identifier, .endOfFile,
            ])
    }

    @Test func unterminatedBlockCommentIsReportedAtItsStart() {
        let lexed = lex("a = 1\n/* never closed\nb = 2\n")
        #expect(lexed.diagnostics.map(HCL.describe) == ["2:1-2:3 Unterminated comment"])
        #expect(lexed.comments.map(\.text) == [" never closed\nb = 2\n"])
    }

    @Test func byteOrderMarkIsSkipped() {
        let lexed = Lexer.tokenize(
            [0xEF, 0xBB, 0xBF] + Array("a = 1".utf8), path: HCL.path, start: .start, content: .tokens)
        #expect(lexed.diagnostics.isEmpty)
        #expect(lexed.tokens[0].start == SourcePosition(line: 1, column: 1, byte: 3))
    }

    @Test func templateTokensAndNestedQuotes() {
        #expect(
            kinds("\"a${f(\"b\")}c\"") == [
                .openQuote, .templateLiteral, .templateInterpolation, .identifier, .openParenthesis, .openQuote,
                .templateLiteral, .closeQuote, .closeParenthesis, .templateSequenceEnd, .templateLiteral, .closeQuote,
                .endOfFile,
            ])
    }

    @Test func bracesInsideInterpolationsAreCounted() {
        #expect(
            kinds("\"${ {a = 1} }\"") == [
                .openQuote, .templateInterpolation, .openBrace, .identifier, .equals, .number, .closeBrace,
                .templateSequenceEnd, .closeQuote, .endOfFile,
            ])
    }

    @Test func stripMarkersAreFlags() {
        let tokens = lex("\"${~ a ~}%{ b }\"").tokens
        #expect(tokens[1].kind == .templateInterpolation && tokens[1].flags.contains(.strip))
        #expect(tokens[3].kind == .templateSequenceEnd && tokens[3].flags.contains(.strip))
        #expect(tokens[4].kind == .templateDirective && !tokens[4].flags.contains(.strip))
        #expect(tokens[6].kind == .templateSequenceEnd && !tokens[6].flags.contains(.strip))
    }

    @Test func escapedSequenceOpenersStayLiteral() {
        #expect(kinds("\"$${a} %%{b}\"") == [.openQuote, .templateLiteral, .closeQuote, .endOfFile])
    }

    @Test func heredocTokensSplitPerLine() {
        let lexed = lex("x = <<-EOT\n  a\n  ${b}\n  EOT\n")
        #expect(
            lexed.tokens.map(\.kind) == [
                .identifier, .equals, .openHeredoc, .templateLiteral, .templateLiteral, .templateInterpolation,
                .identifier, .templateSequenceEnd, .templateLiteral, .closeHeredoc, .newline, .endOfFile,
            ])
        #expect(lexed.tokens[2].flags.contains(.indentedHeredoc))
        #expect(lexed.tokens[3].flags.contains(.startsLine))
        #expect(lexed.tokens[4].flags.contains(.startsLine))
        #expect(!lexed.tokens[8].flags.contains(.startsLine))
        #expect(HCL.span(SourceRange(file: "", start: lexed.tokens[9].start, end: lexed.tokens[9].end)) == "4:3-4:6")
    }

    @Test func invalidCharactersMergeIntoOneDiagnostic() {
        let lexed = lex("a = ;;; 1\nb = 'x'")
        #expect(
            lexed.diagnostics.map(HCL.describe) == [
                "1:5-1:8 Invalid character", "2:5-2:6 Invalid character", "2:7-2:8 Invalid character",
            ])
        #expect(lexed.diagnostics[0].detail.contains("\";\" character is not valid"))
        #expect(
            lexed.diagnostics[1].detail == "Single quotes are not valid. Use double quotes (\") to enclose strings.")
    }

    @Test func invalidUTF8AndNULAreReported() {
        let bytes: [UInt8] = Array("a = \"".utf8) + [0xFF, 0xFE] + Array("\"\nb = ".utf8) + [0x00] + Array("\n".utf8)
        let lexed = Lexer.tokenize(bytes, path: HCL.path, start: .start, content: .tokens)
        #expect(
            lexed.diagnostics.map(HCL.describe) == ["1:6-1:8 Invalid character encoding", "2:5-2:6 Invalid character"])
    }

    @Test func startPositionOffsetsEverything() {
        let start = SourcePosition(line: 4, column: 10, byte: 100)
        let lexed = Lexer.tokenize(Array("a\nb".utf8), path: HCL.path, start: start, content: .tokens)
        #expect(lexed.tokens[0].start == start)
        #expect(lexed.tokens[2].start == SourcePosition(line: 5, column: 1, byte: 102))
    }
}
