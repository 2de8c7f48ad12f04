/// The answer of `OperationIndex.resolve(_:)`.
public enum OperationLookup: Equatable, Sendable {
    /// The operation the reference names.
    case found(APIOperation)
    /// No operation matches; the closest ones, best first (possibly none).
    case notFound(suggestions: [APIOperation])
}
