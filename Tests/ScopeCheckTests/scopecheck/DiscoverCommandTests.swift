import Foundation
import Testing

@Suite struct DiscoverCommandTests {
    func source() throws -> URL {
        let directory = try TestSupport.temporaryDirectory()
        try "api.get_routing_queues()\nrequests.post('https://x/api/v2/analytics/queues/observations/query')\n".write(
            to: directory.appendingPathComponent("job.py"), atomically: true, encoding: .utf8)
        return directory
    }

    let spec = TestSupport.packageRoot.appendingPathComponent("samples/spec/genesys-platform-sample.json").path

    @Test func writesAPolicyForTheClient() throws {
        let output = try CommandRunner.run(
            ["discover", ".", "--spec", spec, "--client", "genesyscloud_oauth_client.job"], in: try source())
        #expect(output.status == 0, "\(output.stderr)")
        #expect(
            output.stdout == """
                # Calls found by scopecheck discover in . (1 file scanned), matched against \(spec).
                # Review before use: each call says where it was found and how sure the match is.
                client "genesyscloud_oauth_client.job" {
                  calls = [
                    "POST /api/v2/analytics/queues/observations/query", # job.py:2 (path, high)
                    "GET /api/v2/routing/queues",                       # job.py:1 (SDK method, high)
                  ]
                }

                """)
    }

    @Test func jsonListsEveryCall() throws {
        let output = try CommandRunner.run(
            ["discover", "job.py", "--spec", spec, "--format", "json"], in: try source())
        #expect(output.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any] ?? [:]
        let calls = json["calls"] as? [[String: Any]] ?? []
        #expect(
            calls.map { "\($0["method"] ?? "") \($0["path"] ?? "") \($0["line"] ?? "") \($0["confidence"] ?? "")" } == [
                "GET /api/v2/routing/queues 1 high", "POST /api/v2/analytics/queues/observations/query 2 high",
            ])
    }

    @Test func badArgumentsAreUsageErrors() throws {
        let directory = try source()
        #expect(try CommandRunner.run(["discover", "--spec", spec], in: directory).status == 2)
        #expect(try CommandRunner.run(["discover", "missing", "--spec", spec], in: directory).status == 2)
        let badClient = try CommandRunner.run(
            ["discover", ".", "--spec", spec, "--client", "not an address"], in: directory)
        #expect(badClient.status == 2)
        #expect(badClient.stderr.contains("--client not an address is not a resource address"))
        #expect(try CommandRunner.run(["discover", ".", "--spec", spec, "--format", "xml"], in: directory).status == 2)
    }
}
