/// One spec being changed by overlays: its operations and scope catalogue as changed so far, and
/// the spec as loaded, indexed on first need, for finding endpoints by template and suggesting them.
struct OverlayTarget {
    /// How an endpoint block went on this spec.
    enum Outcome: Equatable {
        case applied
        /// The endpoint is not in the spec (and the block does not add it).
        case missing
        /// `add = true`, but the spec has the endpoint already, as this operation.
        case alreadyPresent(String)
        /// `permissions_type` alone, on an operation that checks no permissions.
        case noPermissionsToRetype(String)
    }

    /// The spec as loaded.
    let base: APISpec
    /// The index of `base`, built when an endpoint is not found by its exact reference.
    private var baseIndex: OperationIndex?
    private var operations: [APIOperation]
    private var positions: [String: Int]
    private var scopes: [String: String]
    private var scopeNotes: [String: OverlayNote] = [:]
    private var overlays: [String] = []

    init(_ base: APISpec) {
        self.base = base
        operations = base.operations
        positions = Dictionary(
            operations.enumerated().map { ($1.reference, $0) }, uniquingKeysWith: { first, _ in first })
        scopes = base.scopes
    }

    /// The index of the spec as loaded.
    private mutating func index() -> OperationIndex {
        if let baseIndex { return baseIndex }
        let index = OperationIndex(base)
        baseIndex = index
        return index
    }

    /// The operations of the spec as loaded closest to the endpoint, best first.
    mutating func suggestions(for endpoint: EndpointOverride) -> [APIOperation] {
        index().suggestions(method: endpoint.method, target: endpoint.path)
    }

    /// Whether some overlay applies to this spec.
    var changed: Bool { !overlays.isEmpty }

    /// Whether the scope catalogue, as changed so far, has `name`.
    func knowsScope(_ name: String) -> Bool { scopes[name] != nil }

    /// Records that `overlay` applies to this spec.
    mutating func begin(_ overlay: String) {
        if !overlays.contains(overlay) { overlays.append(overlay) }
    }

    /// Applies one endpoint block of the overlay `overlay`.
    mutating func apply(_ endpoint: EndpointOverride, overlay: String) -> Outcome {
        let position =
            positions[endpoint.reference]
            ?? index().operation(method: endpoint.method, path: endpoint.path).flatMap { positions[$0.reference] }
        if endpoint.adds {
            if let position { return .alreadyPresent(operations[position].reference) }
            var operation = APIOperation(
                method: endpoint.method, path: endpoint.path,
                scopeRequirement: ScopeRequirement(kind: .oauthWithoutScopes))
            // The requirements of an added endpoint are what the block lists, not changes.
            let changes = Self.change(&operation, with: endpoint).filter {
                ![.replacedScopes, .addedScopes, .replacedPermissions, .addedPermissions].contains($0)
            }
            operation.overlayNotes = [note(endpoint, overlay: overlay, changes: [.addedEndpoint] + changes)]
            positions[operation.reference] = operations.count
            operations.append(operation)
            return .applied
        }
        guard let position else { return .missing }
        var operation = operations[position]
        if endpoint.permissionEdit == nil, endpoint.permissionType != nil, operation.permissions == nil {
            return .noPermissionsToRetype(operation.reference)
        }
        let changes = Self.change(&operation, with: endpoint)
        operation.overlayNotes.append(note(endpoint, overlay: overlay, changes: changes))
        operations[position] = operation
        return .applied
    }

    /// Declares a scope of the overlay `overlay` (a new description replaces the spec's).
    mutating func declare(_ scope: ScopeDeclaration, overlay: String) {
        scopes[scope.name] = scope.description ?? scopes[scope.name] ?? ""
        scopeNotes[scope.name] = OverlayNote(
            overlay: overlay, note: scope.note, changes: [.declaredScope], range: scope.range)
    }

    /// The spec with every change applied.
    func spec() -> APISpec {
        let spec = base
        return APISpec(
            source: spec.source, title: spec.title, version: spec.version, format: spec.format, hosts: spec.hosts,
            basePath: spec.basePath, contentHash: spec.contentHash, contentLength: spec.contentLength,
            scopeListReading: spec.scopeListReading, scopes: scopes, oauthSchemes: spec.oauthSchemes,
            operations: operations, overlays: spec.overlays + overlays,
            scopeNotes: spec.scopeNotes.merging(scopeNotes) { _, new in new })
    }

    private func note(_ endpoint: EndpointOverride, overlay: String, changes: [OverlayChange]) -> OverlayNote {
        OverlayNote(overlay: overlay, note: endpoint.note, changes: changes, range: endpoint.range)
    }

    /// Applies the endpoint block's changes to `operation`; returns what changed.
    private static func change(_ operation: inout APIOperation, with endpoint: EndpointOverride) -> [OverlayChange] {
        var changes: [OverlayChange] = []
        if let edit = endpoint.scopeEdit {
            let listed: [String]
            switch edit {
            case .replace(let scopes):
                listed = scopes.map(\.value)
                operation.scopeRequirement.alternatives = []
                changes.append(.replacedScopes)
            case .add(let scopes):
                listed = scopes.map(\.value)
                changes.append(.addedScopes)
            }
            var alternatives = operation.scopeRequirement.alternatives
            let added = endpoint.requireAll ? (listed.isEmpty ? [] : [listed]) : listed.map { [$0] }
            alternatives += added.filter { !alternatives.contains($0) }
            operation.scopeRequirement = ScopeRequirement(
                kind: alternatives.isEmpty ? .oauthWithoutScopes : .scopes, alternatives: alternatives)
        }
        if let edit = endpoint.permissionEdit {
            let type = endpoint.permissionType ?? operation.permissions?.type ?? .any
            switch edit {
            case .replace(let permissions):
                operation.permissions =
                    permissions.isEmpty ? nil : PermissionRequirement(type: type, permissions: permissions)
                changes.append(.replacedPermissions)
            case .add(let permissions):
                let existing = operation.permissions?.permissions ?? []
                operation.permissions = PermissionRequirement(
                    type: type, permissions: existing + permissions.filter { !existing.contains($0) })
                changes.append(.addedPermissions)
            }
        } else if let type = endpoint.permissionType, operation.permissions != nil {
            operation.permissions?.type = type
            changes.append(.changedPermissionType)
        }
        if let operationId = endpoint.operationId {
            operation.operationId = operationId
            changes.append(.changedOperationId)
        }
        if let summary = endpoint.summary {
            operation.summary = summary
            changes.append(.changedSummary)
        }
        if let deprecated = endpoint.deprecated {
            operation.deprecated = deprecated
            changes.append(.changedDeprecation)
        }
        return changes
    }
}
