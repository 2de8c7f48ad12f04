import Testing

@testable import Policy
@testable import Terraform

/// `deployer` blocks: what the client that runs Terraform holds, per phase.
@Suite struct PolicyDeployerTests {
    @Test func readsThePhaseRolesAndPermissions() throws {
        let policy = PolicyLoader.parse(
            """
            deployer "plan" {
              permissions = ["routing:queue:view"]
            }
            deployer {
              roles       = ["genesyscloud_auth_role.pipeline", "data.genesyscloud_auth_role.admin"]
              permissions = ["routing:*:*"]
            }
            """, path: "policy.hcl")
        #expect(policy.diagnostics.isEmpty)
        #expect(policy.deployers.map(\.phase) == [.plan, .apply])
        #expect(policy.deployers[0].permissions.map(\.value) == ["routing:queue:view"])
        #expect(PolicyTest.span(policy.deployers[0].phaseRange) == "1:10-1:16")
        // Without a label the block is for apply, and points at its type.
        #expect(PolicyTest.span(policy.deployers[1].phaseRange) == "4:1-4:9")
        #expect(
            policy.deployers[1].roles.map(\.value) == [
                "genesyscloud_auth_role.pipeline", "data.genesyscloud_auth_role.admin",
            ])
    }

    @Test(arguments: [
        (#"deployer "destroy" { permissions = ["a:b:c"] }"#, [#"error 1:10 Unknown Terraform phase "destroy""#]),
        (
            #"deployer "plan" "x" { permissions = ["a:b:c"] }"#,
            ["error 1:17 A deployer block takes one label, plan or apply"]
        ),
        (#"deployer "plan" {}"#, ["error 1:1 A deployer block needs roles or permissions"]),
        (#"deployer { permissions = ["routing:queue"] }"#, [#"error 1:27 Invalid permission "routing:queue""#]),
        (
            #"deployer { client_roles = ["genesyscloud_auth_role.x"] }"#,
            nil
        ),
    ])
    func problemsAreDiagnosedAtTheirPlace(text: String, expected: [String]?) {
        PolicyTest.expectDiagnostics(of: text, expected)
    }

    @Test func aPhaseDeclaredTwiceIsAnErrorAtTheSecond() throws {
        let root = try TestSupport.directory(with: [
            "a.hcl": #"deployer "apply" { permissions = ["routing:queue:view"] }"#,
            "b.hcl": #"deployer { permissions = ["routing:skill:view"] }"#,
        ])
        let policy = PolicyLoader.load(paths: [root.path])
        #expect(policy.deployers.count == 1)
        #expect(policy.diagnostics.count == 1)
        #expect(
            policy.diagnostics.first?.summary.hasPrefix("The deployer for terraform apply is already declared at ")
                == true)
        #expect(policy.diagnostics.first?.range?.file.hasSuffix("b.hcl") == true)
    }
}
