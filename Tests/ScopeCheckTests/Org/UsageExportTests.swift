import Core
import Foundation
import Testing

@testable import Org

/// `UsageExport`: client usage query results from several files and pages, merged by client,
/// method and endpoint; what a row says about refusals; the shapes accepted and the errors of
/// the others.
@Suite struct UsageExportTests {
    /// `files` (name → text) written into a fresh temporary directory.
    static func write(_ files: [String: String]) throws -> URL {
        try TestSupport.directory(with: files)
    }

    /// A usage row as the API writes it; `extra` is added verbatim.
    static func row(
        client: String? = "c1", method: String = "GET", uri: String = "api/v2/routing/queues/{queueId}",
        requests: Int, ok: Int = 0, refused: Int = 0, limited: Int = 0, failed: Int = 0, date: String
    ) -> String {
        let id = client.map { #""clientId": "\#($0)", "clientName": "Client", "# } ?? ""
        return """
            {\(id)"templateUri": "\(uri)", "httpMethod": "\(method)", "requests": \(requests),
             "status200": \(ok), "status300": 0, "status400": \(refused), "status429": \(limited),
             "status500": \(failed), "date": "\(date)"}
            """
    }

    static func results(_ rows: [String]) -> String {
        #"{"results": ["# + rows.joined(separator: ",\n") + #"], "queryStatus": "Complete"}"#
    }

    /// The message of the input error loading `files` throws, and the directory they are in.
    static func loadError(_ files: [String: String]) throws -> (message: String, directory: String) {
        let directory = try write(files).path
        do {
            let export = try UsageExport.load(paths: [directory])
            Issue.record("expected an input error, got \(export.rows.count) rows")
            return ("", directory)
        } catch {
            return (error.message, directory)
        }
    }

    @Test func rowsOfTheSameClientMethodAndEndpointMergeAcrossFilesAndPages() throws {
        let first = try Self.write([
            "page-1.json": Self.results([
                Self.row(requests: 10, ok: 10, date: "2026-11-30T00:00:00Z"),
                Self.row(
                    method: "POST", uri: "api/v2/routing/queues/{queueId}/members", requests: 4, refused: 4,
                    date: "2026-11-30T00:00:00Z"),
            ]),
            "page-2.json": Self.results([
                Self.row(requests: 7, ok: 5, refused: 2, limited: 2, date: "2026-12-02T00:00:00Z"),
                Self.row(method: "get", requests: 3, ok: 2, failed: 1, date: "2026-11-28T00:00:00Z"),
            ]),
        ])
        let second = try Self.write([
            "more.json": Self.results([
                Self.row(uri: "/api/v2/routing/queues/{queueId}", requests: 1, ok: 1, date: "2026-12-05T00:00:00Z")
            ])
        ])
        let export = try UsageExport.load(paths: [first.path, second.path])
        #expect(
            export.files.map { URL(fileURLWithPath: $0).lastPathComponent } == [
                "page-1.json", "page-2.json", "more.json",
            ])
        #expect(export.rows.count == 2)
        let get = export.rows[0]
        #expect(get.call == "GET /api/v2/routing/queues/{queueId}")
        #expect(get.clientId == "c1")
        #expect(get.clientName == "Client")
        #expect(get.requests == 21)
        #expect(get.status200 == 18)
        #expect(get.status400 == 2)
        #expect(get.status429 == 2)
        #expect(get.status500 == 1)
        #expect(get.firstDate == "2026-11-28T00:00:00Z")
        #expect(get.lastDate == "2026-12-05T00:00:00Z")
        // The range is the first row's.
        #expect(get.range.file.hasSuffix("page-1.json"))
        #expect(get.range.start.line == 1)
        // 2 × 4xx that are all 429s: rate limiting, not a refusal.
        #expect(!get.isDenied)
        #expect(get.refusals == 0)
        #expect(get.countsText == "21 requests, 18 × 2xx, 2 × 429, 1 × 5xx")
        let post = export.rows[1]
        #expect(post.call == "POST /api/v2/routing/queues/{queueId}/members")
        #expect(post.isDenied)
        #expect(post.countsText == "4 requests, 4 × 4xx")
        #expect(post.firstDate == "2026-11-30T00:00:00Z" && post.lastDate == "2026-11-30T00:00:00Z")
    }

