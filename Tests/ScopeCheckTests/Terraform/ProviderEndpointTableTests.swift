import Foundation
import Testing

@testable import Core
@testable import Terraform

/// The provider's endpoint table: the bundled one, reading a table, and the script that writes it.
@Suite struct ProviderEndpointTableTests {
    @Test func theBundledTableIsReadWhole() {
        let (table, diagnostics) = ProviderEndpointTable.parse(
            ProviderEndpointTable.bundledText, path: ProviderEndpointTable.bundledOrigin)
        #expect(diagnostics.isEmpty)
        #expect(table.label == "MyPureCloud/genesyscloud v1.84.1")
        #expect(table.commit == "f955430e6bd4c0b56708d3abc06fb25a1e9031b7")
        #expect(table.typeCount.resources == 143)
        #expect(table.typeCount.dataSources == 114)
        #expect(
            table.endpoints(of: .data, type: "genesyscloud_routing_queue")?.map(\.description) == [
                "GET /api/v2/routing/queues", "GET /api/v2/routing/queues/{queueId}",
                "GET /api/v2/routing/queues/{queueId}/wrapupcodes",
            ])
        #expect(table.endpoints(of: .managed, type: "genesyscloud_routing_queue")?.count == 11)
        // Known, with no endpoint listed; and not known at all.
        #expect(table.endpoints(of: .managed, type: "genesyscloud_tf_export") == [])
        #expect(table.endpoints(of: .data, type: "genesyscloud_widget_deployment") == nil)
        // The docs list GET /api/v2/routing/settings/contactcenter twice; the table once.
        #expect(
            table.endpoints(of: .managed, type: "genesyscloud_routing_settings")?.filter {
                $0.description == "GET /api/v2/routing/settings/contactcenter"
            }.count == 1)
    }

    @Test(arguments: [
        ("# version: v1\nkind\ttype\tmethod\tpath\nresource\tgenesyscloud_x\tGET\t/api/v2/x\n", [String]()),
        ("# version: v1\nnot a header\n", ["error 2:1 Not a provider endpoint table"]),
        (
            "# version: v1\nkind\ttype\tmethod\tpath\nresource\tgenesyscloud_x\tGET\n",
            ["error 3:1 Invalid provider endpoint row"]
        ),
        (
            "# version: v1\nkind\ttype\tmethod\tpath\nresource\tgenesyscloud_x\tget\t/api/v2/x\n",
            ["error 3:1 Invalid provider endpoint row"]
        ),
        (
            "# version: v1\nkind\ttype\tmethod\tpath\nbucket\tgenesyscloud_x\tGET\t/api/v2/x\n",
            ["error 3:1 Invalid provider endpoint row"]
        ),
        ("# version: v1\n", ["error 1:1 Not a provider endpoint table"]),
    ])
    func problemsAreDiagnosedAtTheirLine(text: String, expected: [String]) {
        let (_, diagnostics) = ProviderEndpointTable.parse(text, path: "t.tsv")
        #expect(
            diagnostics.map {
                "\($0.severity.rawValue) \($0.range?.start.line ?? -1):\($0.range?.start.column ?? -1) \($0.summary)"
            } == expected)
    }

    @Test func aTableWithoutAVersionIsAWarning() {
        let (table, diagnostics) = ProviderEndpointTable.parse("kind\ttype\tmethod\tpath\n", path: "t.tsv")
        #expect(diagnostics.map(\.summary) == ["Provider endpoint table without a version"])
        #expect(diagnostics.first?.severity == .warning)
        #expect(table.version == "")
    }

    static let python: URL? = ["/usr/bin/python3", "/usr/local/bin/python3"].map(URL.init(fileURLWithPath:)).first {
        FileManager.default.isExecutableFile(atPath: $0.path)
    }

    /// Runs the table script with `arguments`; its standard output, or nil when it fails.
    static func script(_ arguments: [String]) throws -> String? {
        let process = Process()
        guard let python else { return nil }
        process.executableURL = python
        process.arguments =
            [TestSupport.packageRoot.appendingPathComponent("scripts/provider-endpoints.py").path]
            + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }

    @Test(.enabled(if: python != nil && TestSupport.corpus != nil, "needs python3 and ../shared/corpus"))
    func theBundledTableIsWhatTheScriptWritesFromTheFacts() throws {
        let facts = try #require(TestSupport.corpusFile("genesys/provider-api-usage.json"))
        let swift = try TestSupport.temporaryDirectory().appendingPathComponent("bundled.swift")
        _ = try #require(try Self.script(["--json", facts.path, "--swift", swift.path]))
        let committed = TestSupport.packageRoot.appendingPathComponent(
            "Sources/Terraform/ProviderSchema/ProviderEndpointTable+Bundled.swift")
        #expect(try Data(contentsOf: swift) == Data(contentsOf: committed))
    }

    @Test(.enabled(if: python != nil, "needs python3"))
    func theScriptReadsAProvidersDocsFolder() throws {
        let docs = try TerraformFixture.directory([
            "resources/routing_queue.md": """
            # genesyscloud_routing_queue (Resource)

            ## API Usage

            The following Genesys Cloud APIs are used by this resource.

            * [GET /api/v2/routing/queues/{queueId}](https://developer.genesys.cloud/devapps/api-explorer#get)
            * [post /api/v2/routing/queues](https://developer.genesys.cloud/devapps/api-explorer#post)
            - [DELETE /api/v2/routing/queues/{queueId}]()

            ## Permissions and Scopes

            * `routing:queue:view`
            """,
            "resources/tf_export.md": """
            # genesyscloud_tf_export (Resource)

            ## API Usage

            * The export resource calls GET APIs on all exported resource types.
            """,
            "data-sources/routing_queue.md": """
            # genesyscloud_routing_queue (Data Source)

            ## API Usage

            * [GET /api/v2/routing/queues](https://developer.genesys.cloud/devapps/api-explorer#get)
            """,
        ])
        let tsv = try #require(try Self.script(["--docs", docs, "--version", "v9.9.9", "--commit", "abc"]))
        #expect(
            tsv == """
                # scopecheck provider endpoint table (facts: Terraform provider docs "API Usage" sections)
                # provider: MyPureCloud/genesyscloud
                # version: v9.9.9
                # commit: abc
                # source: docs/resources/*.md, docs/data-sources/*.md, section "API Usage"
                kind\ttype\tmethod\tpath
                data\tgenesyscloud_routing_queue\tGET\t/api/v2/routing/queues
                resource\tgenesyscloud_routing_queue\tPOST\t/api/v2/routing/queues
                resource\tgenesyscloud_routing_queue\tDELETE\t/api/v2/routing/queues/{queueId}
                resource\tgenesyscloud_routing_queue\tGET\t/api/v2/routing/queues/{queueId}
                resource\tgenesyscloud_tf_export\t-\t-

                """)
        let (table, diagnostics) = ProviderEndpointTable.parse(tsv, path: "docs.tsv")
        #expect(diagnostics.isEmpty)
        #expect(table.version == "v9.9.9")
        #expect(table.endpoints(of: .managed, type: "genesyscloud_tf_export") == [])
        #expect(try Self.script(["--docs", docs]) == nil, "--version is required")
    }
}
