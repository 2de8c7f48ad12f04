import Foundation
import Testing

@testable import Spec
@testable import SpecTools

@Suite struct SpecDiffTests {
    private func specs() throws -> (old: APISpec, new: APISpec) {
        (
            try SpecLoader.parse(SpecFixtures.oldSpec, source: "old.json"),
            try SpecLoader.parse(SpecFixtures.newSpec, source: "new.json")
        )
    }

    @Test func listsEveryKindOfChange() throws {
        let (old, new) = try specs()
        let diff = SpecDiff(old: old, new: new)
        #expect(diff.addedOperations.map(\.reference) == ["GET /api/v2/users/me"])
        #expect(diff.removedOperations.map(\.reference) == ["DELETE /api/v2/routing/queues/{queueId}"])
        #expect(
            diff.changedOperations.map(\.operation.reference) == ["POST /api/v2/analytics/queues/observations/query"])
        #expect(
            diff.changedOperations.first?.changes == [
                .scopes(
                    old: ScopeRequirement(kind: .scopes, alternatives: [["analytics"], ["analytics:readonly"]]),
                    new: ScopeRequirement(kind: .scopes, alternatives: [["analytics"]])),
                .permissions(
                    old: PermissionRequirement(type: .any, permissions: ["analytics:queueObservation:view"]),
                    new: PermissionRequirement(
                        type: .all, permissions: ["analytics:queueObservation:view", "routing:queue:view"])),
                .deprecated(old: false, new: true),
                .preview(old: false, new: true),
            ])
        #expect(diff.addedScopes == ["users:readonly"])
        #expect(diff.removedScopes == ["routing:readonly"])
        #expect(diff.addedPermissions == [])
        #expect(diff.removedPermissions == ["routing:queue:delete"])
        #expect(!diff.isEmpty)
    }

    @Test func rendersTheTextDiff() throws {
        let (old, new) = try specs()
        #expect(
            SpecDiff(old: old, new: new).text == """
                --- old.json: Sample API v2 (3 operations, 4 scopes, xxh64:\(old.contentHash))
                +++ new.json: Sample API v2.1 (3 operations, 4 scopes, xxh64:\(new.contentHash))
                operations added (1):
                  + GET /api/v2/users/me (getUsersMe)
                operations removed (1):
                  - DELETE /api/v2/routing/queues/{queueId} (deleteRoutingQueue)
                operations changed (1):
                  ~ POST /api/v2/analytics/queues/observations/query (postAnalyticsQueuesObservationsQuery)
                      scopes: any of analytics, analytics:readonly -> any of analytics
                      permissions: ANY analytics:queueObservation:view -> ALL analytics:queueObservation:view, routing:queue:view
                      deprecated: false -> true
                      preview: false -> true
                scopes added (1):
                  + users:readonly
                scopes removed (1):
                  - routing:readonly
                permissions removed (1):
                  - routing:queue:delete
                1 operation added, 1 removed, 1 changed; 1 scope added, 1 removed; 0 permissions added, 1 removed

                """)
    }

    @Test func identicalSpecsHaveNoDifferences() throws {
        let (old, _) = try specs()
        let diff = SpecDiff(old: old, new: old)
        #expect(diff.isEmpty)
        #expect(
            diff.text == """
                --- old.json: Sample API v2 (3 operations, 4 scopes, xxh64:\(old.contentHash))
                +++ old.json: Sample API v2 (3 operations, 4 scopes, xxh64:\(old.contentHash))
                no differences

                """)
        #expect(diff.json.rendered(pretty: false).contains(#""identical":true"#))
    }

    @Test func rendersTheJSONDiff() throws {
        let (old, new) = try specs()
        let json = SpecDiff(old: old, new: new).json.rendered(pretty: false)
        let expected =
            #"{"old":{"path":"old.json","title":"Sample API","version":"v2","hash":"xxh64:\#(old.contentHash)","operations":3,"scopes":4},"#
            + #""new":{"path":"new.json","title":"Sample API","version":"v2.1","hash":"xxh64:\#(new.contentHash)","operations":3,"scopes":4},"#
            + #""identical":false,"operations":{"added":[{"operation":"GET /api/v2/users/me","operationId":"getUsersMe"}],"#
            + #""removed":[{"operation":"DELETE /api/v2/routing/queues/{queueId}","operationId":"deleteRoutingQueue"}],"#
            + #""changed":[{"operation":"POST /api/v2/analytics/queues/observations/query","operationId":"postAnalyticsQueuesObservationsQuery","#
            + #""changes":{"scopes":{"old":{"kind":"scopes","alternatives":[["analytics"],["analytics:readonly"]]},"#
            + #""new":{"kind":"scopes","alternatives":[["analytics"]]},"added":[],"removed":["analytics:readonly"]},"#
            + #""permissions":{"old":{"type":"ANY","permissions":["analytics:queueObservation:view"]},"#
            + #""new":{"type":"ALL","permissions":["analytics:queueObservation:view","routing:queue:view"]}},"#
            + #""deprecated":{"old":false,"new":true},"preview":{"old":false,"new":true}}}]},"#
            + #""scopes":{"added":["users:readonly"],"removed":["routing:readonly"]},"#
            + #""permissions":{"added":[],"removed":["routing:queue:delete"]}}"#
        #expect(json == expected)
    }

    @Test func describesScopeRequirementsOfEveryKind() {
        #expect(SpecDiff.scopes(ScopeRequirement(kind: .noSecurity)) == "none (no security)")
        #expect(SpecDiff.scopes(ScopeRequirement(kind: .oauthWithoutScopes)) == "any token (OAuth without scopes)")
        #expect(SpecDiff.scopes(ScopeRequirement(kind: .otherSchemesOnly)) == "none (other schemes only)")
        #expect(
            SpecDiff.scopes(ScopeRequirement(kind: .scopes, alternatives: [["a", "b"], ["c"]])) == "a and b, or c")
        #expect(SpecDiff.permissions(nil) == "none")
    }
}

