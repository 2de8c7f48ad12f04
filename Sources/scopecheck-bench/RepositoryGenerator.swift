import Core
import Foundation
import Genesys
import Graph
import Lint
import Report
import Rules
import Spec
import Suggest
import Terraform

/// The scopes, permissions and operations of the spec that generated configurations use, in a
/// fixed order so that every generated repository is the same.
struct Vocabulary {
    var scopes: [String]
    /// `domain:entity:action` split in three.
    var permissions: [[String]]
    /// `METHOD /path` of operations that accept OAuth tokens.
    var calls: [String]

    init(_ spec: APISpec) {
        scopes = spec.scopes.keys.sorted()
        permissions = spec.permissions.sorted().compactMap(PermissionName.init).map {
            [$0.domain, $0.entity, $0.action]
        }
        calls = spec.operations.filter { $0.permissions != nil }.map(\.reference).sorted()
        if scopes.isEmpty { scopes = ["analytics:readonly"] }
        if permissions.isEmpty { permissions = [["analytics", "queueObservation", "view"]] }
        if calls.isEmpty { calls = spec.operations.map(\.reference) }
    }
}

/// A generated repository: where it is and what it holds.
struct GeneratedRepository {
    var root: String
    var moduleDirectories: [String]
    var modules: Int { moduleDirectories.count }
}

/// Writes a repository of realistic modules (see `ScaleBenchmark`).
struct RepositoryGenerator {
    let root: String
    let spec: String
    let vocabulary: Vocabulary

    func generate(modules: Int, filesPerModule: Int) throws -> GeneratedRepository {
        var directories: [String] = []
        var policy = "# Calls of every 20th module's user-facing client.\n"
        for index in 0..<modules {
            let directory = "\(root)/teams/team-\(index / 50)/service-\(index)"
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try write(mainFile(index), to: directory + "/main.tf")
            try write(rolesFile(index), to: directory + "/roles.tf")
            try write(variablesFile(index), to: directory + "/variables.tf")
            try write(outputsFile(), to: directory + "/outputs.tf")
            try write("host = \"service-\(index).example.com\"\n", to: directory + "/terraform.tfvars")
            directories.append(directory)
            if index % 20 == 0 {
                let calls = (0..<2).map { "    \"\(pick(vocabulary.calls, index * 7 + $0 * 13))\"," }
                policy +=
                    "client {\n  name  = \"service-\(index) app\"\n  calls = [\n\(calls.joined(separator: "\n"))\n  ]\n}\n\n"
            }
        }
        try write(policy, to: root + "/policy.hcl")
        try write("spec     = \"\(spec)\"\npolicies = [\"policy.hcl\"]\n", to: root + "/.scopecheck.hcl")
        return GeneratedRepository(root: root, moduleDirectories: directories)
    }

    private func pick<T>(_ values: [T], _ index: Int) -> T { values[index % values.count] }

    private func quoted(_ values: [String]) -> String { values.map { "\"\($0)\"" }.joined(separator: ", ") }

    /// Two clients and four other resources.
    private func mainFile(_ index: Int) -> String {
        var scopes = (0..<3).map { pick(vocabulary.scopes, index * 3 + $0 * 17) }
        if index % 10 == 0 { scopes.append("analytics:view") }
        let secret = index % 5 == 0 ? "  directory_client_secret       = var.directory_secret\n" : ""
        return """
            locals {
              app    = "service-\(index)"
              scopes = [\(quoted(scopes))]
              queues = {
                general = "General enquiries"
                billing = "Billing"
                support = "Technical support"
              }
            }

            resource "genesyscloud_oauth_client" "app" {
              name                          = "${local.app} app"
              description                   = "User-facing app of ${local.app}"
              authorized_grant_type         = "CODE"
              registered_redirect_uris      = ["https://${var.host}/oauth/callback"]
              scopes                        = local.scopes
              access_token_validity_seconds = var.token_validity
            \(secret)}

            resource "genesyscloud_oauth_client" "poller" {
              name                          = "${local.app} poller"
              description                   = "Back-end job of ${local.app}"
              authorized_grant_type         = "CLIENT-CREDENTIALS"
              access_token_validity_seconds = 3600

              roles {
                role_id     = genesyscloud_auth_role.poller.id
                division_id = "*"
              }
              roles {
                role_id     = genesyscloud_auth_role.reader.id
                division_id = var.division_id
              }
            }

            resource "genesyscloud_routing_queue" "main" {
              name                     = local.queues["general"]
              description              = "Main queue of ${local.app}"
              acw_timeout_ms           = 300000
              skill_evaluation_method  = "ALL"
              enable_transcription     = true
            }

            resource "genesyscloud_routing_skill" "language" {
              name = "${local.app}-language"
            }

            resource "genesyscloud_group" "team" {
              name          = "${local.app} team"
              type          = "official"
              visibility    = "public"
              rules_visible = true
            }

            resource "genesyscloud_routing_wrapupcode" "done" {
              name = "${local.app} done"
            }

            """
    }

    /// Two roles and two other resources.
    private func rolesFile(_ index: Int) -> String {
        let policies = { (offset: Int) -> String in
            (0..<2).map { step -> String in
                let permission = pick(vocabulary.permissions, index * 5 + offset + step * 11)
                return """
                      permission_policies {
                        domain      = "\(permission[0])"
                        entity_name = "\(permission[1])"
                        action_set  = ["\(permission[2])"]
                      }
                    """
            }.joined(separator: "\n")
        }
        return """
            resource "genesyscloud_auth_role" "poller" {
              name        = "${local.app} poller"
              description = "What the poller of ${local.app} reads"
            \(policies(0))
            }

            resource "genesyscloud_auth_role" "reader" {
              name        = "${local.app} reader"
              description = "Read access for ${local.app}"
            \(policies(3))
            }

            resource "genesyscloud_routing_email_domain" "mail" {
              domain_id = "service-\(index).example.com"
              subdomain = false
            }

            resource "genesyscloud_architect_schedules" "hours" {
              name        = "${local.app} opening hours"
              start       = "2026-01-01T08:00:00.000000"
              end         = "2026-01-01T18:00:00.000000"
              rrule       = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"
            }

            """
    }

    private func variablesFile(_ index: Int) -> String {
        var text = """
            variable "host" {
              type        = string
              description = "Host name the app is served from"
            }

            variable "token_validity" {
              type    = number
              default = 3600
            }

            variable "division_id" {
              type    = string
              default = "*"
            }

            """
        if index % 5 == 0 {
            text += """

                variable "directory_secret" {
                  type      = string
                  sensitive = true
                  default   = "service-\(index)-directory-secret"
                }

                """
        }
        return text
    }

    private func outputsFile() -> String {
        """
        output "app_client" {
          value = genesyscloud_oauth_client.app.id
        }

        output "poller_client" {
          value = genesyscloud_oauth_client.poller.id
        }

        output "roles" {
          value = [genesyscloud_auth_role.poller.id, genesyscloud_auth_role.reader.id]
        }

        """
    }

    private func write(_ text: String, to path: String) throws {
        try text.write(toFile: path, atomically: false, encoding: .utf8)
    }
}
