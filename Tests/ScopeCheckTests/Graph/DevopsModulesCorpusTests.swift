import Foundation
import Testing

@testable import Core
@testable import Graph
@testable import Lint
@testable import Policy
@testable import Rules
@testable import Spec
@testable import Terraform

/// The real GenesysCloudDevOps data action and integration modules, against the full-size
/// reference swagger: each module alone, and a blueprint-shaped repository that installs them
/// under `.terraform/modules` the way `terraform init` does.
@Suite(.enabled(if: TestSupport.corpus != nil, "needs ../shared/corpus"))
struct DevopsModulesCorpusTests {
    /// The reference swagger, loaded once.
    static let catalog: SpecCatalog? = TestSupport.corpusFile("genesys/reference-swagger.json").flatMap { url in
        (try? SpecLoader.load(path: url.path, cache: nil)).map { SpecCatalog([$0.spec]) }
    }

    static var modules: URL? { TestSupport.corpusFile("terraform/devops-modules") }

    /// One row of the table in docs/data-actions.md.
    struct Row: Equatable, CustomStringConvertible {
        var module: String
        var action: String
        /// `METHOD /path`, or nil for an action that is no Genesys Cloud call.
        var request: String?
        var operation: String?
        var permissions: String?

        var description: String {
            "\(module) \(action): \(request ?? "-") \(operation ?? "-") \(permissions ?? "-")"
        }
    }

