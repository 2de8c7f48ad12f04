import Testing

@testable import Lint
@testable import Spec
@testable import Syntax

/// Two overlays: one for the gateway (replace, add endpoint with an AND requirement, extend,
/// declare a scope), one for every spec (extend scopes and permissions, retype permissions).
let layeredOverlays = #"""
    overlay "eu1-gateway" {
      host = "api.eu-gene.com"
      endpoint "POST /api/v2/analytics/report/queue/summary" {
        scopes      = ["report:execute"]
        require_all = false
        note        = "Gateway enforces report:execute (403 insufficient_scope seen 2026-11)"
      }
      endpoint "POST /api/v2/analytics/conversations/details/query" {
        add         = true
        scopes      = ["analytics:view", "partner:analytics:view"]
        require_all = true
        permissions = ["analytics:conversationDetail:view"]
        summary     = "Cross-org details query"
        note        = "Cross-org query needs the partner scope"
      }
      endpoint "GET /api/v2/keys" {
        add_scopes  = ["keys:read", "keys:admin"]
        require_all = true
        deprecated  = true
      }
      scope "partner:analytics:view" { description = "Partner analytics" }
    }
    overlay "org" {
      endpoint "POST /api/v2/analytics/conversations/details/query" {
        add_scopes       = ["analytics:export"]
        add_permissions  = ["analytics:export:view"]
        permissions_type = "ALL"
      }
      scope "analytics:export" { note = "Org-wide export scope" }
    }
    """#

@Suite struct OverlayApplicationTests {
    private func operation(_ spec: APISpec, _ reference: String) throws -> APIOperation {
        try #require(spec.operations.first { $0.reference == reference })
    }

    @Test func replacesExtendsAndAddsEndpointsRecordingNotes() throws {
        let (set, diagnostics) = try seedSet(overlays: layeredOverlays)
        let genesys = set.members[0].spec
        let gateway = set.members[1].spec
        #expect(genesys.overlays == ["org"])
        #expect(gateway.overlays == ["eu1-gateway", "org"])

        let summary = try operation(gateway, "POST /api/v2/analytics/report/queue/summary")
        #expect(summary.scopeRequirement == ScopeRequirement(kind: .scopes, alternatives: [["report:execute"]]))
        #expect(summary.scopeRequirement.isSatisfied(by: ["report:execute"]))
        #expect(!summary.scopeRequirement.isSatisfied(by: ["analytics:view"]))
        #expect(summary.overlayNotes.count == 1)
        let note = try #require(summary.overlayNotes.first)
        #expect(note.overlay == "eu1-gateway" && note.changes == [.replacedScopes])
        #expect(note.range.description == "overlay.hcl:3:3")
        #expect(
            note.summary
                == "overlay \"eu1-gateway\" (replaced the scopes): Gateway enforces report:execute (403 insufficient_scope seen 2026-11)"
        )

        let added = try operation(gateway, "POST /api/v2/analytics/conversations/details/query")
        #expect(
            added.scopeRequirement.alternatives == [
                ["analytics:view", "partner:analytics:view"], ["analytics:export"],
            ])
        #expect(!added.scopeRequirement.isSatisfied(by: ["analytics:view"]))
        #expect(added.scopeRequirement.isSatisfied(by: ["analytics:view", "partner:analytics:view"]))
        #expect(
            added.permissions
                == PermissionRequirement(
                    type: .all, permissions: ["analytics:conversationDetail:view", "analytics:export:view"]))
        #expect(added.summary == "Cross-org details query")
        #expect(added.overlayNotes.map(\.overlay) == ["eu1-gateway", "org"])
        #expect(
            added.overlayNotes.map(\.changes) == [
                [.addedEndpoint, .changedSummary], [.addedScopes, .addedPermissions],
            ])
        #expect(added.overlayNotes.first?.note == "Cross-org query needs the partner scope")

        let keys = try operation(gateway, "GET /api/v2/keys")
        #expect(keys.scopeRequirement.alternatives == [["analytics:view"], ["keys:read", "keys:admin"]])
        #expect(keys.deprecated)
        #expect(keys.overlayNotes.map(\.changes) == [[.addedScopes, .changedDeprecation]])
        #expect(try operation(gateway, "GET /api/v2/status").overlayNotes.isEmpty)

        let query = try operation(genesys, "POST /api/v2/analytics/conversations/details/query")
        #expect(query.scopeRequirement.alternatives == [["analytics"], ["analytics:readonly"], ["analytics:export"]])
        #expect(
            query.permissions
                == PermissionRequirement(
                    type: .all, permissions: ["analytics:conversationDetail:view", "analytics:export:view"]))

        #expect(gateway.scopes["partner:analytics:view"] == "Partner analytics")
        #expect(gateway.scopes["analytics:export"] == "")
        #expect(genesys.scopes["analytics:export"] == "")
        #expect(genesys.scopes["partner:analytics:view"] == nil)
        #expect(gateway.scopeNotes["analytics:export"]?.note == "Org-wide export scope")
        #expect(gateway.scopeNotes["partner:analytics:view"]?.changes == [.declaredScope])
        #expect(gateway.permissions.contains("analytics:export:view"))
        #expect(set.members[1].index.operation(named: "postSummary") == summary)
        #expect(
            located(diagnostics) == [
                #"17:20 warning: Scope not in the catalogue; "keys:read" is not a scope of gateway.json (api.eu-gene.com) and no overlay declares it. If it is real, declare it: scope "keys:read" { description = "..." }."#,
                #"17:33 warning: Scope not in the catalogue; "keys:admin" is not a scope of gateway.json (api.eu-gene.com) and no overlay declares it. If it is real, declare it: scope "keys:admin" { description = "..." }."#,
            ])
    }

    @Test func leavesTheLoadedSpecsAlone() throws {
        let (set, _) = try seedSet(overlays: layeredOverlays)
        let gateway = try SpecLoader.parse(gatewaySwagger, source: "gateway.json")
        #expect(set.members[1].spec != gateway)
        #expect(gateway.operations.allSatisfy { $0.overlayNotes.isEmpty })
        let (plain, diagnostics) = try seedSet()
        #expect(plain.members[1].spec == gateway && diagnostics.isEmpty)
    }

    @Test func reportsEndpointsThatCannotBeApplied() throws {
        let (_, diagnostics) = try seedSet(
            overlays: #"""
                overlay "gw" {
                  host = "api.eu-gene.com"
                  endpoint "POST /api/v2/analytics/report/queue/sumary" {
                    scopes = ["report:execute"]
                  }
                  endpoint "GET /api/v2/status" {
                    add    = true
                    scopes = ["analytics:view"]
                  }
                  endpoint "GET /api/v2/keys" {
                    permissions_type = "ALL"
                  }
                }
                overlay "elsewhere" {
                  host = "api.mypurecloud.ie"
                }
                overlay "gw" {}
                """#)
        #expect(
            located(diagnostics) == [
                #"17:9 error: Duplicate overlay; An overlay named "gw" is already defined at overlay.hcl:1:9."#,
                #"3:12 error: Unknown endpoint in the base spec; POST /api/v2/analytics/report/queue/sumary is not in gateway.json (api.eu-gene.com). Did you mean POST /api/v2/analytics/report/queue/summary? To add an endpoint the spec lacks, set add = true."#,
                #"6:12 error: Endpoint already in the base spec; gateway.json (api.eu-gene.com) has GET /api/v2/status; remove add = true to change it instead of adding it."#,
                #"10:12 error: No permissions to change the type of; GET /api/v2/keys checks no permissions in gateway.json (api.eu-gene.com); list them with permissions = [...]."#,
                #"15:10 warning: No spec for the overlay's host; Overlay "elsewhere" changes the specs of api.mypurecloud.ie, but no spec is bound to that host or declares it (known hosts: api.eu-gene.com, api.mypurecloud.com); bind one with --spec api.mypurecloud.ie=FILE."#,
            ])
    }

    @Test func anOverlayWithoutHostNeedsTheEndpointInOneSpecOnly() throws {
        let (set, diagnostics) = try seedSet(
            overlays: #"""
                overlay "org" {
                  endpoint "POST /api/v2/analytics/queues/observations/query" {
                    scopes = []
                    note   = "Any token will do behind our proxy"
                  }
                  endpoint "GET /api/v2/routing/queues/{queueId}" {
                    add = true
                  }
                  endpoint "DELETE /api/v2/nowhere" {}
                }
                """#)
        let observations = try operation(set.members[0].spec, "POST /api/v2/analytics/queues/observations/query")
        #expect(observations.scopeRequirement == ScopeRequirement(kind: .oauthWithoutScopes))
        #expect(observations.overlayNotes.map(\.note) == ["Any token will do behind our proxy"])
        for member in set.members {
            let added = try operation(member.spec, "GET /api/v2/routing/queues/{queueId}")
            #expect(added.scopeRequirement == ScopeRequirement(kind: .oauthWithoutScopes))
            #expect(added.overlayNotes.map(\.changes) == [[.addedEndpoint]])
            #expect(member.index.resolve("GET /api/v2/routing/queues/42") == .found(added))
        }
        #expect(
            located(diagnostics) == [
                #"9:12 error: Unknown endpoint in the base spec; DELETE /api/v2/nowhere is not in genesys.json, gateway.json (api.eu-gene.com). Did you mean GET /api/v2/keys, or GET /api/v2/status? To add an endpoint the spec lacks, set add = true."#
            ])
    }
}
