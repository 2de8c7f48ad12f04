import Foundation
import Testing

@testable import Core
@testable import Graph
@testable import Lint
@testable import Report
@testable import Rules
@testable import Syntax
@testable import Terraform

/// The limits that keep hostile input bounded in time, memory and output size.
@Suite struct LimitsTests {
    private func evaluate(_ source: String) -> (Value, [String]) {
        let (expression, problems) = HCLParser.parseExpression(source, path: "limits.tf")
        #expect(problems.isEmpty, "\(problems)")
        let (value, diagnostics) = Evaluator.evaluate(expression, context: EvaluationContext())
        return (value, diagnostics.map { "\($0.summary): \($0.detail)" })
    }

    @Test func functionsRefuseToBuildHugeText() {
        let sixteenMegabytes = "the result would be more than 16 MB of text"
        #expect(
            evaluate(#"join(format("%1000000s", "x"), range(20))"#).1 == [
                "Error in function call: join(): \(sixteenMegabytes)"
            ])
        #expect(
            evaluate(#"replace(format("%1000000s", "x"), " ", "abcdefghijklmnopqrstuvwxyz")"#).1 == [
                "Error in function call: replace(): \(sixteenMegabytes)"
            ])
        #expect(
            evaluate(#"format("%2000000s", "x")"#).1 == [
                "Invalid function argument: format(): the width or precision at 1 is larger than 1048576"
            ])
        #expect(
            evaluate(#"formatlist("%1000000s", range(20))"#).1 == [
                "Error in function call: formatlist(): \(sixteenMegabytes)"
            ])
        #expect(evaluate(#"length(join("", [format("%1000000s", "x")]))"#).0 == .number(1_000_000))
    }

    @Test func collectionsPastTheElementLimitAreRefused() {
        let (value, problems) = evaluate("[for a in range(1024) : range(1024)]")
        #expect(value.firstUnknown != nil)
        #expect(
            problems == [
                "Value too large: the value has more than 1048576 elements; scopecheck stops there to bound its memory (see docs/hardening.md)"
            ])
    }

    @Test func templatesStopAtTheTextLimit() {
        let (value, problems) = evaluate(#""%{for i in range(1000)}${format("%100000s", i)}%{endfor}""#)
        #expect(value.firstUnknown != nil)
        #expect(
            problems == [
                "Value too large: the template renders more than 16 MB of text; scopecheck stops there to bound its memory (see docs/hardening.md)"
            ])
    }

    @Test func theBudgetReportsOnceAndLeavesTheRestUnknown() {
        let budget = EvaluationBudget(steps: 1000)
        var context = EvaluationContext()
        context.budget = budget
        let (expression, _) = HCLParser.parseExpression(
            "[for a in range(100) : [for b in range(100) : a * b]]", path: "x.tf")
        var evaluator = Evaluator(context: context)
        let first = evaluator.evaluate(expression)
        let second = evaluator.evaluate(expression)
        #expect(first.firstUnknown != nil)
        #expect(second.firstUnknown?.reason == "evaluation limit reached")
        #expect(evaluator.diagnostics.map(\.summary) == ["Evaluation limit reached"])
        #expect(budget.isExhausted)
    }

    @Test func canAndTryDoNotHideALimit() {
        let (value, problems) = evaluate(
            "can([for a in range(1024) : range(1024)])")
        #expect(value.firstUnknown != nil)
        #expect(problems.map { $0.prefix(15) } == ["Value too large"])
    }

    /// A pattern that backtracks exponentially is stopped after a fixed amount of work; its
    /// result is unknown, not a hang.
    @Test func catastrophicRegularExpressionsStop() {
        let subject = String(repeating: "a", count: 60) + "b"
        let (value, problems) = evaluate(#"replace(""# + subject + #"", "/^(a+)+$/", "x")"#)
        #expect(
            value.firstUnknown?.reason
                == "the regular expression /^(a+)+$/ needed too much work to be matched statically")
        #expect(problems.isEmpty)
        #expect(evaluate(#"replace("role_123_x", "/([a-z]+)_([0-9]+)/", "$2:$1")"#).0 == .string("123:role_x"))
    }

    @Test func longExcerptLinesAreCutAroundTheRange() {
        let line = String(repeating: "a", count: 100) + "TARGET" + String(repeating: "b", count: 1000)
        let window = ExcerptWindow(line: line, startColumn: 101, endColumn: 107)
        #expect(
            window.text == "…" + String(repeating: "a", count: 40) + "TARGET" + String(repeating: "b", count: 114) + "…"
        )
        #expect(window.startColumn == 42)
        #expect(window.endColumn == 48)
        let short = ExcerptWindow(line: "short line", startColumn: 3, endColumn: 5)
        #expect(short == ExcerptWindow(line: "short line", startColumn: 3, endColumn: 5))
        #expect(short.text == "short line")
        #expect(short.startColumn == 3)
    }

    @Test func longMessagesAreElided() {
        let finding = Finding(
            rule: "r", severity: .error, message: "start " + String(repeating: "x", count: 5000) + " end",
            range: .wholeFile("f"), fix: "short")
        let bounded = finding.bounded()
        #expect(bounded.message.unicodeScalars.count < 2100)
        #expect(bounded.message.hasPrefix("start xxx"))
        #expect(bounded.message.hasSuffix("xxx end"))
        #expect(bounded.message.contains(" … (3177 characters left out) … "))
        #expect(bounded.fix == "short")
    }

    @Test func inputFilesAreReadOnlyWhenRegularAndSmallEnough() throws {
        let directory = try TestSupport.temporaryDirectory()
        let file = directory.appendingPathComponent("a.tf").path
        try "abc".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try InputFile.read(file).get() == Array("abc".utf8))
        #expect(throws: InputFile.ReadError.self) { try InputFile.read(file, limit: 2).get() }
        let fifo = directory.appendingPathComponent("fifo").path
        #expect(mkfifo(fifo, 0o644) == 0)
        #expect(
            InputFile.read(fifo).failureDescription == "is not a regular file (a FIFO)")
        #expect(InputFile.read(directory.path).failureDescription == "is not a regular file (a directory)")
        #expect(InputFile.read("/dev/zero").failureDescription == "is not a regular file (a character device)")
        let missing = InputFile.read(directory.appendingPathComponent("none").path)
        #expect(missing.failureDescription == "cannot be read: No such file or directory")
        #expect((try? missing.get()) == nil)
    }
}

extension Result where Failure == InputFile.ReadError {
    /// The failure's description, nil on success.
    fileprivate var failureDescription: String? {
        if case .failure(let error) = self { return error.description }
        return nil
    }
}
