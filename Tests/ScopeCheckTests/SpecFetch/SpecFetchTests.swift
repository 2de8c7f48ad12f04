import Foundation
import Testing

@testable import Spec
@testable import SpecFetch
@testable import Syntax

@Suite struct GenesysRegionTests {
    @Test func findsRegionsByNameDomainAndHost() {
        #expect(GenesysRegion.named("eu-west-1")?.domain == "mypurecloud.ie")
        #expect(GenesysRegion.named("EU_WEST_1")?.domain == "mypurecloud.ie")
        #expect(GenesysRegion.named("mypurecloud.de")?.name == "eu-central-1")
        #expect(GenesysRegion.named("api.euw2.pure.cloud")?.name == "eu-west-2")
        #expect(GenesysRegion.named("mypurecloud.com.au")?.name == "ap-southeast-2")
        #expect(GenesysRegion.named("moon-1") == nil)
        #expect(GenesysRegion.named("pure.cloud") == nil)
    }

    @Test func coversTheDocumentedRegions() {
        let expected = [
            "us-east-1": "mypurecloud.com", "eu-west-1": "mypurecloud.ie", "eu-central-1": "mypurecloud.de",
            "eu-west-2": "euw2.pure.cloud", "ap-southeast-2": "mypurecloud.com.au", "ap-northeast-1": "mypurecloud.jp",
            "us-west-2": "usw2.pure.cloud", "ca-central-1": "cac1.pure.cloud", "ap-south-1": "aps1.pure.cloud",
            "sa-east-1": "sae1.pure.cloud",
        ]
        for (name, domain) in expected { #expect(GenesysRegion.named(name)?.domain == domain, "\(name)") }
        #expect(Set(GenesysRegion.all.map(\.name)).count == GenesysRegion.all.count)
        #expect(Set(GenesysRegion.all.map(\.domain)).count == GenesysRegion.all.count)
    }

    @Test func buildsTheSwaggerURL() {
        #expect(GenesysRegion.named("eu-west-2")?.swaggerURL == "https://api.euw2.pure.cloud/api/v2/docs/swagger")
    }

    @Test func listsTheTableAligned() {
        let lines = GenesysRegion.table.split(separator: "\n").map(String.init)
        #expect(lines.count == GenesysRegion.all.count)
        #expect(lines.first == "  us-east-1       mypurecloud.com         Americas (US East)")
    }
}

@Suite struct DownloadProgressTests {
    @Test func describesBytesAndPercent() {
        #expect(DownloadProgress(received: 3_400_000, expected: 38_200_000).description == "3.4 MB of 38.2 MB (8%)")
        #expect(DownloadProgress(received: 1_250_000, expected: nil).description == "1.3 MB")
        #expect(DownloadProgress(received: 0, expected: 0).percent == nil)
    }
}

@Suite(.serialized) struct SpecFetcherTests {
    /// A fresh directory for the destination and one for the cache.
    private func directories() throws -> (destination: String, cache: SpecCache) {
        let root = try TestSupport.temporaryDirectory()
        return (
            root.appendingPathComponent("specs").path, SpecCache(directory: root.appendingPathComponent("cache").path)
        )
    }

    @Test func downloadsValidatesWritesAndIndexes() throws {
        let server = try LocalHTTPServer(
            routes: ["/api/v2/docs/swagger": .json(SpecFixtures.oldSpec)], maximumRequests: 1)
        defer { server.stop() }
        let (directory, cache) = try directories()
        let destination = directory + "/genesys-swagger.json"
        let url = server.url("/api/v2/docs/swagger")
        let result = try SpecFetcher(downloader: CurlSpecDownloader(idleTimeout: 5)).fetch(
            url, to: destination, cache: cache)
        #expect(result.path == destination)
        #expect(result.bytes == Int64(SpecFixtures.oldSpec.utf8.count))
        #expect(result.description.path == destination)
        #expect(result.description.operationCount == 3)
        #expect(result.description.scopeCount == 4)
        #expect(result.cacheOutcome == .stored)
        #expect(try String(contentsOfFile: destination, encoding: .utf8) == SpecFixtures.oldSpec)
        #expect(SpecFixtures.contents(of: directory) == ["genesys-swagger.json"])
        let reloaded = try SpecLoader.load(path: destination, cache: cache)
        #expect(reloaded.cacheOutcome == .hit)
        #expect(server.requestedPaths == ["/api/v2/docs/swagger"])
    }

    @Test(.enabled(if: TestSupport.corpusFile("genesys/reference-swagger.json") != nil, "needs the shared corpus"))
    func fetchesAFullSizeSpec() throws {
        let reference = try #require(TestSupport.corpusFile("genesys/reference-swagger.json"))
        let body = try Data(contentsOf: reference)
        let server = try LocalHTTPServer(
            routes: [
                "/api/v2/docs/swagger": LocalHTTPServer.Response(
                    status: 200, reason: "OK", headers: [("Content-Type", "application/json")], body: Array(body))
            ], maximumRequests: 1, timeoutSeconds: 30)
        defer { server.stop() }
        let (directory, cache) = try directories()
        let seen = ProgressRecorder()
        let result = try SpecFetcher(downloader: CurlSpecDownloader(idleTimeout: 30)).fetch(
            server.url("/api/v2/docs/swagger"), to: directory + "/genesys-swagger.json", cache: cache,
            progress: seen.record)
        #expect(result.bytes == Int64(body.count))
        #expect(try Data(contentsOf: URL(fileURLWithPath: result.path)) == body)
        #expect(result.description.operationCount > 1000)
        #expect(seen.count > 1, "progress is reported as the body arrives")
        #expect(seen.last == DownloadProgress(received: Int64(body.count), expected: Int64(body.count)))
    }

