import Foundation
import Testing

@testable import Core
@testable import Graph
@testable import Policy
@testable import Rules
@testable import Spec
@testable import Terraform

/// Configurations with data actions, written to a temporary directory and analysed the way
/// `lint` does (config, spec, policies, modules installed under `.terraform/modules`), against a
/// small Genesys-shaped spec.
enum DataActionFixture {
    /// The spec the fixtures are checked against: a few operations data actions call, with their
    /// permissions; `presences/purecloud` and `presences/{sourceId}` check different permissions.
    static let spec = """
        {
          "swagger": "2.0",
          "info": {"title": "Data action spec", "version": "v2"},
          "host": "api.mypurecloud.com",
          "securityDefinitions": {
            "PureCloud OAuth": {
              "type": "oauth2", "flow": "implicit",
              "authorizationUrl": "https://login.mypurecloud.com/oauth/authorize",
              "scopes": {"users": "Users", "routing": "Routing", "architect": "Architect", "presence": "Presence"}
            }
          },
          "paths": {
            "/api/v2/users/{userId}": {
              "get": {"operationId": "getUser", "security": [{"PureCloud OAuth": ["users"]}],
                "x-inin-requires-permissions": {"type": "ANY", "permissions": ["directory:user:view"]},
                "responses": {"200": {"description": "ok"}}}
            },
            "/api/v2/routing/skills": {
              "get": {"operationId": "getRoutingSkills", "security": [{"PureCloud OAuth": ["routing"]}],
                "x-inin-requires-permissions": {"type": "ANY", "permissions": ["routing:skill:view"]},
                "responses": {"200": {"description": "ok"}}}
            },
            "/api/v2/routing/queues/{queueId}/members": {
              "get": {"operationId": "getRoutingQueueMembers", "security": [{"PureCloud OAuth": ["routing"]}],
                "x-inin-requires-permissions": {"type": "ANY",
                  "permissions": ["routing:queue:view", "routing:queueMember:manage"]},
                "responses": {"200": {"description": "ok"}}}
            },
            "/api/v2/flows/datatables/{datatableId}/rows": {
              "post": {"operationId": "postFlowsDatatableRows", "security": [{"PureCloud OAuth": ["architect"]}],
                "x-inin-requires-permissions": {"type": "ALL", "permissions": ["architect:datatableRow:add"]},
                "responses": {"200": {"description": "ok"}}}
            },
            "/api/v2/users/{userId}/presences/purecloud": {
              "get": {"operationId": "getUserPresencesPurecloud", "security": [{"PureCloud OAuth": ["presence"]}],
                "x-inin-requires-permissions": {"type": "ANY", "permissions": ["presence:userPresence:view"]},
                "responses": {"200": {"description": "ok"}}}
            },
            "/api/v2/users/{userId}/presences/{sourceId}": {
              "get": {"operationId": "getUserPresence", "security": [{"PureCloud OAuth": ["presence"]}],
                "x-inin-requires-permissions": {"type": "ANY", "permissions": ["presence:sourcePresence:view"]},
                "responses": {"200": {"description": "ok"}}}
            }
          }
        }
        """

    /// A role, a client-credentials client holding it, a `pureCloudOAuthClient` credential of
    /// the client and a Genesys Cloud data actions integration using it; actions go after it.
    static let integration = """
        resource "genesyscloud_auth_role" "actions" {
          name = "Data actions"
          permission_policies {
            domain      = "routing"
            entity_name = "skill"
            action_set  = ["view"]
          }
        }

        resource "genesyscloud_oauth_client" "actions" {
          name                  = "Data actions"
          authorized_grant_type = "CLIENT-CREDENTIALS"
          roles {
            role_id     = genesyscloud_auth_role.actions.id
            division_id = "*"
          }
        }

        resource "genesyscloud_integration_credential" "actions" {
          name                 = "Data actions"
          credential_type_name = "pureCloudOAuthClient"
          fields = {
            clientId     = genesyscloud_oauth_client.actions.client_id
            clientSecret = genesyscloud_oauth_client.actions.client_secret
          }
        }

        resource "genesyscloud_integration" "actions" {
          intended_state   = "ENABLED"
          integration_type = "purecloud-data-actions"
          config {
            name        = "Data actions"
            credentials = { pureCloudOAuthClient = genesyscloud_integration_credential.actions.id }
          }
        }

        """

    /// A data action resource with the given request, of the integration `integrationId`.
    static func action(
        _ name: String, method: String = "GET", url: String,
        integrationId: String = "genesyscloud_integration.actions.id",
        extra: String = ""
    ) -> String {
        """
        resource "genesyscloud_integration_action" "\(name)" {
          name           = "\(name)"
          category       = "Tests"
          integration_id = \(integrationId)
          \(extra)
          contract_input  = jsonencode({ type = "object", properties = {} })
          contract_output = jsonencode({ type = "object", properties = {} })
          config_request {
            request_type         = "\(method)"
            request_url_template = \(url)
          }
        }

        """
    }

    /// Writes `files` (by path relative to a fresh temporary directory) and the spec
    /// (`spec.json`); returns the directory.
    static func write(_ files: [String: String]) throws -> URL {
        URL(fileURLWithPath: try TerraformFixture.directory(files.merging(["spec.json": spec]) { mine, _ in mine }))
    }

    /// The graph of `paths` (default: the directory) as lint builds it, with `policy.hcl` when
    /// the files have one and `spec.json` in force; `plan` names a plan JSON file to analyse
    /// instead of the HCL.
    static func graph(
        in directory: URL, paths: [String] = ["."], recursive: Bool = false, plan: String? = nil,
        hostSpecs: [String: String] = [:], environment: [String: String] = [:]
    ) throws -> RequirementGraph {
        let policy = directory.appendingPathComponent("policy.hcl")
        let path = { (name: String) in directory.appendingPathComponent(name).path }
        let specs =
            [SpecBinding(path: path("spec.json"))]
            + hostSpecs.sorted { $0.key < $1.key }.map { SpecBinding(path: path($1), host: $0) }
        // Paths are absolute: the analysis reads them from the process's working directory.
        var request = AnalysisRequest(
            paths: paths.map { $0 == "." ? directory.path : path($0) }, recursive: recursive, configPath: nil,
            overrides: ConfigOverrides(
                specs: specs,
                policies: FileManager.default.fileExists(atPath: policy.path) ? [policy.path] : nil),
            workingDirectory: FileManager.default.currentDirectoryPath, environment: environment)
        request.planPath = plan.map(path)
        return try Analysis.load(request, knownRules: []).graph
    }

    /// Each call of the graph as `caller: CALL at file:line:col` (paths relative to `directory`),
    /// in graph order.
    static func calls(_ graph: RequirementGraph, in directory: URL) -> [String] {
        graph.calls.map { call in
            "\(call.call.caller): \(call.text) at \(relative(call.range.description, to: directory))"
        }
    }

    /// `text` with the directory's path taken out.
    static func relative(_ text: String, to directory: URL) -> String {
        text.replacingOccurrences(of: directory.path + "/", with: "")
    }
}

extension DataActionFixture {
    /// What `rule` finds in `files` (with `policy.hcl` when given), as `file:line:col message`
    /// lines with the directory's path taken out.
    static func findings(_ rule: any Rule, _ files: [String: String], policy: String? = nil) throws -> [String] {
        var files = files
        if let policy { files["policy.hcl"] = policy }
        let directory = try write(files)
        let graph = try graph(in: directory)
        return rule.check(graph).sortedForReport().map { finding in
            relative("\(finding.range.description) \(finding.message)", to: directory)
        }
    }
}
