import Genesys
import Graph

/// The picture of one audit as a graph: client → roles → permission policies → the permissions
/// the calls need → calls, and client → scopes → calls. Built once from a `ClientAudit`; the DOT,
/// Mermaid and SVG writers only draw it.
struct AuditPicture: Sendable {
    /// Where a node stands, left to right.
    enum Column: Int, CaseIterable, Sendable {
        case client, grants, policies, permissions, calls

        var title: String {
            switch self {
            case .client: "client"
            case .grants: "roles / scopes"
            case .policies: "permission policies"
            case .permissions: "permissions"
            case .calls: "calls"
            }
        }
    }

    /// What a node's colour says; every tone also shows in the node's text.
    enum Tone: String, CaseIterable, Sendable {
        case plain, allowed, denied, unknown, excess, missing

        /// The border colour.
        var stroke: String {
            switch self {
            case .plain: "#424242"
            case .allowed: "#2e7d32"
            case .denied, .missing: "#c62828"
            case .unknown: "#b26a00"
            case .excess: "#757575"
            }
        }

        /// The fill colour.
        var fill: String {
            switch self {
            case .plain, .missing: "#ffffff"
            case .allowed: "#e8f5e9"
            case .denied: "#ffebee"
            case .unknown: "#fff8e1"
            case .excess: "#f5f5f5"
            }
        }

        /// Whether the border is dashed (something the client does not hold).
        var isDashed: Bool { self == .missing }

        static func of(_ verdict: AccessVerdict) -> Tone {
            switch verdict {
            case .allowed: .allowed
            case .denied: .denied
            case .unknown: .unknown
            }
        }
    }

    /// What an edge says; marked by colour, line style and (but for `link`) a text label.
    enum EdgeKind: String, CaseIterable, Sendable {
        /// Holds or needs, with nothing to say.
        case link
        /// A policy grants a permission a call needs, or a held scope a call needs.
        case granted
        /// A permission or scope the call needs that the client lacks.
        case missing
        /// A policy or scope no call needs.
        case excess
        /// A scope no spec knows, or a role whose permissions are unknown.
        case unknown

        /// The text on the edge; nil for `link`.
        var label: String? { self == .link ? nil : rawValue }

        var colour: String {
            switch self {
            case .link: "#424242"
            case .granted: "#2e7d32"
            case .missing: "#c62828"
            case .excess, .unknown: "#757575"
            }
        }

        /// `solid`, `dashed` or `dotted`.
        var lineStyle: String {
            switch self {
            case .link, .granted: "solid"
            case .missing: "dashed"
            case .excess, .unknown: "dotted"
            }
        }
    }

    struct Node: Sendable {
        var label: String
        /// A second line, smaller; nil when there is none.
        var detail: String?
        var column: Column
        var tone: Tone
    }

    struct Edge: Sendable, Equatable {
        var from: Int
        var to: Int
        var kind: EdgeKind
    }

    /// `OAuth client audit: <label>`.
    var title: String
    /// The audit's verdict sentence.
    var subtitle: String
    var nodes: [Node] = []
    var edges: [Edge] = []
    private var keys: [String: Int] = [:]

    /// `Name` for `Name (id)` of a client or role of the org's answers, whose id the tables show:
    /// the picture stays narrow enough to read. Other labels are kept.
    static func withoutId(_ label: String) -> String {
        guard label.hasSuffix(")"), let open = label.lastIndex(of: "(") else { return label }
        let inside = label[label.index(after: open)..<label.index(before: label.endIndex)]
        let isId = inside.count == 36 && inside.allSatisfy { $0.isHexDigit || $0 == "-" }
        guard isId else { return label }
        var name = label[..<open]
        while name.last == " " { name = name.dropLast() }
        return String(name)
    }

    /// The safe id of node `index` (`n0`, `n1`, ...), in first-seen order.
    static func id(_ index: Int) -> String { "n\(index)" }

    init(_ audit: ClientAudit) {
        title = "OAuth client audit: \(audit.identity.label)"
        subtitle = audit.verdictSentence
        let client = node(
            "client", label: "client: \(Self.withoutId(audit.identity.label))",
            detail: audit.identity.grantType ?? "grant type not set", column: .client,
            tone: audit.calls.isEmpty ? .plain : .of(audit.verdict))
        let policies = addRoles(audit.roles, client: client)
        let scopes = addScopes(audit, client: client)
        let permissions = addPermissions(audit, policies: policies)
        for (index, call) in audit.calls.enumerated() {
            let detail = "from \(call.source)" + (call.deniedToday ? ", refused today" : "")
            let node = self.node(
                "call \(index)", label: "\(call.verdict.rawValue): \(call.text)", detail: detail, column: .calls,
                tone: .of(call.verdict))
            for permission in call.permissionsNeeded + call.missingPermissions {
                guard let from = permissions[permission] else { continue }
                let kind: EdgeKind =
                    call.missingPermissions.contains(permission)
                    ? .missing : policies.contains { $0.policy.grants(permission) } ? .granted : .link
                edge(from, node, kind)
            }
            for scope in audit.scopes where scope.status == .used && scope.usedBy.contains(call.text) {
                if let from = scopes[scope.name] { edge(from, node, .granted) }
            }
            for scope in call.missingScopes {
                if let from = scopes[scope] { edge(from, node, .missing) }
            }
        }
    }

