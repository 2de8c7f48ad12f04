import Testing

@testable import Policy
@testable import Syntax

@Suite struct PolicyValidationTests {
    @Test(arguments: [
        (
            "clinet {}\n",
            [#"error 1:1 Unknown block "clinet" in a policy file; did you mean "client"?"#]
        ),
        (
            "rule = 1\n",
            [#"error 1:1 Unknown attribute "rule" in a policy file; did you mean the block "rules"?"#]
        ),
        (
            "rules = {}\n",
            [#"error 1:1 "rules" is a block, not an attribute"#]
        ),
        (
            "client \"genesyscloud_oauth_client.a\" {\n  calss = []\n}\n",
            [
                #"error 1:1 Missing required attribute "calls" in a client block"#,
                #"error 2:3 Unknown attribute "calss" in a client block; did you mean "calls"?"#,
            ]
        ),
        (
            "client \"genesyscloud_oauth_client.a\" {\n  calls = []\n  calls {}\n}\n",
            [#"error 3:3 "calls" is an attribute, not a block"#]
        ),
        (
            "client \"genesyscloud_oauth_client.a\" {\n  calls = []\n  scopes = []\n}\n",
            [#"error 3:3 Unknown attribute "scopes" in a client block"#]
        ),
        (
            "rules {\n  deny_scope = []\n}\n",
            [#"error 2:3 Unknown attribute "deny_scope" in a rules block; did you mean "deny_scopes"?"#]
        ),
    ])
    func unknownNamesAreReportedWithSuggestions(source: String, expected: [String]) {
        #expect(PolicyTest.policyDiagnostics(source) == expected)
    }

    @Test(arguments: [
        (
            "client {\n  calls = []\n}\n",
            [#"error 1:1 A client block needs the client's Terraform address as its label or a name attribute"#]
        ),
        (
            "client \"genesyscloud_oauth_client.a\" {\n  name  = \"A\"\n  calls = []\n}\n",
            [#"error 2:3 A client block names its client by a label or by a name attribute, not both"#]
        ),
        (
            "client \"genesyscloud_oauth_client.a\" \"b\" {\n  calls = []\n}\n",
            [#"error 1:38 A client block takes one label, the client's Terraform address"#]
        ),
        (
            "client {\n  name  = \" \"\n  calls = []\n}\n",
            [#"error 2:11 The client name is empty"#]
        ),
        (
            "client \"genesyscloud_oauth_client\" {\n  calls = []\n}\n",
            [
                #"error 1:8 Invalid client address "genesyscloud_oauth_client": expected "." after "genesyscloud_oauth_client", found the end"#
            ]
        ),
        (
            "client \"module.x.genesyscloud_oauth_client.a[k]\" {\n  calls = []\n}\n",
            [
                #"error 1:8 Invalid client address "module.x.genesyscloud_oauth_client.a[k]": an instance key is a number or a quoted string: [0] or ["name"]"#
            ]
        ),
        (
            "client \"genesyscloud_oauth_client.a b\" {\n  calls = []\n}\n",
            [
                #"error 1:8 Invalid client address "genesyscloud_oauth_client.a b": unexpected " b" after "genesyscloud_oauth_client.a""#
            ]
        ),
        (
            "client \"data.genesyscloud_oauth_client.a\" {\n  calls = []\n}\n",
            [
                #"error 1:8 A client policy needs a managed resource, not the data source "data.genesyscloud_oauth_client.a""#
            ]
        ),
        (
            "client \"genesyscloud_auth_role.a\" {\n  calls = []\n}\n",
            [#"warning 1:8 "genesyscloud_auth_role.a" is not a genesyscloud_oauth_client"#]
        ),
    ])
    func clientSelectorsAreValidated(source: String, expected: [String]) {
        #expect(PolicyTest.policyDiagnostics(source) == expected)
    }

    @Test(arguments: [
        (#""""#, #"error 2:12 Empty call"#),
        (#""  ""#, #"error 2:12 Empty call"#),
        (
            #""GTE /api/v2/users""#,
            #"error 2:12 Unknown HTTP method "GTE" in the call "GTE /api/v2/users"; did you mean "GET"?"#
        ),
        (
            #""get /api/v2/users""#,
            #"error 2:12 Unknown HTTP method "get" in the call "get /api/v2/users"; did you mean "GET"?"#
        ),
        (#""FOO /api/v2/users""#, #"error 2:12 Unknown HTTP method "FOO" in the call "FOO /api/v2/users""#),
        (#""GET""#, #"error 2:12 The call "GET" needs a path: "GET /api/v2/...""#),
        (#""/api/v2/users""#, #"error 2:12 The call "/api/v2/users" needs an HTTP method: "GET /api/v2/users""#),
        (
            #""GET api/v2/users""#,
            #"error 2:12 Expected a path ("/api/v2/...") or a URL after "GET" in the call "GET api/v2/users""#
        ),
        (#""GET /a /b""#, #"error 2:12 Unexpected text after the path in the call "GET /a /b""#),
        ("3", #"error 2:12 Each entry of "calls" must be a string, not a number"#),
        ("var.calls", #"error 2:12 Policy values must be literals"#),
        (#""GET /api/v2/users/${var.id}""#, #"error 2:12 Policy values must be literals"#),
        (#"lower("GET /api/v2/users")"#, #"error 2:12 Policy values must be literals"#),
        (#""getUsers", "getUsers""#, #"warning 2:24 "getUsers" is listed twice in "calls""#),
    ])
    func callsAreCheckedForSyntax(entry: String, expected: String) {
        let source = "client \"genesyscloud_oauth_client.a\" {\n  calls = [\(entry)]\n}\n"
        #expect(PolicyTest.policyDiagnostics(source) == [expected])
    }

    @Test func invalidCallsAreLeftOutOfTheModel() {
        let source = "client \"genesyscloud_oauth_client.a\" {\n  calls = [\"GTE /x\", \"getUsers\", 1]\n}\n"
        #expect(PolicyLoader.parse(source, path: "p.hcl").clients.first?.calls.map(\.text) == ["getUsers"])
    }

    @Test(arguments: [
        ("calls = \"getUsers\"", #"error 2:11 "calls" must be a list of strings, not a string"#),
        ("calls = local.calls", #"error 2:11 Policy values must be literals"#),
        ("calls = [for c in x : c]", #"error 2:11 Policy values must be literals"#),
        ("calls = {a = 1}", #"error 2:11 "calls" must be a list of strings, not an object"#),
        ("calls = null", #"error 2:11 "calls" must be a list of strings, not null"#),
    ])
    func attributeTypesAreChecked(attribute: String, expected: String) {
        let source = "client \"genesyscloud_oauth_client.a\" {\n  \(attribute)\n}\n"
        #expect(PolicyTest.policyDiagnostics(source) == [expected])
    }

    @Test func nonLiteralsExplainWhatTheyAre() {
        let policy = PolicyLoader.parse(
            "client {\n  name = upper(\"x\")\n  calls = [var.x, \"${y}\"]\n}\n", path: "p.hcl")
        #expect(
            policy.diagnostics.map { "\(PolicyTest.span($0.range!)) \($0.detail)" } == [
                "2:10-2:20 This is a call of the function upper, which is only known to Terraform; write the value itself.",
                "3:12-3:17 This is a reference, which is only known to Terraform; write the value itself.",
                "3:19-3:25 This is a string with interpolations or directives, which is only known to Terraform; write the value itself.",
            ])
    }

    @Test(arguments: [
        (
            #"user_roles = ["genesyscloud_auth_role"]"#,
            #"error 3:17 Invalid role address "genesyscloud_auth_role": expected "." after "genesyscloud_auth_role", found the end"#
        ),
        (
            #"user_roles = ["genesyscloud_user.sup"]"#,
            #"warning 3:17 "genesyscloud_user.sup" is not a genesyscloud_auth_role"#
        ),
        (
            #"user_roles = ["genesyscloud_auth_role.a", "genesyscloud_auth_role.a"]"#,
            #"warning 3:45 "genesyscloud_auth_role.a" is listed twice in "user_roles""#
        ),
        (
            #"user_roles = "genesyscloud_auth_role.a""#,
            #"error 3:16 "user_roles" must be a list of strings, not a string"#
        ),
    ])
    func userRolesAreValidated(attribute: String, expected: String) {
        let source = "client \"genesyscloud_oauth_client.a\" {\n  calls = []\n  \(attribute)\n}\n"
        #expect(PolicyTest.policyDiagnostics(source) == [expected])
    }

    @Test(arguments: [
        ("deny_scopes = [\"[admin\"]", #"error 2:18 Invalid scope pattern "[admin": the `[` set has no closing `]`"#),
        ("deny_scopes = [\"\"]", #"error 2:18 Invalid scope pattern "": the pattern is empty"#),
        ("deny_scopes = [\"a\", \"a\"]", #"warning 2:23 "a" is listed twice in "deny_scopes""#),
        (
            "max_token_validity_seconds = \"3600\"",
            #"error 2:32 "max_token_validity_seconds" must be a number, not a string"#
        ),
        (
            "max_token_validity_seconds = 3600.5",
            #"error 2:32 "max_token_validity_seconds" must be a whole number, not 3600.5"#
        ),
        ("max_token_validity_seconds = 0", #"error 2:32 "max_token_validity_seconds" must be positive"#),
        ("max_token_validity_seconds = -60", #"error 2:32 "max_token_validity_seconds" must be positive"#),
        (
            "require_description = \"yes\"",
            #"error 2:25 "require_description" must be a bool (true or false), not a string"#
        ),
        (
            "allowed_grant_types = [\"CLIENT_CREDENTIALS\"]",
            #"error 2:26 Unknown grant type "CLIENT_CREDENTIALS"; did you mean "CLIENT-CREDENTIALS"?"#
        ),
        ("allowed_grant_types = [\"IMPLICIT\"]", #"error 2:26 Unknown grant type "IMPLICIT""#),
        ("allowed_grant_types = []", #"error 2:25 "allowed_grant_types" is empty, so no client could be valid"#),
        (
            "allowed_grant_types = [\"CODE\", \"CODE\"]",
            #"warning 2:34 "CODE" is listed twice in "allowed_grant_types""#
        ),
    ])
    func ruleValuesAreValidated(attribute: String, expected: String) {
        #expect(PolicyTest.policyDiagnostics("rules {\n  \(attribute)\n}\n") == [expected])
    }

    @Test func invalidRuleValuesAreLeftOut() throws {
        let policy = PolicyLoader.parse(
            """
            rules {
              deny_scopes                = ["*:admin", "[x"]
              max_token_validity_seconds = 0
              allowed_grant_types        = ["CODE", "NOPE"]
            }

            """, path: "p.hcl")
        let rules = try #require(policy.rules)
        #expect(rules.denyScopes?.map(\.value) == ["*:admin"])
        #expect(rules.maxTokenValiditySeconds == nil)
        #expect(rules.allowedGrantTypes == nil)
    }

    @Test func rulesBlocksTakeNoLabels() {
        #expect(
            PolicyTest.policyDiagnostics("rules \"org\" {\n  require_description = true\n}\n") == [
                #"error 1:7 A rules block takes no labels"#
            ])
    }

    @Test func parseErrorsComeFirstAndTheRestIsStillRead() {
        let policy = PolicyLoader.parse(
            "client \"genesyscloud_oauth_client.a\" {\n  calls = [\"getUsers\",\n}\nclinet {}\n", path: "p.hcl")
        #expect(policy.diagnostics.first?.severity == .error)
        #expect(policy.diagnostics.contains { $0.summary.hasPrefix("Unknown block \"clinet\"") })
    }

    @Test func unknownItemsListWhatIsAccepted() {
        let policy = PolicyLoader.parse("rules {\n  foo = 1\n}\n", path: "p.hcl")
        #expect(
            policy.diagnostics.map(\.detail) == [
                "A rules block takes the attributes allowed_grant_types, deny_scopes, max_token_validity_seconds and require_description."
            ])
    }
}
