import Testing

@testable import Rules

@Suite("unknown-permission")
struct UnknownPermissionRuleTests {
    let rule = UnknownPermissionRule()

    /// A role with one permission policy.
    static func role(domain: String, entity: String, actions: String) -> String {
        """
        resource "genesyscloud_auth_role" "reader" {
          name = "Reader"
          permission_policies {
            domain      = "\(domain)"
            entity_name = "\(entity)"
            action_set  = \(actions)
          }
        }
        """
    }

    @Test("an unknown domain is reported at the domain, with the real domain as fix")
    func unknownDomain() throws {
        let findings = try RuleTestSupport.findings(
            rule, terraform: Self.role(domain: "routng", entity: "queue", actions: #"["view"]"#))
        #expect(findings.map(\.span) == ["main.tf:4:19-4:27"])
        #expect(
            findings.first?.message
                == "a permission policy of genesyscloud_auth_role.reader grants routng:queue:view, but no permission "
                + "the API spec in force (genesys-platform-sample.json) checks has the domain \"routng\": it grants "
                + "nothing an API call looks at, so the calls it was meant for fail with 403; did you mean "
                + "routing:queue:view, routing:queue:add, routing:queue:edit?")
        #expect(findings.first?.fix == "domain = \"routing\"")
    }

    @Test("an unknown entity is reported at entity_name")
    func unknownEntity() throws {
        let findings = try RuleTestSupport.findings(
            rule, terraform: Self.role(domain: "routing", entity: "queues", actions: #"["view", "edit"]"#))
        #expect(findings.map(\.span) == ["main.tf:5:19-5:27"])
        #expect(
            findings.first?.message
                == "a permission policy of genesyscloud_auth_role.reader grants routing:queues:view,edit, but no "
                + "permission the API spec in force (genesys-platform-sample.json) checks has the domain and entity "
                + "\"routing:queues\": it grants nothing an API call looks at, so the calls it was meant for fail with "
                + "403; did you mean routing:queue:view, routing:queue:add, routing:queue:edit?")
        #expect(findings.first?.fix == "entity_name = \"queue\"")
        #expect(findings.first?.severity == .warning)
    }

    @Test("each unknown action is reported at its element of action_set")
    func unknownActions() throws {
        let findings = try RuleTestSupport.findings(
            rule, terraform: Self.role(domain: "routing", entity: "queue", actions: #"["view", "viw", "remove"]"#))
        #expect(findings.map(\.span) == ["main.tf:6:28-6:33", "main.tf:6:35-6:43"])
        #expect(
            findings.first?.message
                == "a permission policy of genesyscloud_auth_role.reader grants routing:queue:viw, but no permission "
                + "the API spec in force (genesys-platform-sample.json) checks is \"routing:queue:viw\": it grants "
                + "nothing an API call looks at, so the calls it was meant for fail with 403; did you mean "
                + "routing:queue:view, routing:queue:add, routing:queue:edit?")
        #expect(findings.first?.fix == "replace \"viw\" with \"view\"")
    }

    @Test("wildcards match any entity or action of the spec")
    func wildcards() throws {
        for (entity, actions) in [("*", #"["*"]"#), ("queue", #"["*"]"#), ("*", #"["view"]"#)] {
            let findings = try RuleTestSupport.findings(
                rule, terraform: Self.role(domain: "routing", entity: entity, actions: actions))
            #expect(findings.isEmpty, "\(entity) \(actions): \(findings.map(\.message))")
        }
        let unknown = try RuleTestSupport.findings(
            rule, terraform: Self.role(domain: "routing", entity: "*", actions: #"["approve"]"#))
        #expect(unknown.map(\.span) == ["main.tf:6:20-6:29"])
    }

    @Test("data sources and values unknown before apply are not checked")
    func notChecked() throws {
        let findings = try RuleTestSupport.findings(
            rule,
            terraform: """
                variable "domain" {
                  type = string
                }
                data "genesyscloud_auth_role" "admin" {
                  name = "Master Admin"
                }
                resource "genesyscloud_auth_role" "reader" {
                  name = "Reader"
                  permission_policies {
                    domain      = var.domain
                    entity_name = "nothing"
                    action_set  = ["view"]
                  }
                }
                """)
        #expect(findings.isEmpty)
    }
}