    /// The table of docs/data-actions.md, between its markers.
    static func documentedRows() throws -> [Row] {
        let doc = try String(
            contentsOf: TestSupport.packageRoot.appendingPathComponent("docs/data-actions.md"), encoding: .utf8)
        let lines = doc.split(separator: "\n").map(String.init)
        let begin = try #require(lines.firstIndex(of: "<!-- devops-modules table: begin -->"))
        let end = try #require(lines.firstIndex(of: "<!-- devops-modules table: end -->"))
        return lines[(begin + 3)..<end].map { line in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast().map {
                $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "`", with: "")
            }
            let genesys = !cells[3].hasPrefix("—")
            return Row(
                module: cells[0], action: cells[1], request: genesys ? cells[2] : nil,
                operation: genesys ? cells[3] : nil, permissions: genesys ? cells[4] : nil)
        }
    }

    /// What scopecheck reads in one module directory: a row per data action.
    static func readRows(module directory: URL, catalog: SpecCatalog) -> [Row] {
        let configuration = ModuleLoader.load(
            directory: directory.path, options: TerraformLoadOptions(environment: [:]))
        let module = AnalyzedModule(directory: directory.path, configuration: configuration)
        let graph = RequirementGraph(modules: [module], specs: catalog, policy: Policy())
        return module.dataActions.map { action in
            let calls = graph.calls.filter { $0.call.provenance.subject == action.address }
            let operation = calls.first?.governing.first?.operation
            return Row(
                module: directory.lastPathComponent, action: action.address,
                request: operation.map { "\($0.method) \($0.path)" }, operation: operation?.operationId,
                permissions: operation.map { operation in
                    operation.permissions.map { "\($0.type.rawValue): \($0.permissions.joined(separator: ", "))" }
                        ?? "none"
                })
        }
    }

    @Test func everyActionOfEveryModuleIsTheOperationOfTheTable() throws {
        let catalog = try #require(Self.catalog)
        let root = try #require(Self.modules)
        let directories = try FileManager.default.contentsOfDirectory(atPath: root.path).sorted().map {
            root.appendingPathComponent($0)
        }.filter { (try? $0.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true }
        #expect(directories.count == 81)
        let read = directories.flatMap { Self.readRows(module: $0, catalog: catalog) }
        let documented = try Self.documentedRows()
        #expect(read.count == 74)
        #expect(documented.count == 74)
        for (mine, table) in zip(read, documented) {
            #expect(mine == table)
        }
        #expect(read.filter { $0.request != nil }.count == 62)
    }

    /// The modules a blueprint installs, by module call key.
    static let installed: [(key: String, module: String)] = [
        ("data_actions_integration", "public-api-data-actions-integration-module"),
        ("zendesk_integration", "zendesk-data-actions-integration-module"),
        ("get_user_presence", "public-api-get-user-presence-data-action-module"),
        ("get_queue_id", "public-api-get-queue-id-by-name-data-action-module"),
        ("create_ticket", "zendesk-create-ticket-data-action-module"),
        ("queue_actions.set_user_skills", "public-api-set-user-skills-data-action-module"),
        ("queue_actions.get_routing_status", "public-api-get-user-routing-status-data-action-module"),
    ]

    static func source(_ module: String) -> String {
        "git::https://github.com/GenesysCloudDevOps/\(module).git?ref=main"
    }

    /// A repository in the shape of a Genesys blueprint: the integration and most actions from
    /// remote modules installed by `terraform init`, two more through a local module, a Zendesk
    /// integration beside it; `clientId` is what the integration module's client id is given.
    static func blueprint(clientId: String, extra: String = "") throws -> URL {
        let root = try TestSupport.temporaryDirectory()
        let modules = try #require(Self.modules)
        let action = { (name: String, integration: String) in
            """
            module "\(name)" {
              source          = "\(source(installed.first { $0.key == name }!.module))"
              action_name     = "\(name)"
              action_category = "Blueprint"
              integration_id  = \(integration)
            }

            """
        }
        var main = """
            variable "client_id" { type = string }
            variable "client_secret" {
              type      = string
              sensitive = true
            }

            module "data_actions_integration" {
              source                          = "\(source("public-api-data-actions-integration-module"))"
              integration_name                = "Blueprint data actions"
              integration_creds_client_id     = \(clientId)
              integration_creds_client_secret = var.client_secret
            }

            module "zendesk_integration" {
              source                       = "\(source("zendesk-data-actions-integration-module"))"
              integration_name             = "Zendesk"
              integration_creds_user_email = "support@example.com"
              integration_creds_base_url   = "https://example.zendesk.com"
              integration_creds_api_token  = var.client_secret
            }

            module "queue_actions" {
              source         = "./modules/queue-actions"
              integration_id = module.data_actions_integration.integration_id
            }

            """
        main += action("get_user_presence", "module.data_actions_integration.integration_id")
        main += action("get_queue_id", "module.data_actions_integration.integration_id")
        main += action("create_ticket", "module.zendesk_integration.integration_id")
        main += extra
        var local = #"variable "integration_id" { type = string }"# + "\n\n"
        for name in ["set_user_skills", "get_routing_status"] {
            let module = installed.first { $0.key == "queue_actions.\(name)" }!.module
            local += """
                module "\(name)" {
                  source          = "\(source(module))"
                  action_name     = "\(name)"
                  action_category = "Blueprint"
                  integration_id  = var.integration_id
                }

                """
        }
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("modules/queue-actions"), withIntermediateDirectories: true)
        try Data(main.utf8).write(to: root.appendingPathComponent("main.tf"))
        try Data(local.utf8).write(to: root.appendingPathComponent("modules/queue-actions/main.tf"))
        // What terraform init leaves: each module copied under .terraform/modules, and the manifest.
        var records = [#"{"Key": "", "Source": "", "Dir": "."}"#]
        for (key, module) in installed {
            let target = root.appendingPathComponent(".terraform/modules/\(key)")
            try FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: modules.appendingPathComponent(module), to: target)
            records.append(
                #"{"Key": "\#(key)", "Source": "\#(source(module))", "Dir": ".terraform/modules/\#(key)"}"#)
        }
        try Data(#"{"Modules": [\#(records.joined(separator: ",\n"))]}"#.utf8).write(
            to: root.appendingPathComponent(".terraform/modules/modules.json"))
        return root
    }

    /// The findings of lint on `root`, as `file:line:col rule: message`, paths relative to it.
    static func lint(_ root: URL, catalog: SpecCatalog) -> [String] {
        let configuration = ModuleLoader.load(directory: root.path, options: TerraformLoadOptions(environment: [:]))
        let module = AnalyzedModule(directory: root.path, configuration: configuration)
        let graph = RequirementGraph(modules: [module], specs: catalog, policy: Policy())
        return Linter.run(graph, config: ScopeCheckConfig()).findings.map { finding in
            "\(finding.range.description) \(finding.rule): \(finding.message)".replacingOccurrences(
                of: root.path + "/", with: "")
        }
    }

    @Test func aBlueprintNamesEveryEndpointAndWhatItsExternalClientNeeds() throws {
        let catalog = try #require(Self.catalog)
        let findings = Self.lint(try Self.blueprint(clientId: "var.client_id"), catalog: catalog)
        #expect(findings.count == 1, "\(findings)")
        let note = try #require(findings.first)
        // At the caller's client id, where a user sets the client.
        #expect(note.hasPrefix("main.tf:10:37 integration-client: the OAuth client of the integration "))
        for call in [
            "GET /api/v2/users/{userId}/presences/{sourceId} (data action module.get_user_presence.genesyscloud_integration_action.action",
            "GET /api/v2/routing/queues (data action module.get_queue_id.genesyscloud_integration_action.action",
            "PUT /api/v2/users/{userId}/routingskills/bulk (data action module.queue_actions.module.set_user_skills.genesyscloud_integration_action.action",
            "GET /api/v2/users/{userId}/routingstatus (data action module.queue_actions.module.get_routing_status.genesyscloud_integration_action.action",
        ] {
            #expect(note.contains(call), "\(call)")
        }
        #expect(!note.contains("tickets"), "the Zendesk action is not a Genesys call")
        // The presence and routing status reads check no permission.
        #expect(note.hasSuffix("its roles must grant routing:queue:view, routing:skill:assign"), "\(note)")
    }

    @Test func withTheClientInTheConfigurationTheMissingPermissionIsReported() throws {
        let catalog = try #require(Self.catalog)
        let client = """
            resource "genesyscloud_auth_role" "data_actions" {
              name = "Blueprint data actions"
              permission_policies {
                domain      = "routing"
                entity_name = "queue"
                action_set  = ["view"]
              }
            }

            resource "genesyscloud_oauth_client" "data_actions" {
              name                  = "Blueprint data actions"
              description           = "Runs the blueprint's data actions"
              authorized_grant_type = "CLIENT-CREDENTIALS"
              roles {
                role_id     = genesyscloud_auth_role.data_actions.id
                division_id = "*"
              }
            }

            """
        let findings = Self.lint(
            try Self.blueprint(clientId: "genesyscloud_oauth_client.data_actions.client_id", extra: client),
            catalog: catalog)
        #expect(findings.count == 1, "\(findings)")
        let finding = try #require(findings.first)
        // The action is installed code: reported at the module call that brings it in.
        #expect(
            finding.hasPrefix(
                "modules/queue-actions/main.tf:3:8 missing-permission: PUT /api/v2/users/{userId}/routingskills/bulk"))
        #expect(finding.contains("checks ANY of: routing:skill:assign"))
        #expect(
            finding.hasSuffix(
                #"[in module.queue_actions.module.set_user_skills, installed by terraform init from "\#(Self.source("public-api-set-user-skills-data-action-module"))"]"#
            ))
    }
}
