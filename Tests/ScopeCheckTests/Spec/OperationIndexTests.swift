import Testing

@testable import Spec

@Suite struct OperationIndexTests {
    static func operation(_ reference: String, _ operationId: String, sdk: String? = nil) -> APIOperation {
        let parts = reference.split(separator: " ")
        return APIOperation(
            method: String(parts[0]), path: String(parts[1]), operationId: operationId,
            sdkMethodName: sdk ?? operationId)
    }

    static let spec = APISpec(
        source: "test.json", title: "t", version: "v2", format: "swagger-2.0", basePath: "/base", contentHash: "0",
        contentLength: 0, scopes: [:], oauthSchemes: [],
        operations: [
            operation("GET /api/v2/users/me", "getUsersMe"),
            operation("GET /api/v2/users/{userId}", "getUser"),
            operation("PATCH /api/v2/users/{userId}", "patchUser"),
            operation("DELETE /api/v2/users/{userId}", "deleteUser"),
            operation("GET /api/v2/users/{userId}/queues", "getUserQueues"),
            operation("GET /api/v2/routing/queues", "getRoutingQueues"),
            operation("POST /api/v2/routing/queues", "postRoutingQueues"),
            operation("GET /api/v2/routing/queues/{queueId}", "getRoutingQueue"),
            operation("GET /api/v2/routing/queues/divisionviews", "getRoutingQueuesDivisionviews"),
            operation("GET /api/v2/a/{x}/c", "getAXC"),
            operation("GET /api/v2/a/b/{y}", "getABY"),
            operation("GET /api/v2/files/{name}.json", "getFileJson"),
            operation(
                "POST /api/v2/analytics/conversations/details/query", "postAnalyticsConversationsDetailsQuery"),
            operation("GET /relative/{id}", "getRelative"),
        ])
    let index = OperationIndex(Self.spec)

    func found(_ reference: String) -> String? {
        if case .found(let operation) = index.resolve(reference) { return operation.reference }
        return nil
    }

    func suggested(_ reference: String) -> [String]? {
        if case .notFound(let suggestions) = index.resolve(reference) { return suggestions.map(\.reference) }
        return nil
    }

