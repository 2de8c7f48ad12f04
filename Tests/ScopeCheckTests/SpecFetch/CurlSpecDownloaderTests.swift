import Foundation
import Testing

@testable import SpecFetch

/// The curl-based downloader's own parts: reading curl's header dump, and the error when no curl
/// can be run. The transfers themselves are tested against a local server in `SpecFetcherTests`.
struct CurlSpecDownloaderTests {
    @Test func readsTheLastResponseAfterAnInterimOne() {
        let dump =
            "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 42\r\n\r\n"
        #expect(ResponseHeaders(dump) == ResponseHeaders(status: 200, bodyLength: 42))
    }

    @Test func anEncodedBodyHasNoLengthToCompare() {
        let dump = "HTTP/2 200\r\ncontent-encoding: gzip\r\ncontent-length: 10\r\n\r\n"
        #expect(ResponseHeaders(dump) == ResponseHeaders(status: 200, bodyLength: nil))
        #expect(ResponseHeaders("HTTP/1.1 404 Not Found\r\n\r\n") == ResponseHeaders(status: 404, bodyLength: nil))
    }

    @Test func noStatusLineMeansNoAnswer() {
        #expect(ResponseHeaders("") == nil)
        #expect(ResponseHeaders("Content-Length: 3\r\n") == nil)
    }

    @Test func aMissingCurlIsATransportErrorThatSaysSo() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let downloader = CurlSpecDownloader(curl: "/nonexistent/curl")
        let url = try #require(URL(string: "https://api.mypurecloud.com/api/v2/docs/swagger"))
        #expect(
            throws: SpecFetchError.transport(
                url: url.absoluteString,
                reason: "/nonexistent/curl was not found on PATH; spec fetch downloads with curl")
        ) {
            try downloader.download(url, to: directory.appendingPathComponent("spec.json").path) { _ in }
        }
    }
}
