extension Array where Element == Diagnostic {
    /// The diagnostics ordered by file and start position; equal positions keep their order.
    package func inSourceOrder() -> [Diagnostic] {
        enumerated().sorted { left, right in
            let leftKey = (left.element.range?.file ?? "", left.element.range?.start.byte ?? -1)
            let rightKey = (right.element.range?.file ?? "", right.element.range?.start.byte ?? -1)
            return leftKey != rightKey ? leftKey < rightKey : left.offset < right.offset
        }.map(\.element)
    }
}