    @Test func differentMethodsAndClientsStayApart() throws {
        let directory = try Self.write([
            "usage.json": Self.results([
                Self.row(requests: 1, ok: 1, date: "2026-11-30T00:00:00Z"),
                Self.row(method: "DELETE", requests: 1, ok: 1, date: "2026-11-30T00:00:00Z"),
                Self.row(client: "c2", requests: 1, ok: 1, date: "2026-11-30T00:00:00Z"),
                Self.row(client: nil, requests: 1, ok: 1, date: "2026-11-30T00:00:00Z"),
                Self.row(client: nil, requests: 2, ok: 2, date: "2026-12-01T00:00:00Z"),
            ])
        ])
        let export = try UsageExport.load(paths: [directory.path])
        #expect(
            export.rows.map { "\($0.clientId ?? "-") \($0.call) \($0.requests)" } == [
                "c1 GET /api/v2/routing/queues/{queueId} 1",
                "c1 DELETE /api/v2/routing/queues/{queueId} 1",
                "c2 GET /api/v2/routing/queues/{queueId} 1",
                "- GET /api/v2/routing/queues/{queueId} 3",
            ])
    }

    @Test func aTemplateURIWithoutALeadingSlashGetsOne() {
        let range = SourceRange(
            file: "u.json", start: SourcePosition(line: 1, column: 1, byte: 0),
            end: SourcePosition(line: 1, column: 2, byte: 1))
        func row(_ uri: String, _ method: String = "GET") -> UsageRow {
            UsageRow(
                clientId: nil, clientName: nil, method: method, templateUri: uri, requests: 1, status200: 1,
                status300: 0, status400: 0, status429: 0, status500: 0, firstDate: nil, lastDate: nil, range: range)
        }
        #expect(row("api/v2/users/{userId}").call == "GET /api/v2/users/{userId}")
        #expect(row("/api/v2/users/{userId}", "PATCH").call == "PATCH /api/v2/users/{userId}")
    }

    @Test func deniedAndCountsTextFollowTheStatusClasses() {
        let range = SourceRange(
            file: "u.json", start: SourcePosition(line: 1, column: 1, byte: 0),
            end: SourcePosition(line: 1, column: 2, byte: 1))
        func row(requests: Int, s200: Int = 0, s300: Int = 0, s400: Int = 0, s429: Int = 0, s500: Int = 0)
            -> UsageRow
        {
            UsageRow(
                clientId: nil, clientName: nil, method: "GET", templateUri: "api/v2/x", requests: requests,
                status200: s200, status300: s300, status400: s400, status429: s429, status500: s500, firstDate: nil,
                lastDate: nil, range: range)
        }
        let one = row(requests: 1, s200: 1)
        #expect(one.countsText == "1 request, 1 × 2xx")
        #expect(!one.isDenied)
        let refused = row(requests: 12, s200: 10, s400: 2)
        #expect(refused.isDenied)
        #expect(refused.refusals == 2)
        #expect(refused.countsText == "12 requests, 10 × 2xx, 2 × 4xx")
        let mixed = row(requests: 9, s200: 1, s300: 1, s400: 5, s429: 3, s500: 2)
        #expect(mixed.refusals == 2)
        #expect(mixed.isDenied)
        #expect(mixed.countsText == "9 requests, 1 × 2xx, 1 × 3xx, 2 × 4xx, 3 × 429, 2 × 5xx")
        let none = row(requests: 0)
        #expect(none.countsText == "0 requests")
        #expect(!none.isDenied)
        // A 429 count larger than the 4xx count does not make refusals negative.
        #expect(row(requests: 1, s400: 0, s429: 1).refusals == 0)
    }

    @Test func theShapesAccepted() throws {
        let rowText = Self.row(requests: 5, ok: 5, date: "2026-11-30T00:00:00Z")
        for text in [
            #"{"results": [\#(rowText)]}"#,
            #"{"entities": [\#(rowText)], "pageCount": 1}"#,
            "[\(rowText)]",
            rowText,
        ] {
            let directory = try Self.write(["usage.json": text])
            let export = try UsageExport.load(paths: [directory.appendingPathComponent("usage.json").path])
            #expect(export.rows.count == 1, "\(text)")
            #expect(export.rows.first?.call == "GET /api/v2/routing/queues/{queueId}")
            #expect(export.rows.first?.requests == 5)
        }
    }

    @Test func noPathsNoRows() throws {
        let export = try UsageExport.load(paths: [])
        #expect(export == .empty)
    }

    @Test func aRowWithoutTemplateURIOrMethodNamesItsJSONPath() throws {
        let (message, directory) = try Self.loadError([
            "usage.json": """
            {"results": [{"templateUri": "api/v2/x", "httpMethod": "GET"},
              {"templateUri": "api/v2/y", "requests": 3}]}
            """
        ])
        #expect(
            message
                == "\(directory)/usage.json:2:3: $.results[1]: not a usage row (expected templateUri and httpMethod, as the client usage query results have them)"
        )
    }

    @Test func aCountOfTheWrongTypeNamesItsJSONPath() throws {
        let (message, directory) = try Self.loadError([
            "usage.json": #"[{"templateUri": "api/v2/x", "httpMethod": "GET", "status400": "12"}]"#
        ])
        #expect(message == "\(directory)/usage.json:1:64: $[0].status400: expected a whole number, found string")
        let (method, other) = try Self.loadError([
            "usage.json": #"{"entities": [{"templateUri": "api/v2/x", "httpMethod": 1}]}"#
        ])
        #expect(method == "\(other)/usage.json:1:57: $.entities[0].httpMethod: expected a string, found number")
    }

    @Test func aResultThatIsNotAnObjectNamesItsJSONPath() throws {
        let (message, directory) = try Self.loadError(["usage.json": #"{"results": ["GET /api/v2/x"]}"#])
        #expect(message == "\(directory)/usage.json:1:14: $.results[0]: expected an object, found string")
    }

    @Test func aFileThatIsNotJSONNamesTheFileLineAndColumn() throws {
        let (message, directory) = try Self.loadError(["usage.json": "{\"results\": [\n  {\"templateUri\": }]}"])
        #expect(message == ("\(directory)/usage.json:2:19: Invalid JSON; expected value, found '}'"))
    }

    @Test func aMissingPathIsAnError() throws {
        let path = try TestSupport.temporaryDirectory().appendingPathComponent("usage.json").path
        #expect(throws: InputError("the usage export \(path) does not exist")) {
            try UsageExport.load(paths: [path])
        }
    }
}