    @Test func findsOperationsByTemplate() {
        #expect(found("GET /api/v2/users/{userId}") == "GET /api/v2/users/{userId}")
        #expect(found("patch /api/v2/users/{userId}") == "PATCH /api/v2/users/{userId}")
        #expect(found("GET /api/v2/users/{id}") == "GET /api/v2/users/{userId}")
        #expect(
            index.operation(method: "get", path: "/api/v2/routing/queues/{queueId}")?.operationId == "getRoutingQueue")
    }

    @Test func findsOperationsByConcretePathOrURL() {
        #expect(found("GET /api/v2/routing/queues/3f2c7a8e-0c5e-4f2d") == "GET /api/v2/routing/queues/{queueId}")
        #expect(
            found("GET https://api.mypurecloud.ie/api/v2/users/42/queues?pageSize=25#top")
                == "GET /api/v2/users/{userId}/queues")
        #expect(found("DELETE https://api.usw2.pure.cloud/api/v2/users/42/") == "DELETE /api/v2/users/{userId}")
        #expect(found("GET /api/v2/files/report.json") == "GET /api/v2/files/{name}.json")
        #expect(found("GET /base/relative/7") == "GET /relative/{id}")
    }

    @Test func theTemplateWithTheMostLiteralSegmentsWins() {
        #expect(found("GET /api/v2/users/me") == "GET /api/v2/users/me")
        #expect(found("GET /api/v2/routing/queues/divisionviews") == "GET /api/v2/routing/queues/divisionviews")
        #expect(found("GET /api/v2/a/b/c") == "GET /api/v2/a/b/{y}")
        #expect(index.operations(atPath: "/api/v2/users/me").map(\.reference) == ["GET /api/v2/users/me"])
        // The most specific template decides; it has no PATCH, so the request does not resolve.
        #expect(index.operation(method: "PATCH", path: "/api/v2/users/me") == nil)
    }

    @Test func segmentCountsMustMatch() {
        #expect(index.operations(atPath: "/api/v2/routing/queues/1/2").isEmpty)
        #expect(index.operations(atPath: "/api/v2/users").isEmpty)
        #expect(index.operations(atPath: "/api/v2/users//queues").isEmpty)
        #expect(index.operations(atPath: "/api/v2/files/.json").isEmpty)
    }

    @Test func findsOperationsByOperationIdOrSDKNameInAnyCasing() {
        for name in [
            "postAnalyticsConversationsDetailsQuery", "post_analytics_conversations_details_query",
            "PostAnalyticsConversationsDetailsQuery", "post-analytics-conversations-details-query",
        ] {
            #expect(found(name) == "POST /api/v2/analytics/conversations/details/query", "\(name)")
        }
        #expect(index.operation(named: "getUsersMe")?.reference == "GET /api/v2/users/me")
    }

    @Test func aBarePathResolvesWhenOneOperationLivesThere() {
        #expect(found("/api/v2/users/me") == "GET /api/v2/users/me")
        #expect(
            suggested("/api/v2/users/42")
                == ["DELETE /api/v2/users/{userId}", "GET /api/v2/users/{userId}", "PATCH /api/v2/users/{userId}"])
    }

    @Test func suggestsTheOtherMethodsOfTheRightPathFirst() {
        #expect(
            suggested("PUT /api/v2/routing/queues")
                == [
                    "GET /api/v2/routing/queues", "POST /api/v2/routing/queues",
                    "GET /api/v2/routing/queues/divisionviews", "GET /api/v2/routing/queues/{queueId}",
                    "GET /api/v2/users/{userId}/queues",
                ])
    }

    @Test func suggestsCloseTemplatesWithTheSameMethodFirst() {
        #expect(
            suggested("GET /api/v2/routing/queue/abc")
                == [
                    "GET /api/v2/routing/queues/{queueId}", "GET /api/v2/routing/queues",
                    "GET /api/v2/routing/queues/divisionviews", "GET /api/v2/users/{userId}/queues",
                    "GET /api/v2/a/{x}/c",
                ])
        #expect(
            suggested("POST /api/v2/analytics/conversations/detail/query")
                == ["POST /api/v2/analytics/conversations/details/query"])
        #expect(suggested("GET /completely/unrelated/path/here/now") == [])
    }

    @Test func suggestsCloseOperationIds() {
        #expect(
            suggested("getRoutingQueus")
                == [
                    "GET /api/v2/routing/queues", "GET /api/v2/routing/queues/{queueId}", "POST /api/v2/routing/queues",
                ])
        #expect(suggested("get_users_mee") == ["GET /api/v2/users/me"])
        #expect(suggested("somethingElseEntirely") == [])
    }
}

/// A request whose case differs from a template's capital literal finds that template when case is
/// ignored; where neither the request nor a template as long has capitals, there is nothing to find.
@Suite struct OperationIndexCaseTests {
    static let spec = APISpec(
        source: "test.json", title: "t", version: "v2", format: "swagger-2.0", basePath: nil, contentHash: "0",
        contentLength: 0, scopes: [:], oauthSchemes: [],
        operations: [
            OperationIndexTests.operation("GET /api/v2/users/{userId}/presences/PURECLOUD", "getPurecloudPresence"),
            OperationIndexTests.operation("GET /api/v2/users/{userId}/presences/{sourceId}", "getUserPresence"),
            OperationIndexTests.operation("GET /api/v2/routing/queues", "getRoutingQueues"),
        ])

    @Test func aLowercaseRequestFindsTheCapitalTemplateIgnoringCase() {
        let index = OperationIndex(Self.spec)
        #expect(
            index.operation(method: "GET", path: "/api/v2/users/u1/presences/purecloud")?.operationId
                == "getUserPresence")
        #expect(
            index.operationIgnoringCase(method: "GET", path: "/api/v2/users/u1/presences/purecloud")?.operationId
                == "getPurecloudPresence")
    }

    @Test func withoutCapitalsOnEitherSideCaseChangesNothing() {
        let index = OperationIndex(Self.spec)
        #expect(index.operationIgnoringCase(method: "GET", path: "/api/v2/routing/queues") == nil)
        #expect(
            index.operationIgnoringCase(method: "GET", path: "/api/v2/Routing/queues")?.operationId
                == "getRoutingQueues")
    }
}
