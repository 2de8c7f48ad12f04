import Spec

extension EndpointRequirement {
    /// The requirement an operation of the spec states: its scope alternatives, whether it takes
    /// OAuth tokens at all, and its permission check.
    public init(_ operation: APIOperation) {
        let permissionMode: PermissionMode =
            switch operation.permissions?.type {
            case .all: .all
            case .any, nil: .any
            }
        self.init(
            label: operation.reference,
            scopeAlternatives: operation.scopeRequirement.alternatives,
            acceptsOAuth: operation.scopeRequirement.kind != .otherSchemesOnly,
            permissionMode: permissionMode,
            permissions: operation.permissions?.permissions ?? [])
    }
}