@Suite struct SpecInfoTests {
    @Test func describesTheSpecAndItsCacheState() throws {
        let directory = try TestSupport.temporaryDirectory()
        let path = try SpecFixtures.write(SpecFixtures.oldSpec, named: "old.json", in: directory)
        let cache = SpecCache(directory: directory.appendingPathComponent("cache").path)
        let first = try SpecInfo.load(path: path, cache: cache)
        let hash = first.spec.contentHash
        let length = SpecFixtures.oldSpec.utf8.count
        let index = "\(cache.directory)/spec-\(hash)-\(length).index"
        #expect(first.cache == .stored(index: index))
        let second = try SpecInfo.load(path: path, cache: cache)
        #expect(second.cache == .hit(index: index))
        #expect(
            second.text == """
                spec:        \(path)
                title:       Sample API
                version:     v2
                format:      swagger-2.0
                scope lists: any-of (detected: security scheme "PureCloud OAuth", the Genesys convention)
                hash:        xxh64:\(hash) (\(length) bytes)
                operations:  3
                scopes:      4
                permissions: 3
                hosts:       api.mypurecloud.com
                bound to:    (not bound)
                overlays:    (none)
                cache:       hit (index \(index))

                """)
        #expect(
            second.json.rendered(pretty: false)
                == #"{"path":"\#(path)","title":"Sample API","version":"v2","format":"swagger-2.0","#
                + #""scopeListSemantics":"any-of","hash":"xxh64:\#(hash)","bytes":\#(length),"operations":3,"#
                + #""scopes":4,"permissions":3,"hosts":["api.mypurecloud.com"],"#
                + #""cache":{"state":"hit","index":"\#(index)"}}"#)
    }

    @Test func withoutACacheSaysSo() throws {
        let path = try SpecFixtures.write(SpecFixtures.oldSpec, named: "old.json")
        let info = try SpecInfo.load(path: path, cache: nil)
        #expect(info.cache == .disabled)
        #expect(info.json.rendered(pretty: false).hasSuffix(#""cache":{"state":"disabled"}}"#))
        #expect(
            info.text.hasSuffix(
                "cache:       disabled (no cache directory: set SCOPECHECK_CACHE_DIR, XDG_CACHE_HOME or HOME)\n"))
    }

    @Test func anUnwritableCacheIsNotStored() throws {
        let path = try SpecFixtures.write(SpecFixtures.oldSpec, named: "old.json")
        let blocker = try SpecFixtures.write("a file, not a directory", named: "cache")
        let info = try SpecInfo.load(path: path, cache: SpecCache(directory: blocker))
        #expect(info.cache == .notStored(directory: blocker))
    }
}
