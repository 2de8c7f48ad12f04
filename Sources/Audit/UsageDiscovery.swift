import Core
import Graph
import Org
import Rules
import Syntax

/// What `discover --from-usage` makes of client usage exports: for each client the rows name,
/// the calls it really made (least privilege from observed traffic), the calls no spec in force
/// has any more, and the rows whose 4xx counts say a call is refused today, each explained
/// with what the endpoint needs and, when the org's answers hold the client, what its grant
/// lacks.
public struct UsageDiscovery: Sendable {
    /// One merged usage row with what the specs say of its call.
    public struct Entry: Sendable {
        public var row: UsageRow
        /// The operations of the specs in force governing the call; empty when none does.
        public var operations: [String]
        /// What the call needs, in words (`permissions ALL of: …`); empty when unresolved.
        public var requirement: String
        /// Why no spec in force governs the call.
        public var unresolved: String?
        /// What the client's grant lacks for the call, when the org's answers hold the client.
        public var missing: [String]
    }

    /// The rows of one client.
    public struct Client: Sendable {
        /// The client the rows name, if they do.
        public var clientId: String?
        /// The client as the org's answers name it (`Name (id)`), or the rows' `clientName`.
        public var label: String?
        /// The client's name, from the org's answers or the rows.
        public var name: String?
        /// Whether the org's answers hold the client (so `missing` is known).
        public var isKnown: Bool
        public var entries: [Entry]
    }

    public var clients: [Client]
    /// The usage files read, for headers.
    public var files: [String]
    /// The specs in force, by name.
    public var specs: String

    /// The discovery of `usage` against the graph's specs; denied rows of a client the org's
    /// answers hold are checked against its grant with `Auditor`.
    public static func discover(_ usage: UsageExport, in graph: RequirementGraph) -> UsageDiscovery {
        var order: [String?] = []
        var rowsByClient: [String?: [UsageRow]] = [:]
        for row in usage.rows {
            if rowsByClient[row.clientId] == nil { order.append(row.clientId) }
            rowsByClient[row.clientId, default: []].append(row)
        }
        let clients = order.map { clientId -> Client in
            let rows = rowsByClient[clientId] ?? []
            let org = clientId.flatMap { id in graph.orgClients.first { $0.client.id == id } }
            let audited = org.map { Auditor.audit(.org($0), in: graph, findings: []) }
            let entries = rows.map { row -> Entry in
                let resolution = graph.specs.resolve(row.call)
                var requirement: [String] = []
                var operations: [String] = []
                if case .governed(let governing) = resolution {
                    for operation in governing {
                        let need = operation.requirement
                        operations.append("\(operation.operation.method) \(operation.operation.path)")
                        requirement.append(
                            "scopes \(RequirementWording.scopes(need.scopeAlternatives)) (user tokens); permissions "
                                + RequirementWording.permissions(need.permissionMode, need.permissions))
                    }
                }
                let call = audited?.calls.first { $0.range == row.range }
                return Entry(
                    row: row, operations: operations, requirement: requirement.joined(separator: "; or "),
                    unresolved: graph.specs.unresolvedReason(resolution), missing: call?.missing ?? [])
            }
            return Client(
                clientId: clientId, label: org?.client.label ?? rows.lazy.compactMap(\.clientName).first,
                name: org?.client.name ?? rows.lazy.compactMap(\.clientName).first, isKnown: org != nil,
                entries: entries)
        }
        return UsageDiscovery(clients: clients, files: usage.files, specs: graph.specs.names)
    }

