import Testing

@testable import Core
@testable import Discover
@testable import Syntax

@Suite struct ScannerTests {
    static let spec = LintFixture.sampleSpec
    let methods = SDKMethodIndex([spec])

    @Test func sdkCasingsFollowEachSDK() {
        #expect(
            SDKCasing.camel.methodName(for: "postAnalyticsConversationsDetailsQuery")
                == "postAnalyticsConversationsDetailsQuery")
        #expect(
            SDKCasing.pascal.methodName(for: "postAnalyticsConversationsDetailsQuery")
                == "PostAnalyticsConversationsDetailsQuery")
        #expect(
            SDKCasing.snake.methodName(for: "postAnalyticsConversationsDetailsQuery")
                == "post_analytics_conversations_details_query")
        #expect(SDKCasing.snake.methodName(for: "getArchitectIVRs") == "get_architect_iv_rs")
        #expect(SDKCasing.snake.methodName(for: "getOAuthClient") == "get_o_auth_client")
        #expect(SourceLanguage.of(fileName: "App.CS") == .csharp)
        #expect(SourceLanguage.of(fileName: "run.sh")?.sdkCasing == nil)
        #expect(SourceLanguage.of(fileName: ".env") == nil)
        #expect(SourceLanguage.of(fileName: "README.md") == nil)
    }

    func calls(_ source: String, _ casing: SDKCasing) -> [String] {
        SDKCallScanner.calls(in: Array(source.utf8), casing: casing, index: methods).map { found in
            "\(found.identifier) \(found.match.operation.operationId ?? "") exact=\(found.match.exactCasing) receiver=\(found.hasReceiver)"
        }
    }

    @Test func sdkCallsAreIdentifiersCalledByAnyCasing() {
        #expect(
            calls("api.post_analytics_conversations_details_query(body)\nx = api.getRoutingQueues (1)", .snake) == [
                "post_analytics_conversations_details_query postAnalyticsConversationsDetailsQuery exact=true receiver=true",
                "getRoutingQueues getRoutingQueues exact=false receiver=true",
            ])
        #expect(
            calls("resp, _, err := api.GetRoutingSkills(ctx)\nr := client.GetRoutingSkillsWithHttpInfo()", .pascal) == [
                "GetRoutingSkills getRoutingSkills exact=true receiver=true",
                "GetRoutingSkillsWithHttpInfo getRoutingSkills exact=true receiver=true",
            ])
        #expect(calls("await api.GetUsersAsync();", .pascal) == ["GetUsersAsync getUsers exact=true receiver=true"])
        #expect(calls("return getUsers(opts)", .camel) == ["getUsers getUsers exact=true receiver=false"])
        #expect(calls("api.getUsers\n(x)", .camel).isEmpty)
        #expect(calls("const getUsersLater = 1; api.getUsersMe", .camel).isEmpty)
    }

    @Test func definitionsAndTheirCallsAreNotSDKCalls() {
        let python = """
            def get_users(api):
                return None
            users = get_users(api)
            me = api.get_users()
            """
        #expect(calls(python, .snake) == ["get_users getUsers exact=true receiver=true"])
        #expect(calls("public List<User> getUsers(int page) {", .camel).isEmpty)
        #expect(calls("func GetUsers(ctx context.Context) error {", .pascal).isEmpty)
        #expect(calls("new GetUsers(a)", .pascal).isEmpty)
        #expect(calls("x => getUsers(a)", .camel) == ["getUsers getUsers exact=true receiver=false"])
    }

    func paths(_ source: String) -> [String] {
        PathScanner.paths(in: Array(source.utf8)).map { "\($0.offset) \($0.written) \($0.lookup)" }
    }

    @Test func pathsRunToTheFirstCharacterOutsideAPath() {
        #expect(
            paths(#"get("https://api.mypurecloud.com/api/v2/users/me?expand=x")"#) == [
                "32 /api/v2/users/me /api/v2/users/me"
            ])
        #expect(
            paths(#"f"/api/v2/routing/queues/{queue_id}/users""#) == [
                "2 /api/v2/routing/queues/{queue_id}/users /api/v2/routing/queues/{queue_id}/users"
            ])
        #expect(
            paths("`/api/v2/users/${encodeURIComponent(id)}`") == [
                "1 /api/v2/users/${encodeURIComponent /api/v2/users/${encodeURIComponent"
            ])
        #expect(paths(#""/api/v2/routing/queues/" + id"#) == ["1 /api/v2/routing/queues/ /api/v2/routing/queues/{id}"])
        #expect(paths(#"@GET("api/v2/users/me")"#) == ["6 api/v2/users/me /api/v2/users/me"])
        #expect(paths("See /api/v2/users/me.") == ["4 /api/v2/users/me /api/v2/users/me"])
        #expect(paths("base = '/api/v2/' and xapi/v2/users") == [])
        #expect(PathScanner.containsAPIPath(Array("curl https://x/api/v2/users".utf8)[...]))
        #expect(!PathScanner.containsAPIPath(Array("curl https://x/api/v1/users".utf8)[...]))
    }

    func method(_ text: String, path: String = "/api/v2/") -> String? {
        let bytes = Array(text.utf8)
        let lines = LineTable(bytes)
        guard let offset = PathScanner.paths(in: bytes).first?.offset else { return nil }
        return MethodHint.method(near: offset, line: lines.line(of: offset), in: bytes, lines: lines)
    }

    @Test func methodsAreReadFromTheirUsualSpellings() {
        #expect(method("curl -X POST https://h/api/v2/users") == "POST")
        #expect(method("curl -XDELETE https://h/api/v2/users/1") == "DELETE")
        #expect(method("curl --request PUT https://h/api/v2/users/1") == "PUT")
        #expect(method("curl https://h/api/v2/users") == "GET")
        #expect(method("curl -s -d '{}' https://h/api/v2/users") == "POST")
        #expect(method("curl -s \\\n  --data-raw '{}' \\\n  https://h/api/v2/users") == "POST")
        #expect(method("requests.post(f\"{base}/api/v2/users\", json=body)") == "POST")
        #expect(method("await client.PostAsync(\"/api/v2/users\", content)") == "POST")
        #expect(method("new HttpRequestMessage(HttpMethod.Patch, \"/api/v2/users/1\")") == "PATCH")
        #expect(method("req, _ := http.NewRequest(http.MethodPut, \"/api/v2/users/1\", nil)") == "PUT")
        #expect(method("http.NewRequest(\"DELETE\", url+\"/api/v2/users/1\", nil)") == "DELETE")
        #expect(method("fetch('/api/v2/users', {\n  method: 'post',\n})") == "POST")
        #expect(method("\"requestUrlTemplate\": \"/api/v2/users/${input.id}\",\n\"requestType\": \"GET\"") == "GET")
        #expect(method("$.ajax({ type: 'PUT', url: '/api/v2/users/1' })") == "PUT")
        #expect(method("Invoke-RestMethod -Method Post -Uri \"$base/api/v2/users\"") == "POST")
        #expect(method("@DELETE(\"api/v2/users/{id}\")") == "DELETE")
        #expect(method("POST /api/v2/analytics/users/aggregates/query HTTP/1.1") == "POST")
        #expect(method("url = \"/api/v2/users\"  # delete this later") == nil)
        #expect(method("x = post\nurl = \"/api/v2/users\"") == nil)
    }

    @Test func methodsOfOtherPathsAreNotBorrowed() {
        let script = "curl -X POST \\\n  https://h/api/v2/analytics/reporting/exports\nwget https://h/api/v2/users\n"
        let bytes = Array(script.utf8)
        let lines = LineTable(bytes)
        let found = PathScanner.paths(in: bytes)
        #expect(found.count == 2)
        let methods = found.map {
            MethodHint.method(near: $0.offset, line: lines.line(of: $0.offset), in: bytes, lines: lines)
        }
        #expect(methods == ["POST", nil])
    }

    @Test func lineTablesMapOffsetsBothWays() {
        let table = LineTable(Array("ab\ncd\r\n\nlast".utf8))
        #expect(table.starts == [0, 3, 7, 8])
        #expect([0, 2, 3, 6, 7, 8, 11].map(table.line(of:)) == [1, 1, 2, 2, 3, 4, 4])
        #expect(table.range(ofLine: 2) == 3..<6)
        #expect(table.range(ofLine: 3) == 7..<7)
        #expect(table.range(ofLine: 4) == 8..<12)
        #expect(table.range(ofLine: 5) == nil)
    }
}
