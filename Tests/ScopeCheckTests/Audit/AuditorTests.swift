import Core
import Foundation
import Genesys
import Graph
import Org
import Policy
import Spec
import Testing

@testable import Audit

/// `Auditor` on clients of the org's API answers (`--org`) with calls from usage exports
/// (`--usage`), read through `Analysis.load` against the sample spec: role policies expanded,
/// unknown roles, divisions, the least change, clients with no calls, unknown scopes, and usage
/// rows that name no client.
@Suite struct AuditorTests {
    static let sampleSpec = TestSupport.packageRoot.appendingPathComponent(
        "samples/spec/genesys-platform-sample.json"
    ).path

    /// A CLIENT-CREDENTIALS client holding `role` in `division`.
    static func credentialsClient(_ id: String, role: String, division: String? = "*") -> String {
        let roles =
            division.map { #""roleDivisions": [{"roleId": "\#(role)", "divisionId": "\#($0)"}]"# }
            ?? #""roleIds": ["\#(role)"]"#
        return
            #"{"id": "\#(id)", "name": "Client \#(id)", "authorizedGrantType": "CLIENT-CREDENTIALS", "scope": [], \#(roles)}"#
    }

    /// A usage row of `client` (nil: a row that names no client), answered 2xx, or 4xx when `refused`.
    static func usage(_ client: String?, _ method: String, _ uri: String, refused: Bool = false) -> String {
        let id = client.map { #""clientId": "\#($0)", "# } ?? ""
        return #"{\#(id)"templateUri": "\#(uri)", "httpMethod": "\#(method)", "requests": 4, "#
            + #""status200": \#(refused ? 0 : 4), "status400": \#(refused ? 4 : 0), "date": "2026-11-30T00:00:00Z"}"#
    }

    static let roles = """
        {"entities": [
          {"id": "admin", "name": "Routing Admin", "permissionPolicies": [
            {"domain": "routing", "entityName": "*", "actionSet": ["*"]}]},
          {"id": "reader", "name": "Queue Reader", "permissionPolicies": [
            {"domain": "routing", "entityName": "queue", "actionSet": ["view"]}]},
          {"id": "combined", "name": "Combined", "permissionPolicies": [
            {"domain": "routing", "entityName": "queue", "actionSet": ["view", "delete"]}]},
          {"id": "toomuch", "name": "Too Much", "permissionPolicies": [
            {"domain": "routing", "entityName": "queue", "actionSet": ["view"]},
            {"domain": "routing", "entityName": "wrapupCode", "actionSet": ["delete"]}]}
        ]}
        """

    /// The graph of `clients` (JSON objects), the roles above and `usage` rows, with the sample
    /// spec in force; rows that name no client are `usageCaller`'s.
    static func graph(clients: [String], usage: [String] = [], usageCaller: Caller? = nil) throws
        -> RequirementGraph
    {
        let directory = try TestSupport.temporaryDirectory()
        let org = directory.appendingPathComponent("org")
        try FileManager.default.createDirectory(at: org, withIntermediateDirectories: true)
        try Data(("[" + clients.joined(separator: ",\n") + "]").utf8).write(
            to: org.appendingPathComponent("clients.json"))
        try Data(roles.utf8).write(to: org.appendingPathComponent("roles.json"))
        var request = AnalysisRequest(
            paths: [], overrides: ConfigOverrides(specs: [SpecBinding(path: sampleSpec)]),
            workingDirectory: FileManager.default.currentDirectoryPath, environment: [:])
        request.orgPath = org.path
        if !usage.isEmpty {
            let file = directory.appendingPathComponent("usage.json")
            try Data((#"{"results": ["# + usage.joined(separator: ",\n") + "]}").utf8).write(to: file)
            request.usagePaths = [file.path]
        }
        request.usageCaller = usageCaller
        return try Analysis.load(request, knownRules: []).graph
    }

    /// The audit of the org client `id` of `graph`.
    static func audit(_ id: String, in graph: RequirementGraph) throws -> ClientAudit {
        let client = try #require(graph.orgClients.first { $0.client.id == id }, "no org client \(id)")
        return Auditor.audit(.org(client), in: graph, findings: [])
    }

    @Test func aWildcardPolicyExpandsToTheSpecsPermissionsAndAllowsTheCall() throws {
        let graph = try Self.graph(
            clients: [Self.credentialsClient("c1", role: "admin")],
            usage: [Self.usage("c1", "POST", "api/v2/routing/queues/{queueId}/members")])
        let audit = try Self.audit("c1", in: graph)
        let role = try #require(audit.roles.first)
        #expect(role.reference == "Routing Admin (admin)")
        #expect(role.policies == [PermissionPolicy(domain: "routing", entity: "*", actions: ["*"])])
        #expect(
            role.effectivePermissions == [
                "routing:queue:add", "routing:queue:delete", "routing:queue:edit", "routing:queue:readonly",
                "routing:queue:view", "routing:queueMember:manage", "routing:skill:create", "routing:skill:delete",
                "routing:skill:manage", "routing:skill:view", "routing:wrapupCode:add", "routing:wrapupCode:delete",
                "routing:wrapupCode:edit", "routing:wrapupCode:view",
            ])
        #expect(role.unknownReason == nil)
        #expect(role.excessPolicies.isEmpty)
        let call = try #require(audit.calls.first)
        #expect(call.text == "POST /api/v2/routing/queues/{queueId}/members")
        #expect(call.source == "usage")
        #expect(call.verdict == .allowed)
        #expect(call.grantedBy == ["Routing Admin (admin)"])
        #expect(call.divisions == "all (*)")
        #expect(audit.verdict == .allowed)
        #expect(audit.change.addPermissions.isEmpty)
        // `routing:*:*` grants 14 permissions for a call that needs one of two: narrowed to the
        // permissions the call checks.
        #expect(audit.change.narrowPolicies.map(\.from) == ["routing:*:* (Routing Admin (admin))"])
        #expect(
            audit.change.narrowPolicies.first?.to == [
                "routing:queue:edit (Routing Admin (admin))", "routing:queueMember:manage (Routing Admin (admin))",
            ])
    }

    @Test func anUnknownRoleLeavesTheCallUnknownNotDenied() throws {
        let graph = try Self.graph(
            clients: [Self.credentialsClient("c1", role: "missing-role", division: nil)],
            usage: [Self.usage("c1", "GET", "api/v2/routing/queues/{queueId}")])
        let audit = try Self.audit("c1", in: graph)
        let role = try #require(audit.roles.first)
        #expect(role.reference == "role id \"missing-role\"")
        #expect(role.division == nil)
        #expect(role.policies == nil)
        #expect(
            role.unknownReason
                == "the org answers hold no role with this id (save GET /api/v2/authorization/roles/missing-role)")
        let call = try #require(audit.calls.first)
        #expect(call.verdict == .unknown)
        #expect(call.missing.isEmpty)
        #expect(call.missingPermissions.isEmpty)
        #expect(
            call.unresolved == [
                "the client's roles include role id \"missing-role\": the org answers hold no role with this id (save GET /api/v2/authorization/roles/missing-role)"
            ])
        #expect(audit.verdict == .unknown)
        #expect(audit.change.addPermissions.isEmpty)
        #expect(
            audit.change.caveats == [
                "the permissions of role id \"missing-role\" are unknown: what they add or make excess is not counted"
            ])
        #expect(audit.isProblem)
    }

    @Test func aRoleGrantedInOneDivisionHoldsInThatDivisionOnly() throws {
        let graph = try Self.graph(
            clients: [
                Self.credentialsClient("one", role: "reader", division: "div-1"),
                Self.credentialsClient("all", role: "reader", division: "*"),
                Self.credentialsClient("unsaid", role: "reader", division: nil),
            ],
            usage: ["one", "all", "unsaid"].map { Self.usage($0, "GET", "api/v2/routing/queues/{queueId}") })
        let one = try Self.audit("one", in: graph)
        #expect(one.roles.first?.division == "div-1")
        #expect(one.calls.first?.verdict == .allowed)
        #expect(one.calls.first?.divisions == "div-1 only: objects of other divisions are refused")
        let all = try Self.audit("all", in: graph)
        #expect(all.calls.first?.verdict == .allowed)
        #expect(all.calls.first?.divisions == "all (*)")
        let unsaid = try Self.audit("unsaid", in: graph)
        #expect(unsaid.calls.first?.verdict == .allowed)
        #expect(
            unsaid.calls.first?.divisions
                == "cannot be known for Queue Reader (reader): the division it is granted in is not given")
    }

    @Test func aDeniedCallMakesTheChangeAddItsPermission() throws {
        let graph = try Self.graph(
            clients: [Self.credentialsClient("c1", role: "reader")],
            usage: [
                Self.usage("c1", "GET", "api/v2/routing/queues/{queueId}"),
                Self.usage("c1", "POST", "api/v2/routing/queues/{queueId}/members", refused: true),
            ])
        let audit = try Self.audit("c1", in: graph)
        #expect(audit.calls.map(\.verdict) == [.allowed, .denied])
        let denied = audit.calls[1]
        #expect(denied.missingPermissions == ["routing:queue:edit", "routing:queueMember:manage"])
        #expect(denied.missing == ["permission ANY of: routing:queue:edit, routing:queueMember:manage"])
        #expect(denied.deniedToday)
        #expect(denied.divisions == nil)
        #expect(!audit.calls[0].deniedToday)
        #expect(audit.verdict == .denied)
        #expect(audit.change.addPermissions == ["routing:queue:edit"])
        #expect(audit.change.removePolicies.isEmpty)
        #expect(audit.change.addScopes.isEmpty && audit.change.removeScopes.isEmpty)
        #expect(audit.change.caveats.isEmpty)
    }

    @Test func anExcessPolicyMakesTheChangeRemoveIt() throws {
        let graph = try Self.graph(
            clients: [Self.credentialsClient("c1", role: "toomuch")],
            usage: [Self.usage("c1", "GET", "api/v2/routing/queues/{queueId}")])
        let audit = try Self.audit("c1", in: graph)
        #expect(audit.verdict == .allowed)
        #expect(
            audit.roles.first?.excessPolicies == [
                PermissionPolicy(domain: "routing", entity: "wrapupCode", actions: ["delete"])
            ])
        #expect(audit.change.addPermissions.isEmpty)
        #expect(audit.change.removePolicies == ["routing:wrapupCode:delete (Too Much (toomuch))"])
        #expect(audit.change.caveats == ["what to remove assumes the calls above are all the client makes"])
        #expect(audit.isProblem)
    }

    @Test func aPolicyWithANeededAndAnUnneededActionIsNarrowed() throws {
        let graph = try Self.graph(
            clients: [Self.credentialsClient("c1", role: "combined")],
            usage: [Self.usage("c1", "GET", "api/v2/routing/queues/{queueId}")])
        let audit = try Self.audit("c1", in: graph)
        #expect(audit.calls.first?.verdict == .allowed)
        #expect(audit.roles.first?.effectivePermissions == ["routing:queue:delete", "routing:queue:view"])
        // The policy grants `view`, which the call needs, so it is not excess as a whole; its
        // `delete` action is needed by nothing: the change narrows the policy to `view`.
        #expect(audit.roles.first?.excessPolicies.isEmpty == true)
        #expect(audit.change.narrowPolicies.map(\.from) == ["routing:queue:view,delete (Combined (combined))"])
        #expect(audit.change.narrowPolicies.first?.to == ["routing:queue:view (Combined (combined))"])
        #expect(
            audit.text.contains(
                "  - policy routing:queue:view,delete (Combined (combined))\n  + policy routing:queue:view (Combined (combined))\n"
            ))
    }

    @Test func aClientWithNoCallsHasItsScopesUncheckedAndNoChange() throws {
        let graph = try Self.graph(clients: [
            #"{"id": "p1", "name": "Portal", "authorizedGrantType": "CODE", "scope": ["routing:readonly", "analytics"]}"#,
            Self.credentialsClient("c1", role: "toomuch"),
        ])
        let portal = try Self.audit("p1", in: graph)
        #expect(portal.calls.isEmpty)
        #expect(portal.scopes.map(\.status) == [.unchecked, .unchecked])
        #expect(portal.change.isEmpty)
        #expect(portal.change.caveats == ["no call of the client is known, so no change is proposed"])
        #expect(
            portal.notes == [
                "scopecheck knows no call of this client: declare its calls in a policy, or give --usage with its usage query results"
            ])
        #expect(!portal.isProblem)
        // Policies are not called excess when no call is known.
        let credentials = try Self.audit("c1", in: graph)
        #expect(credentials.roles.first?.excessPolicies.isEmpty == true)
        #expect(credentials.change.isEmpty)
    }

    @Test func aCodeClientWithAnUnknownScope() throws {
        let graph = try Self.graph(
            clients: [
                #"{"id": "p1", "name": "Portal", "authorizedGrantType": "CODE", "scope": ["routing:readonly", "routing:bogus", "analytics"]}"#
            ],
            usage: [Self.usage("p1", "GET", "api/v2/routing/queues")])
        let audit = try Self.audit("p1", in: graph)
        #expect(audit.scopes.map(\.name) == ["routing:readonly", "routing:bogus", "analytics"])
        #expect(audit.scopes.map(\.status) == [.used, .unknown, .excess])
        #expect(audit.scopes[0].usedBy == ["GET /api/v2/routing/queues"])
        #expect(audit.scopes[1].suggestions == ["routing:readonly", "routing"])
        #expect(audit.scopes[0].suggestions.isEmpty)
        #expect(audit.calls.first?.verdict == .allowed)
        // A user grant: the roles do not count, so no division is said.
        #expect(audit.calls.first?.divisions == nil)
        #expect(audit.change.removeScopes == ["routing:bogus", "analytics"])
        #expect(audit.change.addScopes.isEmpty)
        #expect(audit.isProblem)
    }

    @Test func usageRowsWithoutAClientIdAreTheUsageCallersOnly() throws {
        let rows = [
            Self.usage(nil, "GET", "api/v2/routing/wrapupcodes"),
            Self.usage("c2", "GET", "api/v2/routing/queues/{queueId}"),
        ]
        let clients = [Self.credentialsClient("c1", role: "reader"), Self.credentialsClient("c2", role: "reader")]
        let attributed = try Self.graph(
            clients: clients, usage: rows, usageCaller: .orgClient(id: "c1", label: "Client c1 (c1)"))
        let c1 = try Self.audit("c1", in: attributed)
        #expect(c1.calls.map(\.text) == ["GET /api/v2/routing/wrapupcodes"])
        #expect(c1.calls.first?.verdict == .denied)
        #expect(c1.calls.first?.missingPermissions == ["routing:wrapupCode:view"])
        #expect(c1.change.addPermissions == ["routing:wrapupCode:view"])
        let c2 = try Self.audit("c2", in: attributed)
        #expect(c2.calls.map(\.text) == ["GET /api/v2/routing/queues/{queueId}"])
        // Without a usage caller the row is nobody's.
        let unattributed = try Self.graph(clients: clients, usage: rows)
        #expect(try Self.audit("c1", in: unattributed).calls.isEmpty)
        #expect(try Self.audit("c2", in: unattributed).calls.map(\.text) == ["GET /api/v2/routing/queues/{queueId}"])
    }

    @Test func aRowOfAClientOutsideTheAnswersIsTheUsageCallers() throws {
        let graph = try Self.graph(
            clients: [Self.credentialsClient("c1", role: "reader")],
            usage: [Self.usage("someone-else", "GET", "api/v2/routing/queues/{queueId}")],
            usageCaller: .orgClient(id: "c1", label: "Client c1 (c1)"))
        let audit = try Self.audit("c1", in: graph)
        #expect(audit.calls.map(\.text) == ["GET /api/v2/routing/queues/{queueId}"])
        #expect(audit.calls.first?.verdict == .allowed)
    }
}
