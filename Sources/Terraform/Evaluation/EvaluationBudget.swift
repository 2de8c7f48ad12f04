import Syntax

/// Bounds the work and the memory of evaluating one configuration, so that hostile Terraform
/// (nested `for` expressions over large ranges, local values that double a string forty
/// times, thousands of module instances) ends in a diagnostic instead of a hang or a crash.
///
/// - Every expression evaluated, every element measured and every instance created spends
///   steps; when `steps` are spent, evaluation stops with one "Evaluation limit reached" error
///   and every value computed afterwards is unknown.
/// - A value built by a template, a collection constructor, a `for` expression or a function
///   may hold at most `maximumElements` list and object elements and `maximumTextBytes` bytes
///   of text, counting a part each time it appears; a larger one is an error ("Value too
///   large") and unknown.
///
/// One budget is shared by every module instance of a configuration (it is a reference type);
/// it is used on one thread at a time.
final class EvaluationBudget {
    /// The steps one configuration may take: far beyond any real configuration (the 2,000-module
    /// benchmark spends under 1,000 per module), about a second of evaluation.
    static let defaultSteps = 5_000_000
    /// The most list and object elements a value may hold.
    static let maximumElements = 1 << 20
    /// The most text a value may hold, in UTF-8 bytes: large enough for a 10 MB string.
    static let maximumTextBytes = 16 << 20
    /// The steps an instance of a resource or module costs beyond the expressions it evaluates.
    static let instanceCost = 32

    let steps: Int
    private(set) var spent = 0
    /// Set once the exhaustion has been reported, so that it is reported once.
    var reportedExhaustion = false

    init(steps: Int = defaultSteps) {
        self.steps = steps
    }

    /// Whether the budget is spent.
    var isExhausted: Bool { spent > steps }

    /// Spends `count` steps; false once the budget is exhausted.
    func spend(_ count: Int = 1) -> Bool {
        spent += count
        return spent <= steps
    }

    /// Why `value` is too large (`"more than 1048576 elements"`), or nil when it is within the
    /// limits. Measuring spends a step per element visited, and stops at the first limit passed.
    func excess(of value: Value) -> String? {
        switch value {
        case .null, .bool, .number, .unknown: return nil
        case .string(let text):
            return text.utf8.count > Self.maximumTextBytes ? "more than \(Self.maximumTextBytes >> 20) MB of text" : nil
        case .list, .object: break
        }
        var elements = 0
        var textBytes = 0
        var pending = [value]
        while let next = pending.popLast() {
            spent += 1
            switch next {
            case .string(let text):
                textBytes += text.utf8.count
                if textBytes > Self.maximumTextBytes { return "more than \(Self.maximumTextBytes >> 20) MB of text" }
            case .list(let items):
                elements += items.count
                if elements > Self.maximumElements { return "more than \(Self.maximumElements) elements" }
                pending += items
            case .object(let fields):
                elements += fields.count
                if elements > Self.maximumElements { return "more than \(Self.maximumElements) elements" }
                pending += fields.values
            case .null, .bool, .number, .unknown: continue
            }
        }
        return nil
    }
}
