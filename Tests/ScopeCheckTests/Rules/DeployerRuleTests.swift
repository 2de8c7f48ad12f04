import Testing

@testable import Rules

/// The deployer rules: what the client that runs Terraform lacks, holds beyond need, or cannot
/// be checked for.
@Suite struct DeployerRuleTests {
    static let skills = """
        resource "genesyscloud_routing_skill" "english" {
          name = "English"
        }

        """

    /// A role of the configuration for the deployer, with `policies` (`domain:entity:actions`).
    static func role(_ policies: [String]) -> String {
        let blocks = policies.map { text in
            let parts = text.split(separator: ":").map(String.init)
            let actions = parts[2].split(separator: ",").map { "\"\($0)\"" }.joined(separator: ", ")
            return """
                  permission_policies {
                    domain      = "\(parts[0])"
                    entity_name = "\(parts[1])"
                    action_set  = [\(actions)]
                  }

                """
        }.joined()
        return """
            data "genesyscloud_auth_role" "admin" {
              name = "Master Admin"
            }
            resource "genesyscloud_auth_role" "pipeline" {
              name = "Pipeline"
            \(blocks)}

            """
    }

    static let rolePolicy = #"deployer "apply" { roles = ["genesyscloud_auth_role.pipeline"] }"#

    private func findings(_ rule: any Rule, _ terraform: String, _ policy: String) throws -> [String] {
        try RuleTestSupport.findings(rule, terraform: terraform, policy: policy).map {
            "\($0.span) \($0.message) | \($0.fix ?? "")"
        }
    }

    @Test func aMissingPermissionIsReportedAtTheRoleToExtend() throws {
        // The role resource is in the configuration too: the deployer manages it.
        let found = try findings(
            DeployerMissingPermissionRule(), Self.skills + Self.role(["routing:skill:view"]), Self.rolePolicy)
        #expect(found.count == 1)
        let finding = try #require(found.first)
        #expect(finding.hasPrefix("main.tf:7:35-7:45 terraform apply on "))
        // Managing the role, and reading the Master Admin data source, needs authorization:role:view.
        #expect(
            finding.contains(
                " needs authorization:role:view (data.genesyscloud_auth_role, genesyscloud_auth_role), routing:skill:manage (genesyscloud_routing_skill), "
            ))
        #expect(finding.contains("which the client that runs it does not hold (genesyscloud_auth_role.pipeline)"))
        #expect(
            finding.hasSuffix(
                #"| add to genesyscloud_auth_role.pipeline: permission_policies { domain = "authorization" entity_name = "role" action_set = ["view"] }; permission_policies { domain = "routing" entity_name = "skill" action_set = ["manage"] }"#
            ))
    }

    @Test func planNeedsOnlyTheReads() throws {
        let policy = #"deployer "plan" { permissions = ["routing:skill:view"] }"#
        #expect(try findings(DeployerMissingPermissionRule(), Self.skills, policy) == [])
        #expect(try findings(DeployerExcessPermissionRule(), Self.skills, policy) == [])
        let apply = policy.replacingOccurrences(of: "\"plan\"", with: "\"apply\"")
        #expect(
            try findings(DeployerMissingPermissionRule(), Self.skills, apply).first?.hasSuffix(
                #"| add to the deployer block: permissions = ["routing:skill:manage"]"#) == true)
    }

    @Test func aRoleBeyondTheCallsIsNarrowedAtItsPolicy() throws {
        let terraform = Self.skills + Self.role(["routing:*:*"])
        // The role is managed by the deployer too: its own endpoints are not in the sample spec,
        // so nothing is said until they are known.
        #expect(try findings(DeployerExcessPermissionRule(), terraform, Self.rolePolicy) == [])
        let wide = #"deployer "apply" { permissions = ["routing:*:*", "analytics:*:*"] }"#
        let found = try findings(DeployerExcessPermissionRule(), Self.skills, wide)
        #expect(found.count == 2)
        #expect(
            found[0].hasSuffix(
                #"narrow it to what the calls check (routing:skill:manage, routing:skill:view) | replace it with "routing:skill:manage", "routing:skill:view""#
            ))
        #expect(found[1].contains(#""analytics:*:*" of the deployer block grants "#))
        #expect(found[1].hasSuffix(#"it grants access nobody uses | remove "analytics:*:*""#))
    }

    @Test func aRoleWhosePermissionsAreNotInTheConfigurationIsANote() throws {
        let policy = #"deployer "apply" { roles = ["data.genesyscloud_auth_role.admin"] }"#
        let notes = try findings(UnresolvedValueRule(), Self.skills + Self.role([]), policy)
        #expect(
            notes.contains {
                $0.contains(
                    #"cannot verify what the client that runs terraform apply holds: data.genesyscloud_auth_role.admin ("Master Admin") is a data source"#
                ) && $0.contains("scopecheck deployer prints the role it needs")
            }, "\(notes)")
        #expect(try findings(DeployerMissingPermissionRule(), Self.skills + Self.role([]), policy) == [])
    }

    @Test func whatTheTableCannotSayIsOneNote() throws {
        let terraform = Self.skills + #"data "genesyscloud_widget_deployment" "w" { name = "W" }"#
        let notes = try findings(UnresolvedValueRule(), terraform, #"deployer { permissions = ["routing:skill:*"] }"#)
        #expect(notes.count == 1)
        #expect(notes.first?.hasPrefix("policy.hcl:1:1-1:9 what the client that runs Terraform on ") == true)
        #expect(
            notes.first?.contains("data.genesyscloud_widget_deployment is not in the provider endpoint table") == true)
    }
}