    /// The policy of what the clients called, ready to review and save: one `client` block a
    /// client, named `name` (one client only) or after the client, with each call the specs
    /// know, the calls they do not as comments, and the refused rows explained below.
    public func policy(name: String?) -> String {
        var lines = [
            "# Calls observed in client usage (\(files.joined(separator: ", "))), matched against \(specs).",
            "# Least privilege from observed traffic: review before use, since a call the period did not see is not here.",
        ]
        for client in clients {
            lines.append("")
            if let label = client.label ?? client.clientId { lines.append("# Client \(label).") }
            lines.append("client \(HCLQuoting.quote(name ?? Self.blockName(client))) {")
            let known = client.entries.filter { $0.unresolved == nil }
            let entries = known.map { entry in
                (text: HCLQuoting.quote(entry.row.call) + ",", comment: entry.row.countsText)
            }
            let width = entries.map(\.text.count).max() ?? 0
            lines.append(entries.isEmpty ? "  calls = []" : "  calls = [")
            for entry in entries {
                lines.append(
                    "    " + entry.text.padding(toLength: width, withPad: " ", startingAt: 0) + " # " + entry.comment)
            }
            for entry in client.entries where entry.unresolved != nil {
                lines.append("    # \(entry.row.call) (\(entry.row.countsText)): \(entry.unresolved ?? "")")
            }
            if !entries.isEmpty { lines.append("  ]") }
            lines.append("}")
            lines += Self.refusals(client).map { "# " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The refused rows of a client, explained: counts, what the endpoint needs, what the
    /// client lacks (or that the grant is not known).
    static func refusals(_ client: Client) -> [String] {
        let denied = client.entries.filter(\.row.isDenied)
        guard !denied.isEmpty else { return [] }
        var lines = ["Refused today (the rows count 4xx answers other than 429):"]
        for entry in denied {
            let row = entry.row
            lines.append(
                "\(row.call): \(row.refusals) of \(row.requests) request\(row.requests == 1 ? "" : "s") answered 4xx (\(row.range.description))"
            )
            if let unresolved = entry.unresolved {
                lines.append("  \(unresolved)")
                continue
            }
            lines.append("  needs \(entry.requirement)")
            if !client.isKnown {
                lines.append(
                    "  what the client holds is not known: give --org with its API answers to see what it lacks")
            } else if entry.missing.isEmpty {
                lines.append(
                    "  the client's grant covers it: the refusals are not for lack of a permission (a division, a 404, a bad request)"
                )
            } else {
                lines += entry.missing.map { "  the client lacks \($0)" }
            }
        }
        return lines
    }

    /// `genesyscloud_oauth_client.<name>` after the client's name, id, or a placeholder.
    static func blockName(_ client: Client) -> String {
        let base = client.name?.lowercased() ?? client.clientId.map { "client_\($0)" } ?? "CLIENT_NAME"
        return "genesyscloud_oauth_client." + HCLQuoting.resourceName(base, prefix: "client_")
    }

    /// `{"specs", "files", "clients": [{"clientId", "label", "calls": [{"call", "counts", "denied",
    /// "operations", "needs", "unresolved", "missing"}]}]}`.
    public var json: JSONOutput {
        .fields([
            ("specs", .string(specs)), ("files", .array(files.map(JSONOutput.string))),
            (
                "clients",
                .array(
                    clients.map { client in
                        .fields([
                            ("clientId", client.clientId.map(JSONOutput.string)),
                            ("label", client.label.map(JSONOutput.string)), ("orgKnowsClient", .bool(client.isKnown)),
                            ("calls", .array(client.entries.map(Self.json))),
                        ])
                    })
            ),
        ])
    }

    private static func json(_ entry: Entry) -> JSONOutput {
        .fields([
            ("call", .string(entry.row.call)), ("at", .string(entry.row.range.description)),
            ("requests", .int(entry.row.requests)), ("status400", .int(entry.row.status400)),
            ("status429", .int(entry.row.status429)),
            ("denied", .bool(entry.row.isDenied)), ("operations", .array(entry.operations.map(JSONOutput.string))),
            ("needs", entry.requirement.isEmpty ? nil : .string(entry.requirement)),
            ("unresolved", entry.unresolved.map(JSONOutput.string)),
            ("missing", .array(entry.missing.map(JSONOutput.string))),
        ])
    }
}
