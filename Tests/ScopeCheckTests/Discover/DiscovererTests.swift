import Foundation
import Testing

@testable import Core
@testable import Discover
@testable import Graph
@testable import Policy
@testable import scopecheck

@Suite struct DiscovererTests {
    static let files = [
        "src/report.py": """
        import PureCloudPlatformClientV2 as gc

        api = gc.AnalyticsApi()
        result = api.post_analytics_conversations_details_query(body)
        queues = gc.RoutingApi().get_routing_queues(page_size=100)
        resp = requests.post(f"{base}/api/v2/analytics/queues/observations/query", json=body)

        """,
        "src/app.ts": """
        await api.postAnalyticsUsersAggregatesQuery(body);
        const r = await fetch(`/api/v2/routing/queues/${queueId}/members`, {
          method: 'GET',
        });

        """,
        "scripts/run.sh": """
        curl -X POST https://api.mypurecloud.com/api/v2/analytics/reporting/exports
        curl https://api.mypurecloud.com/api/v2/routing/queues/abc -X PUT
        curl https://api.mypurecloud.com/api/v2/nothing/here

        """,
        "scripts/action.json": """
        {"requestUrlTemplate": "/api/v2/routing/queues/${input.id}"}

        """,
        "src/Main.go": "r, _, err := apiClient.RoutingApi.GetRoutingSkills(ctx)\n",
        "node_modules/lib/index.js": "api.getUsers()\n",
        "vendor/x.go": "api.GetUsers()\n",
        ".hidden/y.py": "api.get_users()\n",
        "build/z.ts": "api.getUsers()\n",
        "docs/notes.md": "GET /api/v2/users\n",
    ]

    func tree() throws -> String {
        let root = try TerraformFixture.directory(Self.files)
        let blob = Array("abc\u{0}GET /api/v2/users".utf8)
        try Data(blob).write(to: URL(fileURLWithPath: root + "/src/blob.json"))
        let large = "api.getUsers()\n" + String(repeating: "x", count: Discoverer.sizeLimit)
        try large.write(toFile: root + "/src/large.js", atomically: true, encoding: .utf8)
        return root
    }

    func discover() throws -> (root: String, discovery: Discovery) {
        let root = try tree()
        return (
            root,
            try Discoverer.discover([root + "/src", root + "/scripts"], specs: SpecCatalog([LintFixture.sampleSpec]))
        )
    }

