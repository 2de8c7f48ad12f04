import Foundation
import Testing

@testable import Core
@testable import Graph
@testable import Policy
@testable import Spec
@testable import Terraform

/// The client that runs Terraform: the provider's types a configuration uses, the calls the
/// provider makes for them in `plan` and `apply`, and what cannot be known.
@Suite struct DeployerTests {
    static let sampleSpec = TestSupport.packageRoot.appendingPathComponent(
        "samples/spec/genesys-platform-sample.json"
    ).path

    /// The deployers of `files` (written to a temporary directory, analysed against the sample
    /// spec), with `configure` adjusting the request.
    static func deployers(
        _ files: [String: String], configure: (inout AnalysisRequest, URL) -> Void = { _, _ in }
    ) throws -> (deployers: [Deployer], directory: URL) {
        let directory = URL(fileURLWithPath: try TerraformFixture.directory(files))
        var request = AnalysisRequest(
            paths: [directory.path], overrides: ConfigOverrides(specs: [SpecBinding(path: sampleSpec)]),
            workingDirectory: FileManager.default.currentDirectoryPath, environment: [:])
        request.includesDeployer = true
        configure(&request, directory)
        return (try Analysis.load(request, knownRules: []).graph.deployers, directory)
    }

    static let sample: [String: String] = {
        var files: [String: String] = [:]
        for path in ["main.tf", "modules/team/main.tf"] {
            let url = TestSupport.packageRoot.appendingPathComponent("samples/deployer/\(path)")
            files[path] = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        }
        return files
    }()

