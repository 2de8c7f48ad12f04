import Core

/// What a spec overlay changed on an operation or in the scope catalogue, so that findings which
/// depend on it can name the overlay, its note and where it is written.
public struct OverlayNote: Hashable, Sendable {
    /// The overlay's name (the label of its `overlay` block).
    public var overlay: String
    /// The `note` of the `endpoint` block, when given.
    public var note: String?
    /// What changed, in the order applied.
    public var changes: [OverlayChange]
    /// The `endpoint` or `scope` block that made the change.
    public var range: SourceRange

    public init(overlay: String, note: String? = nil, changes: [OverlayChange], range: SourceRange) {
        self.overlay = overlay
        self.note = note
        self.changes = changes
        self.range = range
    }

    /// `overlay "eu1-gateway" (replaced the scopes): Gateway enforces report:execute`.
    public var summary: String {
        let changes = changes.isEmpty ? "" : " (\(changes.map(\.rawValue).joined(separator: ", ")))"
        return "overlay \"\(overlay)\"\(changes)" + (note.map { ": \($0)" } ?? "")
    }
}

/// One kind of change an overlay makes.
public enum OverlayChange: String, Hashable, Sendable, CaseIterable {
    case addedEndpoint = "added the endpoint"
    case replacedScopes = "replaced the scopes"
    case addedScopes = "added scopes"
    case replacedPermissions = "replaced the permissions"
    case addedPermissions = "added permissions"
    case changedPermissionType = "changed the permission type"
    case changedSummary = "changed the summary"
    case changedDeprecation = "changed the deprecation"
    case changedOperationId = "set the operationId"
    case declaredScope = "declared the scope"
}
