import Foundation
import Testing

@testable import Terraform

@Suite(.enabled(if: TestSupport.corpus != nil, "needs ../shared/corpus")) struct TerraformCorpusTests {
    /// Every example folder of the provider (`provider-examples/*/*`) loads without error
    /// diagnostics. Some folders hold alternative examples (`resource.tf` and
    /// `simplest_resource.tf`) that declare the same resource address: those duplicates are
    /// reported as warnings, in `simplest_resource.tf`.
    @Test func providerExamplesLoadWithoutErrors() throws {
        let examples = try #require(TestSupport.corpusFile("terraform/provider-examples"))
        let folders = try exampleFolders(examples)
        #expect(folders.count > 200)
        var failures: [String] = []
        var duplicates: [String] = []
        var resourceCount = 0
        for folder in folders {
            let configuration = ModuleLoader.load(
                directory: folder.path, options: TerraformLoadOptions(environment: [:]))
            resourceCount += configuration.resources.count
            for diagnostic in configuration.diagnostics where diagnostic.severity != .note {
                if diagnostic.severity == .warning, diagnostic.summary.hasPrefix("Duplicate resource"),
                    diagnostic.range?.file.hasSuffix("/simplest_resource.tf") == true
                {
                    duplicates.append(diagnostic.description)
                } else if diagnostic.severity == .error {
                    failures.append(diagnostic.description)
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) errors:\n\(failures.joined(separator: "\n"))")
        #expect(duplicates.count == 13, "\(duplicates.joined(separator: "\n"))")
        #expect(resourceCount > 300)
    }

    @Test func oauthClientExampleIsEvaluated() throws {
        let folder = try #require(
            TestSupport.corpusFile("terraform/provider-examples/resources/genesyscloud_oauth_client"))
        let configuration = ModuleLoader.load(directory: folder.path, options: TerraformLoadOptions(environment: [:]))
        let client = try #require(
            configuration.instance(address: "genesyscloud_oauth_client.example_client_credential"))
        #expect(client.attribute("authorized_grant_type")?.value == .string("CODE"))
        #expect(client.attribute("scopes")?.value == .list([.string("users")]))
        #expect(client.attribute("access_token_validity_seconds")?.value == .number(600))
        #expect(client.blocks(ofType: "roles").isEmpty)
    }

    @Test func authRoleExampleKeepsNestedPolicies() throws {
        let folder = try #require(
            TestSupport.corpusFile("terraform/provider-examples/resources/genesyscloud_auth_role"))
        let configuration = ModuleLoader.load(directory: folder.path, options: TerraformLoadOptions(environment: [:]))
        let role = try #require(configuration.instance(address: "genesyscloud_auth_role.agent_role"))
        let policy = try #require(role.blocks(ofType: "permission_policies").first)
        #expect(policy.attribute("action_set")?.value == .list([.string("add"), .string("edit")]))
        let operand = try #require(
            policy.blocks(ofType: "conditions").first?.blocks(ofType: "terms").first?.blocks(ofType: "operands").first)
        guard case .unknown(let unknown)? = operand.attribute("queue_id")?.value else {
            Issue.record("queue_id should be unknown")
            return
        }
        #expect(unknown.refersTo == "genesyscloud_routing_queue.example_queue")
        #expect(unknown.attribute == "id")
        let workitems = try #require(configuration.instance(address: "genesyscloud_auth_role.workitems_role"))
        #expect(workitems.blocks(ofType: "permission_policies").count == 2)
    }

    private func exampleFolders(_ examples: URL) throws -> [URL] {
        let manager = FileManager.default
        var folders: [URL] = []
        for group in try manager.contentsOfDirectory(atPath: examples.path).sorted() {
            let groupURL = examples.appendingPathComponent(group)
            guard let entries = try? manager.contentsOfDirectory(atPath: groupURL.path) else { continue }
            for entry in entries.sorted() {
                var isDirectory: ObjCBool = false
                let url = groupURL.appendingPathComponent(entry)
                if manager.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
                    folders.append(url)
                }
            }
        }
        return folders
    }
}
