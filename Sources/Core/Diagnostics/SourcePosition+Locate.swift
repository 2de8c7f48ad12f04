extension SourcePosition {
    /// The line and column of `byteOffset` within `text` (UTF-8), counted from the start (see
    /// `PositionTracker`). Costs a scan of the text up to the offset: for positions of errors.
    package static func locating(byteOffset: Int, in text: UnsafeRawBufferPointer) -> SourcePosition {
        var tracker = PositionTracker(text)
        return tracker.position(at: byteOffset)
    }
}
