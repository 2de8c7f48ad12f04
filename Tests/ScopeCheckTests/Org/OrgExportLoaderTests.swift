import Core
import Foundation
import Genesys
import Testing

@testable import Org

/// `OrgExportLoader`: the JSON saved from the Platform API (`--org DIR`) read into clients,
/// roles, data actions, integrations and credentials; a file that is not JSON, or a value of the
/// wrong shape, is an input error naming the file, the line and column, and the JSON path.
@Suite struct OrgExportLoaderTests {
    /// `files` (name → text) written into a fresh temporary directory.
    static func write(_ files: [String: String]) throws -> URL {
        try TestSupport.directory(with: files)
    }

    /// The export of `files`.
    static func load(_ files: [String: String]) throws -> OrgExport {
        try OrgExportLoader.load(path: write(files).path)
    }

    /// The message of the input error loading `files` throws, and the directory they are in;
    /// records an issue when loading succeeds.
    static func loadError(_ files: [String: String]) throws -> (message: String, directory: String) {
        let directory = try write(files).path
        do {
            let export = try OrgExportLoader.load(path: directory)
            Issue.record("expected an input error, got \(export.clients.count) clients")
            return ("", directory)
        } catch {
            return (error.message, directory)
        }
    }

    @Test func aPagedListingOverTwoFilesMergesItsClientsInFileOrder() throws {
        let export = try Self.load([
            "clients-2.json": """
            {"entities": [{"id": "c3", "name": "Third", "authorizedGrantType": "CODE", "scope": ["routing"]}],
             "pageNumber": 2, "pageCount": 2}
            """,
            "clients-1.json": """
            {"entities": [
              {"id": "c1", "name": "First", "authorizedGrantType": "CLIENT-CREDENTIALS", "scope": [],
               "roleIds": ["r1", "r2"], "roleDivisions": [{"roleId": "r1", "divisionId": "d1"}],
               "accessTokenValiditySeconds": 3600, "state": "active"},
              {"id": "c2", "authorizedGrantType": "CODE", "scope": ["analytics", "routing:readonly"]}
             ], "pageNumber": 1, "pageCount": 2}
            """,
        ])
        #expect(export.clients.map(\.id) == ["c1", "c2", "c3"])
        #expect(
            export.files.map { URL(fileURLWithPath: $0).lastPathComponent } == ["clients-1.json", "clients-2.json"])
        let first = try #require(export.client(id: "c1"))
        #expect(first.name == "First")
        #expect(first.grantType == "CLIENT-CREDENTIALS")
        #expect(first.scopes.isEmpty)
        // The division of `roleDivisions`, then the roleIds it does not list, with no division.
        #expect(
            first.roles == [
                OrgClient.RoleAssignment(roleId: "r1", divisionId: "d1"),
                OrgClient.RoleAssignment(roleId: "r2", divisionId: nil),
            ])
        #expect(first.accessTokenValiditySeconds == 3600)
        #expect(first.state == "active")
        #expect(first.label == "First (c1)")
        let second = try #require(export.client(id: "c2"))
        #expect(second.name == nil)
        #expect(second.label == "c2")
        #expect(second.scopes == ["analytics", "routing:readonly"])
        #expect(second.range.start.line == 5)
        #expect(export.client(id: "c3")?.scopes == ["routing"])
    }

    @Test func aFileHoldingOneObject() throws {
        let export = try Self.load([
            "client.json": #"{"id": "solo", "name": "Solo", "authorizedGrantType": "TOKEN", "scope": ["users"]}"#
        ])
        #expect(export.clients.count == 1)
        #expect(export.clients.first?.id == "solo")
        #expect(export.clients.first?.grantType == "TOKEN")
        #expect(export.roles.isEmpty && export.actions.isEmpty && export.integrations.isEmpty)
    }

    @Test func aFileHoldingATopLevelArrayOfObjectsOfSeveralKinds() throws {
        let export = try Self.load([
            "mixed.json": """
            [
              {"id": "c1", "authorizedGrantType": "CODE", "scope": []},
              {"id": "r1", "name": "Reader", "permissionPolicies": []},
              {"id": "i1", "integrationType": {"id": "purecloud-data-actions"}}
            ]
            """
        ])
        #expect(export.clients.map(\.id) == ["c1"])
        #expect(export.roles.map(\.id) == ["r1"])
        #expect(export.integrations.map(\.id) == ["i1"])
        #expect(export.integrations.first?.typeId == "purecloud-data-actions")
        #expect(export.integrations.first?.credentialIds == [:])
    }

    @Test func aRoleKeepsTheDomainEntityAndActionsOfEachPolicy() throws {
        let export = try Self.load([
            "roles.json": """
            {"entities": [{"id": "r1", "name": "Queue admin", "permissions": [],
              "permissionPolicies": [
                {"domain": "routing", "entityName": "queue", "policyName": "x", "actionSet": ["view", "edit"],
                 "namedResources": [], "allowConditions": false},
                {"domain": "analytics", "entityName": "*", "actionSet": ["*"]}
              ]}], "pageCount": 1}
            """
        ])
        let role = try #require(export.role(id: "r1"))
        #expect(role.name == "Queue admin")
        #expect(role.label == "Queue admin (r1)")
        #expect(
            role.policies == [
                PermissionPolicy(domain: "routing", entity: "queue", actions: ["view", "edit"]),
                PermissionPolicy(domain: "analytics", entity: "*", actions: ["*"]),
            ])
        #expect(export.role(id: "r2") == nil)
    }

    @Test func aDataActionKeepsItsRequestTypeAndURLTemplate() throws {
        let text = """
            {"entities": [
              {"id": "a1", "name": "Get Queue", "integrationId": "i1",
               "config": {"request": {"requestUrlTemplate": "/api/v2/routing/queues/${input.QUEUE_ID}",
                                      "requestType": "GET", "headers": {}}}},
              {"id": "a2", "integrationId": "i1"}
            ]}
            """
        let export = try Self.load(["actions.json": text])
        #expect(export.actions.count == 2)
        let action = try #require(export.actions.first)
        #expect(action.id == "a1")
        #expect(action.label == "Get Queue (a1)")
        #expect(action.integrationId == "i1")
        #expect(action.method == "GET")
        #expect(action.urlTemplate == "/api/v2/routing/queues/${input.QUEUE_ID}")
        // The range is the URL template's, for reports.
        #expect(action.range.start.line == 3)
        #expect(action.range.start.column == 49)
        // Without a config: no request, the range is the action's object.
        let bare = export.actions[1]
        #expect(bare.method == nil)
        #expect(bare.urlTemplate == nil)
        #expect(bare.range.start.line == 5)
        #expect(bare.range.start.column == 3)
    }

    @Test func anIntegrationsCredentialNamesTheClientItsActionsRunWith() throws {
        let export = try Self.load([
            "integrations.json": """
            [{"id": "i1", "name": "Actions", "integrationType": {"id": "purecloud-data-actions"},
              "config": {"current": {"credentials": {"pureCloudOAuthClient": {"id": "k1", "name": "cred"}}}}},
             {"id": "i2", "integrationType": {"id": "purecloud-data-actions"},
              "config": {"current": {"credentials": {"other": {"id": "k2"}}}}},
             {"id": "i3", "integrationType": {"id": "purecloud-data-actions"}}]
            """,
            "credentials/k1.json": """
            {"id": "k1", "name": "cred", "type": {"name": "pureCloudOAuthClient"},
             "credentialFields": {"clientId": "client-1", "clientSecret": "not-kept"}}
            """,
            "credentials/k2.json": """
            {"id": "k2", "type": {"name": "pureCloudOAuthClient"}, "credentialFields": {"clientId": "client-2"}}
            """,
        ])
        #expect(export.integrations.map(\.id) == ["i1", "i2", "i3"])
        #expect(export.integrations.first?.credentialIds == ["pureCloudOAuthClient": "k1"])
        #expect(export.credentials.map(\.id) == ["k1", "k2"])
        #expect(export.credentials.first?.typeName == "pureCloudOAuthClient")
        #expect(export.credentials.first?.clientId == "client-1")
        #expect(export.clientId(ofIntegration: "i1") == "client-1")
        // A credential under another name is used when there is no pureCloudOAuthClient one.
        #expect(export.clientId(ofIntegration: "i2") == "client-2")
        #expect(export.clientId(ofIntegration: "i3") == nil)
        #expect(export.clientId(ofIntegration: "missing") == nil)
    }

    @Test func aFileThatIsNotJSONNamesTheFileLineAndColumn() throws {
        let (message, directory) = try Self.loadError([
            "clients.json": """
            {"id": "a",
              "authorizedGrantType": "CODE",, }
            """
        ])
        #expect(message == "\(directory)/clients.json:2:33: Invalid JSON; expected string key, found ','")
    }

    @Test func anEmptyFileIsAnError() throws {
        let (message, directory) = try Self.loadError(["empty.json": ""])
        #expect(message == "\(directory)/empty.json:1:1: Invalid JSON; expected value, found end of input")
    }

    @Test func aMissingPathIsAnError() throws {
        let directory = try TestSupport.temporaryDirectory().appendingPathComponent("nowhere").path
        #expect(throws: InputError("the org export \(directory) does not exist")) {
            try OrgExportLoader.load(path: directory)
        }
    }

    @Test func aScopeThatIsNotAnArrayNamesItsJSONPath() throws {
        let (message, directory) = try Self.loadError([
            "clients.json": """
            {"entities": [{"id": "a", "authorizedGrantType": "CODE", "scope": ["routing"]},
             {"id": "b", "authorizedGrantType": "CODE", "scope": 5}], "pageCount": 1}
            """
        ])
        #expect(message == "\(directory)/clients.json:2:54: $.entities[1].scope: expected an array, found number")
    }

    @Test func roleIdsThatAreNotAnArrayNameTheirJSONPath() throws {
        let (message, directory) = try Self.loadError([
            "clients.json": #"{"entities": [{"id": "a", "authorizedGrantType": "CLIENT-CREDENTIALS", "roleIds": "x"}]}"#
        ])
        #expect(message == "\(directory)/clients.json:1:83: $.entities[0].roleIds: expected an array, found string")
    }

    @Test func aValueOfTheWrongTypeDeepInsideNamesItsJSONPath() throws {
        let (roleId, directory) = try Self.loadError([
            "clients.json": """
            {"entities": [{"id": "a", "authorizedGrantType": "CODE", "roleDivisions": [{"roleId": 3}]}]}
            """
        ])
        #expect(
            roleId
                == "\(directory)/clients.json:1:87: $.entities[0].roleDivisions[0].roleId: expected a string, found number"
        )
        let (lifetime, other) = try Self.loadError([
            "clients.json": #"[{"id": "a", "authorizedGrantType": "CODE", "accessTokenValiditySeconds": 1.5}]"#
        ])
        #expect(
            lifetime
                == "\(other)/clients.json:1:75: $[0].accessTokenValiditySeconds: expected a whole number, found number")
        let (scope, third) = try Self.loadError([
            "clients.json": #"[{"id": "a", "authorizedGrantType": "CODE", "scope": ["routing", 7]}]"#
        ])
        #expect(scope == "\(third)/clients.json:1:66: $[0].scope[1]: expected a string, found number")
        let (policy, fourth) = try Self.loadError([
            "roles.json":
                #"{"entities": [{"id": "r", "permissionPolicies": [{"domain": "routing", "actionSet": "view"}]}]}"#
        ])
        #expect(
            policy
                == "\(fourth)/roles.json:1:85: $.entities[0].permissionPolicies[0].actionSet: expected an array, found string"
        )
    }

    @Test func anElementOfAnArrayThatIsNotAnObject() throws {
        let (message, directory) = try Self.loadError(["clients.json": "[1, 2]"])
        #expect(message == "\(directory)/clients.json:1:2: $[0]: expected an object, found number")
    }

    /// `entities` that is not an array is an error at `entities`.
    @Test func entitiesThatAreNotAnArrayAreAnError() throws {
        let (message, directory) = try Self.loadError(["clients.json": #"{"entities": {"id": "a"}}"#])
        #expect(message == "\(directory)/clients.json:1:14: $.entities: expected an array, found object")
    }

    @Test func anObjectOfNoKnownKindNamesItsJSONPath() throws {
        let (message, directory) = try Self.loadError([
            "things.json": """
            [{"id": "c1", "authorizedGrantType": "CODE"},
             {"id": "x", "foo": 1}]
            """
        ])
        #expect(
            message
                == "\(directory)/things.json:2:2: $[1]: not an OAuth client, role, data action, integration or credential of the Platform API (expected authorizedGrantType, permissionPolicies, integrationId, integrationType or credentialFields)"
        )
    }

    @Test func anObjectWithNoIdNamesItsJSONPath() throws {
        let (client, directory) = try Self.loadError([
            "clients.json": #"{"entities": [{"name": "a", "authorizedGrantType": "CODE"}]}"#
        ])
        #expect(client == "\(directory)/clients.json:1:15: $.entities[0]: the object has no \"id\"")
        let (role, other) = try Self.loadError(["roles.json": #"[{"name": "r", "permissionPolicies": []}]"#])
        #expect(role == "\(other)/roles.json:1:2: $[0]: the object has no \"id\"")
    }

    /// The org's answers hold secrets (`secret` of a client, `clientSecret` of a credential):
    /// nothing loaded keeps them.
    @Test func noSecretIsKeptInTheLoadedExport() throws {
        let export = try Self.load(Self.secretFiles)
        #expect(export.clients.count == 1)
        #expect(export.credentials.first?.clientId == "c0ffee00-0000-4000-8000-000000000001")
        let dumped = String(describing: export) + String(reflecting: export)
        #expect(!dumped.contains("S3cr3t-VALUE"))
        #expect(!dumped.contains("CL13NT-s3cr3t"))
        #expect(dumped.contains("c0ffee00-0000-4000-8000-000000000001"))
    }

    /// The audit of the client owning the credential, in every format, and the listing, show
    /// neither secret.
    @Test(.enabled(if: CommandRunner.executable != nil))
    func noSecretReachesAnyAuditOutput() throws {
        let directory = try Self.write(Self.secretFiles)
        let spec = TestSupport.packageRoot.appendingPathComponent("samples/spec/genesys-platform-sample.json").path
        var outputs: [CommandRunner.Output] = []
        for format in ["text", "json", "markdown", "html", "dot", "mermaid"] {
            outputs.append(
                try CommandRunner.run([
                    "audit", "--org", directory.path, "--spec", spec, "--client", "Secret Holder", "--format", format,
                ]))
        }
        for format in ["text", "json"] {
            outputs.append(
                try CommandRunner.run(["audit", "--org", directory.path, "--spec", spec, "--format", format]))
        }
        // The client's data action is linked through the credential, so the credential was read.
        #expect(outputs[0].stdout.contains("allowed  GET /api/v2/routing/queues/{QUEUE_ID}"), "\(outputs[0].stdout)")
        for output in outputs {
            #expect(output.status == 0 || output.status == 1, "\(output.stderr)")
            #expect(output.stderr.isEmpty)
            #expect(!output.stdout.isEmpty)
            #expect(!output.stdout.contains("S3cr3t-VALUE"))
            #expect(!output.stdout.contains("CL13NT-s3cr3t"))
        }
    }

    /// A client with a `secret`, its role, a data action and the integration whose credential
    /// (with a `clientSecret`) names the client.
    static let secretFiles: [String: String] = [
        "clients.json": """
        {"entities": [{"id": "c0ffee00-0000-4000-8000-000000000001", "name": "Secret Holder",
          "authorizedGrantType": "CLIENT-CREDENTIALS", "secret": "CL13NT-s3cr3t", "scope": [],
          "roleDivisions": [{"roleId": "r1", "divisionId": "*"}], "state": "active"}], "pageCount": 1}
        """,
        "roles.json": """
        [{"id": "r1", "name": "Reader", "permissionPolicies": [
          {"domain": "routing", "entityName": "queue", "actionSet": ["view"]}]}]
        """,
        "actions.json": """
        [{"id": "a1", "name": "Get Queue", "integrationId": "i1",
          "config": {"request": {"requestUrlTemplate": "/api/v2/routing/queues/${input.QUEUE_ID}",
                                 "requestType": "GET"}}}]
        """,
        "integrations.json": """
        [{"id": "i1", "name": "Actions", "integrationType": {"id": "purecloud-data-actions"},
          "config": {"current": {"credentials": {"pureCloudOAuthClient": {"id": "k1"}}}}}]
        """,
        "credentials/k1.json": """
        {"id": "k1", "name": "cred", "type": {"name": "pureCloudOAuthClient"},
         "credentialFields": {"clientId": "c0ffee00-0000-4000-8000-000000000001", "clientSecret": "S3cr3t-VALUE"}}
        """,
    ]
}