    @Test func aServerErrorWritesNothing() throws {
        let server = try LocalHTTPServer(
            routes: ["/swagger": .status(500, "Internal Server Error")], maximumRequests: 1)
        defer { server.stop() }
        let (directory, cache) = try directories()
        let url = server.url("/swagger")
        #expect(throws: SpecFetchError.httpStatus(url: url.absoluteString, status: 500)) {
            try SpecFetcher(downloader: CurlSpecDownloader(idleTimeout: 5)).fetch(
                url, to: directory + "/genesys-swagger.json", cache: cache)
        }
        #expect(SpecFixtures.contents(of: directory) == [])
        #expect(SpecFixtures.contents(of: cache.directory) == [])
    }

    @Test func aTruncatedBodyKeepsTheOldSpec() throws {
        let server = try LocalHTTPServer(
            routes: ["/swagger": .truncated(SpecFixtures.oldSpec, sent: 100)], maximumRequests: 1)
        defer { server.stop() }
        let (directory, cache) = try directories()
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let destination = try SpecFixtures.write(
            "previous spec", named: "genesys-swagger.json", in: URL(fileURLWithPath: directory))
        let url = server.url("/swagger")
        let error = #expect(throws: SpecFetchError.self) {
            try SpecFetcher(downloader: CurlSpecDownloader(idleTimeout: 5)).fetch(
                url, to: destination, cache: cache)
        }
        let total = Int64(SpecFixtures.oldSpec.utf8.count)
        #expect(error == .truncated(url: url.absoluteString, received: 100, expected: total))
        #expect(
            error?.description
                == "the download of \(url.absoluteString) was cut short: received 100 of \(total) bytes (Content-Length)"
        )
        #expect(try String(contentsOfFile: destination, encoding: .utf8) == "previous spec")
        #expect(SpecFixtures.contents(of: directory) == ["genesys-swagger.json"])
    }

    @Test func aBodyThatIsNotJSONIsRejected() throws {
        let server = try LocalHTTPServer(
            routes: [
                "/swagger": LocalHTTPServer.Response(
                    status: 200, reason: "OK", headers: [("Content-Type", "text/html")],
                    body: Array("<html>maintenance</html>".utf8))
            ], maximumRequests: 1)
        defer { server.stop() }
        let (directory, cache) = try directories()
        let url = server.url("/swagger")
        let error = #expect(throws: SpecFetchError.self) {
            try SpecFetcher(downloader: CurlSpecDownloader(idleTimeout: 5)).fetch(
                url, to: directory + "/genesys-swagger.json", cache: cache)
        }
        guard case .notASpec(let address, let specError)? = error else {
            Issue.record("expected notASpec, got \(String(describing: error))")
            return
        }
        #expect(address == url.absoluteString)
        #expect(specError.kind == .malformedJSON)
        #expect(
            error?.description.hasPrefix("\(url.absoluteString) did not return an API spec: Malformed JSON") == true)
        #expect(SpecFixtures.contents(of: directory) == [])
    }

    @Test func validJSONThatIsNotASpecIsRejected() throws {
        let server = try LocalHTTPServer(routes: ["/swagger": .json(#"{"message": "hello"}"#)], maximumRequests: 1)
        defer { server.stop() }
        let (directory, cache) = try directories()
        let url = server.url("/swagger")
        let error = #expect(throws: SpecFetchError.self) {
            try SpecFetcher(downloader: CurlSpecDownloader(idleTimeout: 5)).fetch(
                url, to: directory + "/spec.json", cache: cache)
        }
        guard case .notASpec(_, let specError)? = error else {
            Issue.record("expected notASpec, got \(String(describing: error))")
            return
        }
        #expect(specError.kind == .unsupportedFormat)
        #expect(SpecFixtures.contents(of: directory) == [])
    }

    @Test func aRefusedConnectionIsATransportError() throws {
        let server = try LocalHTTPServer(routes: [:], maximumRequests: 0)
        server.stop()
        let (directory, cache) = try directories()
        let error = #expect(throws: SpecFetchError.self) {
            try SpecFetcher(downloader: CurlSpecDownloader(idleTimeout: 5)).fetch(
                server.url("/swagger"), to: directory + "/spec.json", cache: cache)
        }
        guard case .transport? = error else {
            Issue.record("expected a transport error, got \(String(describing: error))")
            return
        }
        #expect(SpecFixtures.contents(of: directory) == [])
    }

    @Test func reportsProgressUpToTheWholeBody() throws {
        let server = try LocalHTTPServer(routes: ["/swagger": .json(SpecFixtures.oldSpec)], maximumRequests: 1)
        defer { server.stop() }
        let (directory, cache) = try directories()
        let seen = ProgressRecorder()
        _ = try SpecFetcher(downloader: CurlSpecDownloader(idleTimeout: 5)).fetch(
            server.url("/swagger"), to: directory + "/spec.json", cache: cache, progress: seen.record)
        let total = Int64(SpecFixtures.oldSpec.utf8.count)
        #expect(seen.last == DownloadProgress(received: total, expected: total))
    }
}

/// Collects progress reports from the download queue.
private final class ProgressRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var reports: [DownloadProgress] = []

    @Sendable func record(_ progress: DownloadProgress) { lock.withLock { reports.append(progress) } }

    var last: DownloadProgress? { lock.withLock { reports.last } }

    var count: Int { lock.withLock { reports.count } }
}
