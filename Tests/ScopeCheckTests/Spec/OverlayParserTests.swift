import Testing

@testable import Core
@testable import Spec
@testable import Syntax

/// The overlay of the issue: the gateway of the first seed report.
let gatewayOverlay = #"""
    overlay "eu1-gateway" {
      host = "API.eu-gene.com"
      endpoint "POST /api/v2/analytics/report/queue/summary" {
        scopes      = ["report:execute"]       # replaces the accepted scopes
        require_all = false
        note        = "Gateway enforces report:execute (403 insufficient_scope seen 2026-11)"
      }
      endpoint "post /api/v2/analytics/conversations/details/query" {
        add_scopes = ["partner:analytics:view"]   # or extends them
      }
      scope "report:execute" { description = "Gateway-only scope" }
    }
    """#

/// Parses overlay text from `overlay.hcl`.
func parseOverlay(_ text: String) -> OverlayParseResult {
    OverlayParser.parse(bytes: Array(text.utf8), path: "overlay.hcl")
}

/// `line:column: summary; detail` of each diagnostic, for exact comparisons.
func located(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.map { diagnostic in
        let position = diagnostic.range.map { "\($0.start.line):\($0.start.column)" } ?? "-"
        return "\(position) \(diagnostic.severity.rawValue): \(diagnostic.summary); \(diagnostic.detail)"
    }
}

@Suite struct OverlayParserTests {
    @Test func readsTheGatewayOverlay() throws {
        let result = parseOverlay(gatewayOverlay)
        #expect(result.diagnostics.isEmpty)
        let overlay = try #require(result.overlays.first)
        #expect(result.overlays.count == 1)
        #expect(overlay.name == "eu1-gateway")
        #expect(overlay.nameRange.description == "overlay.hcl:1:9")
        #expect(overlay.host?.value == "api.eu-gene.com")
        #expect(
            overlay.endpoints.map(\.reference) == [
                "POST /api/v2/analytics/report/queue/summary", "POST /api/v2/analytics/conversations/details/query",
            ])
        let summary = overlay.endpoints[0]
        guard case .replace(let scopes) = summary.scopeEdit else {
            Issue.record("scopes replace the accepted scopes")
            return
        }
        #expect(scopes.map(\.value) == ["report:execute"])
        #expect(scopes.map(\.range.description) == ["overlay.hcl:4:20"])
        #expect(!summary.requireAll && !summary.adds)
        #expect(summary.note == "Gateway enforces report:execute (403 insufficient_scope seen 2026-11)")
        #expect(summary.labelRange.description == "overlay.hcl:3:12")
        #expect(summary.range.start.line == 3 && summary.range.end.line == 7)
        let query = overlay.endpoints[1]
        #expect(query.method == "POST")
        guard case .add(let added) = query.scopeEdit else {
            Issue.record("add_scopes extends the accepted scopes")
            return
        }
        #expect(added.map(\.value) == ["partner:analytics:view"])
        #expect(query.note == nil)
        #expect(overlay.scopes.map(\.name) == ["report:execute"])
        #expect(overlay.scopes[0].description == "Gateway-only scope")
        #expect(overlay.scopes[0].nameRange.description == "overlay.hcl:11:9")
    }

    @Test func readsEveryEndpointArgument() throws {
        let result = parseOverlay(
            #"""
            overlay "org" {
              endpoint "GET /api/v2/reports/{id}" {
                add              = true
                operation_id     = "getReport"
                summary          = <<-EOT
                  Get a report
                EOT
                deprecated       = true
                scopes           = ["report:read", "report:audit"]
                require_all      = true
                permissions      = ["reports:report:view"]
                permissions_type = "all"
              }
              endpoint "DELETE /api/v2/reports/{id}" {
                add_permissions = ["reports:report:delete"]
              }
            }
            """#)
        #expect(result.diagnostics.isEmpty)
        let endpoint = try #require(result.overlays.first?.endpoints.first)
        #expect(endpoint.adds && endpoint.requireAll)
        #expect(endpoint.operationId == "getReport")
        #expect(endpoint.summary == "Get a report\n")
        #expect(endpoint.deprecated == true)
        guard case .replace(let scopes) = endpoint.scopeEdit else {
            Issue.record("scopes replace the accepted scopes")
            return
        }
        #expect(scopes.map(\.value) == ["report:read", "report:audit"])
        #expect(endpoint.permissionEdit == .replace(["reports:report:view"]))
        #expect(endpoint.permissionType == .all)
        #expect(result.overlays.first?.host == nil)
        #expect(result.overlays.first?.endpoints.last?.permissionEdit == .add(["reports:report:delete"]))
    }

    @Test func reportsOverlayErrorsWithTheirPositions() {
        let result = parseOverlay(
            #"""
            overlay "bad" {
              hots = "api.eu-gene.com"
              endpoint "POST /api/v2/x" {
                scope       = ["a"]
                add_scopes  = ["b", var.c]
                require_all = "yes"
              }
              endpoint "FETCH /api/v2/y" {}
              endpoint "/api/v2/z" {}
              endpoints "GET /a" {}
              scope "s" { descripton = "x" }
              endpoint "GET /p" {
                scopes           = ["a"]
                add_scopes       = ["b"]
                permissions_type = "SOME"
                summary          = "${upper("x")}"
                note             = 42
              }
              endpoint "get /p" {}
              host = "not a host"
            }
            region = "eu"
            overlay {}
            overlay "third" "extra" {
              endpoint "GET /q" {
                nested {}
              }
            }
            overlay "bad" {}
            """#)
        #expect(result.overlays.map(\.name) == ["bad", "third"])
        #expect(
            located(result.diagnostics) == [
                #"2:3 error: Unsupported argument; An argument named "hots" is not expected in an overlay block. Did you mean "host"?"#,
                #"4:5 error: Unsupported argument; An argument named "scope" is not expected in an endpoint block. Did you mean "scopes"?"#,
                #"5:25 error: Invalid value for "add_scopes"; Expected a literal string in the list, found a reference. Overlay values must be written out literally."#,
                #"6:19 error: Invalid value for "require_all"; Expected true or false, found a string. Overlay values must be written out literally."#,
                #"8:12 error: Invalid endpoint; Unknown HTTP method "FETCH"; expected one of DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT, TRACE."#,
                #"9:12 error: Invalid endpoint; Write the endpoint as "METHOD /path", e.g. "GET /api/v2/users/{userId}"; found "/api/v2/z"."#,
                #"10:3 error: Unsupported block type; Blocks of type "endpoints" are not expected here. Did you mean "endpoint"?"#,
                #"11:15 error: Unsupported argument; An argument named "descripton" is not expected in a scope block. Did you mean "description"?"#,
                #"14:5 error: Conflicting arguments; "scopes" replaces the list and "add_scopes" extends it; "scopes" is already set at overlay.hcl:13:5. Use one of them."#,
                #"15:24 error: Invalid value for "permissions_type"; Expected "ANY" or "ALL", found "SOME"."#,
                #"16:24 error: Invalid value for "summary"; Expected a literal string, found a string with interpolation. Overlay values must be written out literally."#,
                #"17:24 error: Invalid value for "note"; Expected a literal string, found a number. Overlay values must be written out literally."#,
                #"19:12 error: Duplicate endpoint; The endpoint "GET /p" is already changed at overlay.hcl:12:12 in this overlay."#,
                #"20:10 error: Invalid host; Expected a host name such as "api.example.com", found "not a host"."#,
                #"22:1 error: Unexpected argument; An overlay file holds only overlay blocks: overlay "<name>" { ... }."#,
                #"23:1 error: Missing block label; Write overlay "<name>" { ... }."#,
                #"24:17 error: Extra label; A block of type overlay takes one label, "third"."#,
                #"26:5 error: Unsupported block type; Blocks of type "nested" are not expected in an endpoint block."#,
                #"29:9 error: Duplicate overlay; An overlay named "bad" is already defined at overlay.hcl:1:9."#,
            ])
    }

    @Test func reportsSyntaxErrorsAndKeepsReading() {
        let result = parseOverlay(
            """
            overlay "a" {
              endpoint "GET /x" {
                scopes = ["a",
              }
            }
            overlay "b" {
              endpoint "GET /y" { note = "fine" }
            }
            """)
        #expect(
            located(result.diagnostics) == [
                #"4:3 error: Invalid expression; Expected the start of an expression, but found "}"."#
            ])
        #expect(result.overlays.map(\.name) == ["a", "b"])
        #expect(result.overlays.last?.endpoints.first?.note == "fine")
    }

    @Test func reportsAnUnreadableFile() {
        let result = OverlayParser.load(path: "/nonexistent/overlay.hcl")
        #expect(result.overlays.isEmpty)
        #expect(
            result.diagnostics.map(\.description) == [
                "/nonexistent/overlay.hcl:1:1: error: Cannot read the spec overlay; No readable file at /nonexistent/overlay.hcl."
            ])
    }
}
