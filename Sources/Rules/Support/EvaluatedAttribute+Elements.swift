import Core
import Syntax
import Terraform

extension EvaluatedAttribute {
    /// Where each of `count` list elements is written: the elements of a list written out
    /// element by element, else the whole attribute for each.
    func elementRanges(count: Int) -> [SourceRange] {
        if case .tuple(let elements) = expression.kind, elements.count == count { return elements.map(\.range) }
        return [SourceRange](repeating: range, count: count)
    }
}