    @Test func textListsEveryCallInFileOrder() throws {
        let (root, discovery) = try discover()
        #expect(
            LintFixture.relative(discovery.text, to: root) == """
                scripts/action.json:1:25  ? /api/v2/routing/queues/${input.id}  low  (path /api/v2/routing/queues/${input.id}, no method seen; one of: DELETE /api/v2/routing/queues/{queueId}, GET /api/v2/routing/queues/{queueId}, PUT /api/v2/routing/queues/{queueId})
                scripts/run.sh:1:41  POST /api/v2/analytics/reporting/exports  postAnalyticsReportingExports  high  (path /api/v2/analytics/reporting/exports, method POST seen)
                scripts/run.sh:2:33  PUT /api/v2/routing/queues/{queueId}  putRoutingQueue  high  (path /api/v2/routing/queues/abc, method PUT seen)
                scripts/run.sh:3:33  ? /api/v2/nothing/here  low  (path /api/v2/nothing/here, method GET seen; not an operation of genesys-platform-sample.json)
                src/Main.go:1:35  GET /api/v2/routing/skills  getRoutingSkills  high  (SDK method GetRoutingSkills)
                src/app.ts:1:11  POST /api/v2/analytics/users/aggregates/query  postAnalyticsUsersAggregatesQuery  high  (SDK method postAnalyticsUsersAggregatesQuery)
                src/app.ts:2:24  GET /api/v2/routing/queues/{queueId}/members  getRoutingQueueMembers  high  (path /api/v2/routing/queues/${queueId}/members, method GET seen)
                src/report.py:4:14  POST /api/v2/analytics/conversations/details/query  postAnalyticsConversationsDetailsQuery  high  (SDK method post_analytics_conversations_details_query)
                src/report.py:5:26  GET /api/v2/routing/queues  getRoutingQueues  high  (SDK method get_routing_queues)
                src/report.py:6:30  POST /api/v2/analytics/queues/observations/query  postAnalyticsQueuesObservationsQuery  high  (path /api/v2/analytics/queues/observations/query, method POST seen)
                src/blob.json: skipped (binary)
                src/large.js: skipped (larger than 2 MB)
                10 call(s) of 8 operation(s) in 5 file(s); 5 file(s) scanned, 2 skipped

                """)
    }

    @Test func policyDeclaresEachOperationOnceWithWhereItWasFound() throws {
        let (root, discovery) = try discover()
        #expect(
            LintFixture.relative(discovery.policy(client: "genesyscloud_oauth_client.reports"), to: root) == """
                # Calls found by scopecheck discover in src, scripts (5 files scanned), matched against genesys-platform-sample.json.
                # Review before use: each call says where it was found and how sure the match is.
                client "genesyscloud_oauth_client.reports" {
                  calls = [
                    "POST /api/v2/analytics/conversations/details/query", # src/report.py:4 (SDK method, high)
                    "POST /api/v2/analytics/queues/observations/query",   # src/report.py:6 (path, high)
                    "POST /api/v2/analytics/reporting/exports",           # scripts/run.sh:1 (path, high)
                    "POST /api/v2/analytics/users/aggregates/query",      # src/app.ts:1 (SDK method, high)
                    "GET /api/v2/routing/queues",                         # src/report.py:5 (SDK method, high)
                    "PUT /api/v2/routing/queues/{queueId}",               # scripts/run.sh:2 (path, high)
                    "GET /api/v2/routing/queues/{queueId}/members",       # src/app.ts:2 (path, high)
                    "GET /api/v2/routing/skills",                         # src/Main.go:1 (SDK method, high)
                    # scripts/action.json:1:25: /api/v2/routing/queues/${input.id} with no visible method: "DELETE /api/v2/routing/queues/{queueId}" or "GET /api/v2/routing/queues/{queueId}" or "PUT /api/v2/routing/queues/{queueId}"
                    # scripts/run.sh:3:33: /api/v2/nothing/here is not an operation of genesys-platform-sample.json
                  ]
                }

                """)
        let policy = PolicyLoader.parse(discovery.policy(client: "genesyscloud_oauth_client.reports"), path: "p.hcl")
        #expect(policy.diagnostics.isEmpty)
        #expect(policy.clients.first?.calls.count == 8)
    }

    @Test func jsonHasTheDocumentedKeys() throws {
        let (root, discovery) = try discover()
        let json = LintFixture.relative(discovery.json.rendered(pretty: false), to: root)
        #expect(
            json.hasPrefix(
                """
                {"calls":[{"method":null,"path":"/api/v2/routing/queues/{queueId}","operationId":null,\
                "file":"scripts/action.json","line":1,"column":25,"confidence":"low","evidence":"path",\
                "match":"/api/v2/routing/queues/${input.id}","candidates":["DELETE /api/v2/routing/queues/{queueId}",\
                "GET /api/v2/routing/queues/{queueId}","PUT /api/v2/routing/queues/{queueId}"]},\
                {"method":"POST","path":"/api/v2/analytics/reporting/exports","operationId":"postAnalyticsReportingExports",\
                "file":"scripts/run.sh","line":1,"column":41,"confidence":"high","evidence":"path",\
                "match":"/api/v2/analytics/reporting/exports","candidates":[]},
                """))
        #expect(
            json.hasSuffix(
                """
                "filesScanned":5,"skipped":[{"file":"src/blob.json","reason":"binary"},\
                {"file":"src/large.js","reason":"larger than 2 MB"}],"spec":"genesys-platform-sample.json"}
                """))
    }

    @Test func vendoredBuildAndHiddenFoldersAreNotEntered() throws {
        let root = try tree()
        let files = try SourceWalker.files(under: [root]).map { LintFixture.relative($0.path, to: root) }
        #expect(
            files == [
                "scripts/action.json", "scripts/run.sh", "src/Main.go", "src/app.ts", "src/blob.json", "src/large.js",
                "src/report.py",
            ])
        let named = try SourceWalker.files(under: [root + "/docs/notes.md"])
        #expect(named.map { LintFixture.relative($0.path, to: root) } == ["docs/notes.md"])
        #expect(named.first?.named == true)
        #expect(throws: InputError.self) { try SourceWalker.files(under: [root + "/missing"]) }
    }

    @Test func lowConfidenceCallsStayComments() throws {
        let root = try TerraformFixture.directory(["a.js": "const u = getUsers(x);\n"])
        let discovery = try Discoverer.discover([root], specs: SpecCatalog([LintFixture.sampleSpec]))
        #expect(discovery.calls.map(\.confidence) == [.medium])
        let root2 = try TerraformFixture.directory(["a.js": "const u = get_users(x);\n"])
        let weak = try Discoverer.discover([root2], specs: SpecCatalog([LintFixture.sampleSpec]))
        #expect(weak.calls.map(\.confidence) == [.low])
        #expect(
            LintFixture.relative(weak.policy(client: "genesyscloud_oauth_client.a"), to: root2).components(
                separatedBy: "\n"
            ).dropFirst(2).joined(separator: "\n") == """
                client "genesyscloud_oauth_client.a" {
                  calls = []
                    # "GET /api/v2/users", # a.js:1 (SDK method, low): uncomment if it is a call
                }

                """)
    }

    /// A few thousand files scan without trouble; the time is noted in docs/discover.md, not asserted.
    @Test func largeTreesAreScanned() throws {
        let root = try TestSupport.temporaryDirectory()
        for index in 0..<3_000 {
            let folder = root.appendingPathComponent("module\(index % 40)/sub\(index % 7)")
            let (name, text): (String, String) =
                switch index % 3 {
                case 0:
                    (
                        "f\(index).py",
                        "x = \(index)\napi.get_routing_queues()\n" + String(repeating: "# filler\n", count: 50)
                    )
                case 1: ("f\(index).ts", "const x = \(index);\n" + String(repeating: "let y = foo(bar);\n", count: 50))
                default: ("f\(index).sh", "curl -X POST https://h/api/v2/analytics/users/aggregates/query\n")
                }
            if index < 280 { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        let discovery = try Discoverer.discover([root.path], specs: SpecCatalog([LintFixture.sampleSpec]))
        #expect(discovery.filesScanned == 3_000)
        #expect(discovery.calls.count == 2_000)
        #expect(
            discovery.operations(minimum: .high).map(\.operation.reference) == [
                "POST /api/v2/analytics/users/aggregates/query", "GET /api/v2/routing/queues",
            ])
        let sorted = discovery.calls.sorted { ($0.file, $0.line) < ($1.file, $1.line) }
        #expect(discovery.calls.map(\.file) == sorted.map(\.file))
    }
}