    /// The roles and their policies; returns the policies with their nodes.
    private mutating func addRoles(_ roles: [ClientAudit.Role], client: Int) -> [(policy: PermissionPolicy, node: Int)]
    {
        var policies: [(policy: PermissionPolicy, node: Int)] = []
        for (index, role) in roles.enumerated() {
            var detail = ClientAudit.divisionWords(role.division)
            if role.unknownReason != nil { detail += "; permissions unknown" }
            let node = self.node(
                "role \(index)", label: "role: \(Self.withoutId(role.reference))", detail: detail, column: .grants,
                tone: role.unknownReason == nil ? .plain : .unknown)
            edge(client, node, role.unknownReason == nil ? .link : .unknown)
            for (number, policy) in (role.policies ?? []).enumerated() {
                let excess = role.excessPolicies.contains(policy)
                let policyNode = self.node(
                    "policy \(index) \(number)", label: "policy: \(policy.description)",
                    detail: excess ? "grants nothing needed" : nil, column: .policies, tone: excess ? .excess : .plain)
                edge(node, policyNode, excess ? .excess : .link)
                policies.append((policy, policyNode))
            }
        }
        return policies
    }

    /// The scopes that count (held, then missing), by name.
    private mutating func addScopes(_ audit: ClientAudit, client: Int) -> [String: Int] {
        var scopes: [String: Int] = [:]
        for scope in audit.scopes where scope.status != .ignored {
            let (detail, tone, kind): (String?, Tone, EdgeKind) =
                switch scope.status {
                case .excess: ("no call needs it", .excess, .excess)
                case .unknown: ("no spec knows it", .unknown, .unknown)
                case .unchecked: ("no call known", .plain, .link)
                case .used, .ignored: (nil, .plain, .link)
                }
            let node = self.node(
                "scope \(scope.name)", label: "scope: \(scope.name)", detail: detail, column: .grants, tone: tone)
            edge(client, node, kind)
            scopes[scope.name] = node
        }
        for scope in audit.calls.flatMap(\.missingScopes) where scopes[scope] == nil {
            scopes[scope] = node(
                "scope \(scope)", label: "scope: \(scope)", detail: "not held", column: .grants, tone: .missing)
        }
        return scopes
    }

    /// The permissions the calls need (all of them for a client-credentials client, the missing
    /// ones otherwise), with the policies that grant them; by name.
    private mutating func addPermissions(
        _ audit: ClientAudit, policies: [(policy: PermissionPolicy, node: Int)]
    ) -> [String: Int] {
        let all = GrantType(rawValue: audit.identity.grantType ?? "")?.actsAsClient == true
        let missing = Set(audit.calls.flatMap(\.missingPermissions))
        var permissions: [String: Int] = [:]
        for permission in audit.calls.flatMap({ $0.permissionsNeeded + $0.missingPermissions })
        where permissions[permission] == nil && (all || missing.contains(permission)) {
            let granted = policies.contains { $0.policy.grants(permission) }
            let tone: Tone = missing.contains(permission) ? .missing : granted ? .allowed : .plain
            permissions[permission] = node(
                "permission \(permission)", label: "permission: \(permission)",
                detail: tone == .missing ? "not granted" : nil, column: .permissions, tone: tone)
        }
        let order = permissions.sorted { $0.value < $1.value }
        for (policy, node) in policies {
            for (permission, to) in order where policy.grants(permission) { edge(node, to, .granted) }
        }
        return permissions
    }

    private mutating func node(_ key: String, label: String, detail: String?, column: Column, tone: Tone) -> Int {
        if let index = keys[key] { return index }
        nodes.append(Node(label: label, detail: detail, column: column, tone: tone))
        keys[key] = nodes.count - 1
        return nodes.count - 1
    }

    private mutating func edge(_ from: Int, _ to: Int, _ kind: EdgeKind) {
        let edge = Edge(from: from, to: to, kind: kind)
        if !edges.contains(edge) { edges.append(edge) }
    }
}
