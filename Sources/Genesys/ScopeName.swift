/// Genesys Cloud scope names: a domain (`routing`), the domain read-only (`routing:readonly`),
/// or a name of its own (`user-basic-info`).
public enum ScopeName {
    /// What a read-only scope ends with.
    public static let readOnlySuffix = ":readonly"

    /// Whether a scope only reads (`analytics:readonly`).
    public static func isReadOnly(_ scope: String) -> Bool { scope.hasSuffix(readOnlySuffix) }

    /// The read-only sibling of a scope that can write (`routing` → `routing:readonly`); nil for
    /// a read-only scope.
    public static func readOnlySibling(of scope: String) -> String? {
        isReadOnly(scope) ? nil : scope + readOnlySuffix
    }
}
