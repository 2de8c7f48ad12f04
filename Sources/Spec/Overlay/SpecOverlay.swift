import Core

/// A spec overlay: what a published spec gets wrong for an org or a gateway, written in HCL
/// (see docs/specs.md) and applied to the specs of a `SpecSet` after they are loaded.
///
///     overlay "eu1-gateway" {
///       host = "api.eu-gene.com"
///       endpoint "POST /api/v2/analytics/report/queue/summary" {
///         add    = true
///         scopes = ["report:execute"]
///         note   = "Gateway enforces report:execute"
///       }
///       scope "report:execute" { description = "Gateway-only scope" }
///     }
public struct SpecOverlay: Sendable {
    /// The overlay's name, its block label.
    public var name: String
    /// Where the name is written.
    public var nameRange: SourceRange
    /// The host whose specs the overlay changes; nil: every spec of the set.
    public var host: OverlayString?
    /// The `endpoint` blocks, in source order.
    public var endpoints: [EndpointOverride]
    /// The `scope` blocks, in source order.
    public var scopes: [ScopeDeclaration]
    /// The whole `overlay` block.
    public var range: SourceRange

    public init(
        name: String, nameRange: SourceRange, host: OverlayString? = nil, endpoints: [EndpointOverride] = [],
        scopes: [ScopeDeclaration] = [], range: SourceRange
    ) {
        self.name = name
        self.nameRange = nameRange
        self.host = host
        self.endpoints = endpoints
        self.scopes = scopes
        self.range = range
    }
}

/// A string value of an overlay with the range it was written at.
public struct OverlayString: Hashable, Sendable {
    public var value: String
    public var range: SourceRange

    public init(_ value: String, range: SourceRange) {
        self.value = value
        self.range = range
    }
}

/// One `endpoint "METHOD /path" { ... }` block: changes to an operation of the base spec, or,
/// with `add = true`, an operation the base spec lacks.
public struct EndpointOverride: Sendable {
    /// How the accepted scopes change.
    public enum ScopeEdit: Hashable, Sendable {
        /// `scopes = [...]`: the listed scopes replace the accepted ones.
        case replace([OverlayString])
        /// `add_scopes = [...]`: the listed scopes are accepted as well.
        case add([OverlayString])
    }

    /// How the checked permissions change.
    public enum PermissionEdit: Hashable, Sendable {
        /// `permissions = [...]`: the listed permissions replace the checked ones (none: no check).
        case replace([String])
        /// `add_permissions = [...]`: the listed permissions are checked as well.
        case add([String])
    }

    /// The HTTP method, uppercased.
    public var method: String
    /// The path as written in the label.
    public var path: String
    /// Where the label is written.
    public var labelRange: SourceRange
    /// The whole block.
    public var range: SourceRange
    /// `add = true`: the endpoint is not in the base spec and is added.
    public var adds: Bool
    /// `scopes` or `add_scopes`.
    public var scopeEdit: ScopeEdit?
    /// `require_all = true`: the listed scopes are needed together (one alternative), not each
    /// on its own (one alternative each, the default).
    public var requireAll: Bool
    /// `permissions` or `add_permissions`.
    public var permissionEdit: PermissionEdit?
    /// `permissions_type`.
    public var permissionType: PermissionRequirement.MatchType?
    /// `operation_id`.
    public var operationId: String?
    /// `summary`.
    public var summary: String?
    /// `deprecated`.
    public var deprecated: Bool?
    /// `note`: why the overlay says so, quoted by findings that depend on it.
    public var note: String?

    public init(
        method: String, path: String, labelRange: SourceRange, range: SourceRange, adds: Bool = false,
        scopeEdit: ScopeEdit? = nil, requireAll: Bool = false, permissionEdit: PermissionEdit? = nil,
        permissionType: PermissionRequirement.MatchType? = nil, operationId: String? = nil, summary: String? = nil,
        deprecated: Bool? = nil, note: String? = nil
    ) {
        self.method = method
        self.path = path
        self.labelRange = labelRange
        self.range = range
        self.adds = adds
        self.scopeEdit = scopeEdit
        self.requireAll = requireAll
        self.permissionEdit = permissionEdit
        self.permissionType = permissionType
        self.operationId = operationId
        self.summary = summary
        self.deprecated = deprecated
        self.note = note
    }

    /// `METHOD /path`.
    public var reference: String { "\(method) \(path)" }
}

/// One `scope "<name>" { description = "..." }` block: a scope name the base spec lacks (or a
/// new description for one it has).
public struct ScopeDeclaration: Sendable {
    public var name: String
    public var nameRange: SourceRange
    public var description: String?
    public var note: String?
    /// The whole block.
    public var range: SourceRange

    public init(
        name: String, nameRange: SourceRange, description: String? = nil, note: String? = nil, range: SourceRange
    ) {
        self.name = name
        self.nameRange = nameRange
        self.description = description
        self.note = note
        self.range = range
    }
}
