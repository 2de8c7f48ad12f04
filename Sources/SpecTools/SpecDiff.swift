import Spec

/// What changes between two versions of an API spec: operations added, removed or changed in
/// what gates them, and the scopes and permissions that appear or disappear. `spec diff` shows
/// it so a team can see what a spec update changes before pinning it.
public struct SpecDiff: Equatable, Sendable {
    /// One side of the comparison.
    public struct Side: Equatable, Sendable {
        public var path: String
        public var title: String
        public var version: String
        public var contentHash: String
        public var operationCount: Int
        public var scopeCount: Int

        init(_ spec: APISpec) {
            path = spec.source
            title = spec.title
            version = spec.version
            contentHash = spec.contentHash
            operationCount = spec.operations.count
            scopeCount = spec.scopes.count
        }
    }

    /// An operation named in the diff.
    public struct OperationName: Equatable, Sendable {
        /// `METHOD /path`.
        public var reference: String
        public var operationId: String?

        init(_ operation: APIOperation) {
            reference = operation.reference
            operationId = operation.operationId
        }
    }

    /// An operation present in both specs whose requirements differ.
    public struct OperationChange: Equatable, Sendable {
        public var operation: OperationName
        public var changes: [Change]
    }

    /// One aspect of an operation that changed, with its old and new value.
    public enum Change: Equatable, Sendable {
        case scopes(old: ScopeRequirement, new: ScopeRequirement)
        case permissions(old: PermissionRequirement?, new: PermissionRequirement?)
        case deprecated(old: Bool, new: Bool)
        case preview(old: Bool, new: Bool)
    }

    public var old: Side
    public var new: Side
    /// Operations only the new spec has, in path then method order.
    public var addedOperations: [OperationName]
    /// Operations only the old spec has.
    public var removedOperations: [OperationName]
    public var changedOperations: [OperationChange]
    /// Scope names, sorted.
    public var addedScopes: [String]
    public var removedScopes: [String]
    /// Permission strings any operation requires, sorted.
    public var addedPermissions: [String]
    public var removedPermissions: [String]

    /// Compares `old` with `new`. Operations are matched by method and path template.
    public init(old: APISpec, new: APISpec) {
        self.old = Side(old)
        self.new = Side(new)
        let oldOperations = Dictionary(old.operations.map { ($0.reference, $0) }) { first, _ in first }
        let newOperations = Dictionary(new.operations.map { ($0.reference, $0) }) { first, _ in first }
        addedOperations = new.operations.filter { oldOperations[$0.reference] == nil }.map(OperationName.init)
        removedOperations = old.operations.filter { newOperations[$0.reference] == nil }.map(OperationName.init)
        changedOperations = new.operations.compactMap { operation in
            guard let before = oldOperations[operation.reference] else { return nil }
            let changes = Self.changes(from: before, to: operation)
            return changes.isEmpty ? nil : OperationChange(operation: OperationName(operation), changes: changes)
        }
        addedScopes = Set(new.scopes.keys).subtracting(old.scopes.keys).sorted()
        removedScopes = Set(old.scopes.keys).subtracting(new.scopes.keys).sorted()
        addedPermissions = new.permissions.subtracting(old.permissions).sorted()
        removedPermissions = old.permissions.subtracting(new.permissions).sorted()
    }

    /// Whether the specs gate the same operations in the same way.
    public var isEmpty: Bool {
        addedOperations.isEmpty && removedOperations.isEmpty && changedOperations.isEmpty && addedScopes.isEmpty
            && removedScopes.isEmpty && addedPermissions.isEmpty && removedPermissions.isEmpty
    }

    private static func changes(from old: APIOperation, to new: APIOperation) -> [Change] {
        var changes: [Change] = []
        if old.scopeRequirement != new.scopeRequirement {
            changes.append(.scopes(old: old.scopeRequirement, new: new.scopeRequirement))
        }
        if old.permissions != new.permissions {
            changes.append(.permissions(old: old.permissions, new: new.permissions))
        }
        if old.deprecated != new.deprecated { changes.append(.deprecated(old: old.deprecated, new: new.deprecated)) }
        if old.preview != new.preview { changes.append(.preview(old: old.preview, new: new.preview)) }
        return changes
    }
}
