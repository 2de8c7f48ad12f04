import Foundation
import Testing

@testable import Policy

@Suite struct ExamplePolicyTests {
    static let directory = TestSupport.packageRoot.appendingPathComponent("policies")

    @Test func everyExamplePolicyLoadsWithoutDiagnostics() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path)
            .filter { $0.hasSuffix(".hcl") }.sorted()
        #expect(names == ["org-rules.hcl", "queue-dashboard.hcl"])
        for name in names {
            let policy = PolicyLoader.load(paths: [Self.directory.appendingPathComponent(name).path])
            #expect(policy.diagnostics.map(\.description) == [], "\(name)")
        }
    }

    @Test func theExampleDirectoryLoadsAsOnePolicy() throws {
        let policy = PolicyLoader.load(paths: [Self.directory.path])
        #expect(policy.diagnostics.isEmpty)
        #expect(
            policy.clients.map(\.selector) == [
                .address("genesyscloud_oauth_client.queue_dashboard"), .name("Queue Dashboard poller"),
            ])
        #expect(policy.clients.map(\.calls.count) == [3, 2])
        let rules = try #require(policy.rules)
        #expect(rules.denyScopes?.map(\.value) == ["authorization", "oauth", "*:admin"])
        #expect(rules.maxTokenValiditySeconds?.value == 3600)
        #expect(rules.requireDescription?.value == true)
        #expect(rules.allowedGrantTypes?.value.map(\.value) == ["CODE", "CLIENT-CREDENTIALS"])
    }
}
