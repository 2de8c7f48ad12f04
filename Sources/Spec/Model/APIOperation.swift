/// One operation of the API, an HTTP method on a path template, with what it takes to call it.
public struct APIOperation: Hashable, Sendable {
    /// The HTTP method, uppercased (`GET`, `POST`, ...).
    public var method: String
    /// The path template as the spec writes it, e.g. `/api/v2/routing/queues/{queueId}`.
    public var path: String
    /// `operationId`, e.g. `postAnalyticsConversationsDetailsQuery`, when the spec gives one.
    public var operationId: String?
    /// `tags`, in spec order.
    public var tags: [String]
    /// `summary`, when the spec gives one.
    public var summary: String?
    /// The OAuth scopes that admit a token (from `security`).
    public var scopeRequirement: ScopeRequirement
    /// Security schemes other than OAuth that the operation lists, e.g. `Guest Chat JWT`.
    public var otherSchemes: [String]
    /// The permissions checked (`x-inin-requires-permissions`); nil when none are.
    public var permissions: PermissionRequirement?
    /// `deprecated: true`.
    public var deprecated: Bool
    /// `x-genesys-preview: true`: a preview (unstable) operation.
    public var preview: Bool
    /// The SDK method name (`x-purecloud-method-name`), when given.
    public var sdkMethodName: String?
    /// The spec overlays that changed (or added) this operation, in the order applied; empty for
    /// an operation exactly as the spec file describes it.
    public var overlayNotes: [OverlayNote]

    public init(
        method: String, path: String, operationId: String? = nil, tags: [String] = [], summary: String? = nil,
        scopeRequirement: ScopeRequirement = ScopeRequirement(kind: .noSecurity), otherSchemes: [String] = [],
        permissions: PermissionRequirement? = nil, deprecated: Bool = false, preview: Bool = false,
        sdkMethodName: String? = nil, overlayNotes: [OverlayNote] = []
    ) {
        self.method = method
        self.path = path
        self.operationId = operationId
        self.tags = tags
        self.summary = summary
        self.scopeRequirement = scopeRequirement
        self.otherSchemes = otherSchemes
        self.permissions = permissions
        self.deprecated = deprecated
        self.preview = preview
        self.sdkMethodName = sdkMethodName
        self.overlayNotes = overlayNotes
    }

    /// `METHOD /path/template`, the way operations are written in reports.
    public var reference: String { "\(method) \(path)" }
}
