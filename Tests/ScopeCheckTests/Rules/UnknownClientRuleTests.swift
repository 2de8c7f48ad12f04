import Testing

@testable import Rules

@Suite("unknown-client")
struct UnknownClientRuleTests {
    let rule = UnknownClientRule()

    static let dashboard = """
        resource "genesyscloud_oauth_client" "dashboard" {
          name                  = "Queue Dashboard"
          authorized_grant_type = "CODE"
          scopes                = ["analytics:readonly"]
        }
        """

    @Test("a misspelt address is reported at the label, with the real address")
    func misspeltAddress() throws {
        let findings = try RuleTestSupport.findings(
            rule, terraform: Self.dashboard,
            policy: """
                client "genesyscloud_oauth_client.dashbaord" {
                  calls = ["getRoutingQueues"]
                }
                """)
        #expect(findings.map(\.span) == ["policy.hcl:1:8-1:45"])
        #expect(
            findings.first?.message
                == "no genesyscloud_oauth_client of the analysed modules has the address "
                + "genesyscloud_oauth_client.dashbaord: the calls this block declares are not checked against any "
                + "client; did you mean \"genesyscloud_oauth_client.dashboard\"?")
        #expect(
            findings.first?.fix
                == "replace \"genesyscloud_oauth_client.dashbaord\" with \"genesyscloud_oauth_client.dashboard\"")
        #expect(findings.first?.address == "genesyscloud_oauth_client.dashbaord")
        #expect(findings.first?.severity == .warning)
    }

    @Test("an address without its module path suggests the client inside the module")
    func modulePathLeftOut() throws {
        let findings = try RuleTestSupport.findings(
            rule,
            terraform: """
                module "team" {
                  source = "./team"
                }
                """,
            policy: """
                client "genesyscloud_oauth_client.dashboard" {
                  calls = ["getRoutingQueues"]
                }
                """, extraFiles: ["team/main.tf": Self.dashboard])
        #expect(
            findings.first?.fix
                == "replace \"genesyscloud_oauth_client.dashboard\" with \"module.team.genesyscloud_oauth_client.dashboard\""
        )
    }

    @Test("a misspelt name, and clients listed when nothing is close")
    func names() throws {
        let findings = try RuleTestSupport.findings(
            rule, terraform: Self.dashboard,
            policy: """
                client {
                  name  = "Queue Dashbord"
                  calls = []
                }
                client {
                  name  = "Nightly export"
                  calls = []
                }
                """)
        #expect(findings.map(\.span) == ["policy.hcl:2:11-2:27", "policy.hcl:6:11-6:27"])
        #expect(
            findings.map(\.message) == [
                "no genesyscloud_oauth_client of the analysed modules has the name \"Queue Dashbord\": the calls this "
                    + "block declares are not checked against any client; did you mean \"Queue Dashboard\"?",
                "no genesyscloud_oauth_client of the analysed modules has the name \"Nightly export\": the calls this "
                    + "block declares are not checked against any client; the clients are Queue Dashboard",
            ])
        #expect(findings.map(\.fix) == ["replace \"Queue Dashbord\" with \"Queue Dashboard\"", nil])
    }

    @Test("no clients at all, and selectors that do match (by resource address of counted instances)")
    func edges() throws {
        let none = try RuleTestSupport.findings(
            rule, terraform: "",
            policy: """
                client "genesyscloud_oauth_client.dashboard" {
                  calls = []
                }
                """)
        #expect(none.first?.message.hasSuffix("; the analysed modules have no genesyscloud_oauth_client") == true)
        let counted = try RuleTestSupport.findings(
            rule,
            terraform: """
                resource "genesyscloud_oauth_client" "app" {
                  count                 = 2
                  name                  = "App ${count.index}"
                  authorized_grant_type = "CODE"
                  scopes                = ["users:readonly"]
                }
                """,
            policy: """
                client "genesyscloud_oauth_client.app" {
                  calls = []
                }
                client "genesyscloud_oauth_client.app[1]" {
                  calls = []
                }
                client {
                  name  = "App 0"
                  calls = []
                }
                """)
        #expect(counted.isEmpty, "\(counted.map(\.message))")
    }
}