    @Test func theTypesOfEveryModuleWithTheirInstances() throws {
        let deployer = try #require(try Self.deployers(Self.sample).deployers.first)
        #expect(
            deployer.types.map(\.label) == [
                "data.genesyscloud_routing_wrapupcode", "genesyscloud_routing_queue", "genesyscloud_routing_skill",
                "genesyscloud_routing_wrapupcode",
            ])
        #expect(
            deployer.types[1].instances == [
                "genesyscloud_routing_queue.support", "module.billing.genesyscloud_routing_queue.queue",
            ])
        #expect(deployer.types[1].range.start.line == 22)
        #expect(deployer.caveats.isEmpty)
        #expect(deployer.versionProblems.isEmpty)
    }

    @Test func planMakesTheReadsAndApplyEveryCall() throws {
        let deployer = try #require(try Self.deployers(Self.sample).deployers.first)
        let plan = deployer.calls(in: .plan)
        let apply = deployer.calls(in: .apply)
        #expect(plan.allSatisfy { $0.text.hasPrefix("GET ") })
        #expect(plan.count == 10)
        #expect(apply.count == 22)
        #expect(Set(apply.map(\.text)).isSuperset(of: plan.map(\.text)))
        #expect(apply.contains { $0.text == "PATCH /api/v2/routing/queues/{queueId}/members/{memberId}" })
        // Each call says which type it is for, and where that type is first declared.
        let post = try #require(apply.first { $0.text == "POST /api/v2/routing/skills" })
        #expect(post.call.provenance.subject == "genesyscloud_routing_skill")
        #expect(post.call.provenance.source == "provider")
        #expect(post.call.caller == .deployer(module: deployer.module.directory))
    }

    @Test func whatTheTableOrTheSpecDoesNotKnowIsSaid() throws {
        let (deployers, directory) = try Self.deployers([
            "main.tf": """
            data "genesyscloud_widget_deployment" "widget" {
              name = "Widget"
            }
            resource "genesyscloud_tf_export" "export" {
              directory = "./export"
            }
            resource "genesyscloud_routing_utilization_label" "red" {
              name = "Red"
            }
            resource "aws_s3_bucket" "not_genesys" {
              bucket = "b"
            }
            """
        ])
        let deployer = try #require(deployers.first)
        #expect(deployer.unknownTypes.map(\.label) == ["data.genesyscloud_widget_deployment"])
        #expect(deployer.typesWithoutEndpoints.map(\.label) == ["genesyscloud_tf_export"])
        #expect(!deployer.types.contains { $0.type == "aws_s3_bucket" })
        // The sample spec has no utilization label operations.
        #expect(deployer.unknownCalls.count == 8)
        let caveats = deployer.caveats.map { $0.replacingOccurrences(of: directory.path + "/", with: "") }
        #expect(
            caveats.first
                == "data.genesyscloud_widget_deployment is not in the provider endpoint table (MyPureCloud/genesyscloud v1.84.1): what the provider calls for it is not known (data.genesyscloud_widget_deployment.widget, main.tf:1:39)"
        )
        #expect(
            caveats[1]
                == "genesyscloud_tf_export: the provider's documentation lists no endpoint for it, so what it calls is not known"
        )
        #expect(
            caveats[2]
                == "GET /api/v2/routing/utilization/labels (for genesyscloud_routing_utilization_label) is not an operation of the API spec in force: what it requires is not known"
        )
    }

    @Test(arguments: [
        ("~> 1.84", nil),
        ("~> 1.15.0", "the configuration asks for the provider ~> 1.15.0 and the endpoint table is of v1.84.1"),
        (">= 1.90", "the configuration asks for the provider >= 1.90 and the endpoint table is of v1.84.1"),
        ("soon", "the version constraint \"soon\" cannot be read"),
    ])
    func theProviderVersionIsCheckedAgainstTheTable(constraint: String, problem: String?) throws {
        let (deployers, _) = try Self.deployers([
            "main.tf": """
            terraform {
              required_providers {
                genesyscloud = {
                  source  = "registry.terraform.io/MyPureCloud/genesyscloud"
                  version = "\(constraint)"
                }
                aws = {
                  source  = "hashicorp/aws"
                  version = "~> 0.1"
                }
              }
            }
            """
        ])
        #expect(try #require(deployers.first).versionProblems.map(\.problem) == (problem.map { [$0] } ?? []))
    }

    @Test func aTableGivenOnTheCommandLineReplacesTheBundledOne() throws {
        let (deployers, _) = try Self.deployers(
            [
                "main.tf": #"resource "genesyscloud_routing_skill" "s" { name = "S" }"#,
                "endpoints.tsv": """
                # version: v2.0.0
                kind\ttype\tmethod\tpath
                resource\tgenesyscloud_routing_skill\tGET\t/api/v2/routing/skills
                """,
            ],
            configure: { request, directory in
                request.overrides.providerEndpoints = directory.appendingPathComponent("endpoints.tsv").path
            })
        let deployer = try #require(deployers.first)
        #expect(deployer.table.version == "v2.0.0")
        #expect(deployer.calls.map(\.text) == ["GET /api/v2/routing/skills"])
        #expect(throws: InputError.self) {
            _ = try Self.deployers(
                ["main.tf": "", "endpoints.tsv": "kind\ttype\n"],
                configure: { request, directory in
                    request.overrides.providerEndpoints = directory.appendingPathComponent("endpoints.tsv").path
                })
        }
    }

    @Test func aPlanGivesTheSameTypes() throws {
        let plan = #"""
            {"format_version": "1.2", "resource_changes": [
              {"address": "genesyscloud_routing_skill.english", "mode": "managed",
               "type": "genesyscloud_routing_skill", "name": "english",
               "change": {"actions": ["create"], "after": {"name": "English"}, "after_unknown": {"id": true}}},
              {"address": "module.billing.genesyscloud_routing_queue.queue", "module_address": "module.billing",
               "mode": "managed", "type": "genesyscloud_routing_queue", "name": "queue",
               "change": {"actions": ["create"], "after": {"name": "Billing"}, "after_unknown": {"id": true}}}
            ]}
            """#
        let (deployers, _) = try Self.deployers(
            ["plan.json": plan],
            configure: { request, directory in
                request.paths = []
                request.planPath = directory.appendingPathComponent("plan.json").path
            })
        let deployer = try #require(deployers.first)
        #expect(deployer.types.map(\.label) == ["genesyscloud_routing_queue", "genesyscloud_routing_skill"])
        #expect(deployer.types[0].instances == ["module.billing.genesyscloud_routing_queue.queue"])
    }

    @Test func lintMakesNoProviderCallsUnlessAPolicyDescribesTheDeployer() throws {
        let (deployers, _) = try Self.deployers(
            Self.sample, configure: { request, _ in request.includesDeployer = false })
        #expect(deployers.isEmpty)
    }
}
