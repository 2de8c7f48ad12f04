import Foundation
import Spec
import Syntax
import Testing

@Suite(.serialized) struct SpecCommandTests {
    @Test func fetchWritesTheSpecAndInfoFindsItInTheCache() throws {
        let server = try LocalHTTPServer(routes: ["/swagger": .json(SpecFixtures.oldSpec)], maximumRequests: 1)
        defer { server.stop() }
        let cache = try TestSupport.temporaryDirectory()
        let work = try TestSupport.temporaryDirectory()
        let environment = ["SCOPECHECK_CACHE_DIR": cache.path]
        let url = server.url("/swagger").absoluteString
        let fetch = try CommandRunner.run(["spec", "fetch", "--url", url], in: work, environment: environment)
        #expect(fetch.status == 0, "\(fetch.stderr)")
        let destination = cache.appendingPathComponent("genesys-swagger.json").path
        let bytes = SpecFixtures.oldSpec.utf8.count
        let spec = try SpecLoader.parse(SpecFixtures.oldSpec, source: "spec.json").contentHash
        #expect(
            fetch.stdout == """
                wrote \(destination) (\(bytes) bytes) from \(url)
                Sample API v2 (swagger-2.0): 3 operations, 4 scopes, 3 permissions, xxh64:\(spec); index cached

                """)
        #expect(fetch.stderr == "")
        let info = try CommandRunner.run(["spec", "info", "--format", "json"], in: work, environment: environment)
        #expect(info.status == 0, "\(info.stderr)")
        #expect(info.stdout.contains(#""path": "\#(destination)""#))
        #expect(info.stdout.contains(#""state": "hit""#))
    }

    @Test func fetchFailuresExitOneAndSayWhy() throws {
        let server = try LocalHTTPServer(
            routes: [
                "/down": .status(503, "Service Unavailable"),
                "/cut": .truncated(SpecFixtures.oldSpec, sent: 10),
            ], maximumRequests: 2)
        defer { server.stop() }
        let work = try TestSupport.temporaryDirectory()
        let output = work.appendingPathComponent("spec.json").path
        let down = try CommandRunner.run(
            ["spec", "fetch", "--url", server.url("/down").absoluteString, "--output", output], in: work)
        #expect(down.status == 2)
        #expect(
            down.stderr == """
                scopecheck spec fetch: error: \(server.url("/down").absoluteString) answered HTTP 503 (service unavailable), not 200 with the API spec
                nothing was written to \(output)

                """)
        let cut = try CommandRunner.run(
            ["spec", "fetch", "--url", server.url("/cut").absoluteString, "--output", output], in: work)
        #expect(cut.status == 2)
        #expect(cut.stderr.contains("received 10 of \(SpecFixtures.oldSpec.utf8.count) bytes (Content-Length)"))
        #expect(SpecFixtures.contents(of: work.path) == [])
    }

    @Test func usageErrorsExitTwo() throws {
        let region = try CommandRunner.run(["spec", "fetch", "--region", "mars-1"])
        #expect(region.status == 2)
        #expect(region.stderr.hasPrefix("scopecheck spec: error: unknown region 'mars-1'; regions (name or domain):\n"))
        #expect(region.stderr.contains("  eu-west-1       mypurecloud.ie          EMEA (Dublin)\n"))
        let both = try CommandRunner.run(["spec", "fetch", "--region", "eu-west-1", "--url", "https://example.com/x"])
        #expect(both.status == 2)
        #expect(both.stderr.contains("give either --region or --url, not both"))
        let badURL = try CommandRunner.run(["spec", "fetch", "--url", "ftp://example.com/spec"])
        #expect(badURL.status == 2)
        let stray = try CommandRunner.run(["spec", "diff", "a.json", "b.json", "--output", "x"])
        #expect(stray.stderr.contains("option --output does not apply to 'scopecheck spec diff'"))
        let unknown = try CommandRunner.run(["spec", "update"])
        #expect(unknown.stderr.contains("unknown subcommand 'update'; subcommands: fetch, info, diff"))
        let missing = try CommandRunner.run(["spec", "diff", "only-one.json"])
        #expect(missing.status == 2)
    }

    @Test func diffExitsOneWhenTheSpecsDiffer() throws {
        let directory = try TestSupport.temporaryDirectory()
        _ = try SpecFixtures.write(SpecFixtures.oldSpec, named: "old.json", in: directory)
        _ = try SpecFixtures.write(SpecFixtures.newSpec, named: "new.json", in: directory)
        let differ = try CommandRunner.run(["spec", "diff", "old.json", "new.json"], in: directory)
        #expect(differ.status == 1)
        #expect(
            differ.stdout.hasSuffix(
                "1 operation added, 1 removed, 1 changed; 1 scope added, 1 removed; 0 permissions added, 1 removed\n"))
        let same = try CommandRunner.run(["spec", "diff", "old.json", "old.json", "--format", "json"], in: directory)
        #expect(same.status == 0)
        #expect(same.stdout.contains(#""identical": true"#))
    }
}
