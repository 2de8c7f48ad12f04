import Foundation
import Testing

@testable import Core
@testable import Genesys
@testable import Graph
@testable import Syntax
@testable import Terraform

@Suite struct PlanAddressTests {
    @Test func readsAbsoluteAddresses() {
        let address = try? ResourceAddress.parse(
            #"module.teams["a"].module.inner[0].data.genesyscloud_auth_role.x["k\"q"]"#
        ).get()
        #expect(
            address?.module.calls == [
                ModuleCallStep(name: "teams", key: .string("a")), ModuleCallStep(name: "inner", key: .int(0)),
            ])
        #expect(address?.mode == .data)
        #expect(address?.type == "genesyscloud_auth_role")
        #expect(address?.name == "x")
        #expect(address?.key == .string(#"k"q"#))
        #expect(address?.resourceAddress == #"module.teams["a"].module.inner[0].data.genesyscloud_auth_role.x"#)
        #expect(address?.address == #"module.teams["a"].module.inner[0].data.genesyscloud_auth_role.x["k\"q"]"#)
        #expect((try? ResourceAddress.parse("genesyscloud_oauth_client.x").get())?.key == InstanceKey.none)
    }

    @Test func rejectsWhatIsNotAnAddress() {
        for text in ["", "genesyscloud_oauth_client", "a.b.c", "a.b[*]", "a..b", "module.x", #"a.b["open]"#, "a.b[x]"] {
            #expect((try? ResourceAddress.parse(text).get()) == nil, "\(text)")
        }
        #expect(ModuleInstancePath(parsing: #"module.a["x"].module.b"#)?.address == #"module.a["x"].module.b"#)
        #expect(ModuleInstancePath(parsing: "module") == nil)
    }
}

@Suite struct PlanLoaderTests {
    private func load(_ text: String = PlanFixtures.modulesPlan, hcl: TerraformConfiguration? = nil)
        -> TerraformConfiguration
    {
        PlanLoader.configuration(bytes: Array(text.utf8), path: "plan.json", hcl: hcl)
    }

    /// The 1-based line and column where the `occurrence`-th `needle` starts in `text`.
    private func position(of needle: String, in text: String, occurrence: Int = 1) -> (line: Int, column: Int)? {
        var found = 0
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let range = line.range(of: needle) else { continue }
            found += 1
            if found == occurrence {
                return (number + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1)
            }
        }
        return nil
    }

    @Test func readsEveryInstanceOfEveryModuleButTheDeletedOne() {
        let configuration = load()
        #expect(configuration.diagnostics.isEmpty, "\(configuration.diagnostics)")
        #expect(
            configuration.resources.map(\.address) == [
                "data.genesyscloud_auth_role.admin", "genesyscloud_oauth_client.admin",
                #"genesyscloud_oauth_client.apps["eu"]"#, #"genesyscloud_oauth_client.apps["us"]"#,
                "genesyscloud_oauth_client.pollers[0]", "genesyscloud_oauth_client.pollers[1]",
                "module.roles.genesyscloud_auth_role.poller", #"module.teams["a"].genesyscloud_oauth_client.team"#,
                #"module.teams["b"].genesyscloud_oauth_client.team"#,
            ])
        let team = configuration.instance(address: #"module.teams["b"].genesyscloud_oauth_client.team"#)
        #expect(team?.modulePath == #"module.teams["b"]"#)
        #expect(team?.moduleNames == ["teams"])
        #expect(team?.resourceAddress == #"module.teams["b"].genesyscloud_oauth_client.team"#)
        #expect(team?.instanceKey == InstanceKey.none)
        #expect(configuration.instance(address: "genesyscloud_oauth_client.pollers[1]")?.instanceKey == .int(1))
        #expect(configuration.instance(address: #"genesyscloud_oauth_client.apps["us"]"#)?.instanceKey == .string("us"))
        #expect(configuration.instance(address: "data.genesyscloud_auth_role.admin")?.mode == .data)
    }

    @Test func keepsOnlyConfiguredArguments() {
        let app = load().instance(address: #"genesyscloud_oauth_client.apps["eu"]"#)
        #expect(
            app?.attributes.keys.sorted() == [
                "authorized_grant_type", "directory_client_secret", "name", "registered_redirect_uris", "scopes",
            ])
        #expect(app?.attribute("name")?.value == .string("App eu"))
        #expect(
            app?.attribute("scopes")?.value
                == .list([.string("analytics:readonly"), .string("analytics:view"), .string("routing:readonly")]))
        #expect(app?.blocks.isEmpty == true)
    }

    @Test func marksSensitiveValues() {
        let app = load().instance(address: #"genesyscloud_oauth_client.apps["eu"]"#)
        #expect(app?.attribute("directory_client_secret")?.sensitive == true)
        #expect(app?.attribute("directory_client_secret")?.value == .string("s3cret"))
        #expect(app?.attribute("scopes")?.sensitive == false)
        let variables = load().variables
        #expect(variables.map(\.name) == ["redirect", "secret"])
        #expect(variables.map(\.sensitive) == [false, true])
        #expect(variables.last?.source == .file("plan.json"))
    }

    @Test func aRoleKnownAfterApplyStillSaysWhichRole() throws {
        let configuration = load()
        let poller = try #require(configuration.instance(address: "genesyscloud_oauth_client.pollers[0]"))
        let roles = poller.blocks(ofType: "roles")
        #expect(roles.count == 1)
        #expect(roles.first?.attribute("division_id")?.value == .string("*"))
        guard case .unknown(let unknown)? = roles.first?.attribute("role_id")?.value else {
            Issue.record("role_id should be unknown")
            return
        }
        #expect(unknown.refersTo == "module.roles.genesyscloud_auth_role.poller")
        #expect(unknown.attribute == "id")
        #expect(
            unknown.reason
                == "genesyscloud_oauth_client.pollers[0].roles.role_id is known after apply (it is module.roles.genesyscloud_auth_role.poller.id)"
        )
        let resolver = GrantResolver(configuration: configuration)
        let grant = resolver.grant(for: OAuthClient(poller))
        #expect(grant.roles.map(\.reference) == ["module.roles.genesyscloud_auth_role.poller"])
        #expect(
            grant.roles.first?.policies
                == [PermissionPolicy(domain: "analytics", entity: "queueObservation", actions: ["view"])])
    }

    @Test func followsModuleVariablesAndOutputsToTheRole() {
        let configuration = load()
        for key in ["a", "b"] {
            let team = configuration.instance(address: #"module.teams["\#(key)"].genesyscloud_oauth_client.team"#)
            guard case .unknown(let unknown)? = team?.blocks(ofType: "roles").first?.attribute("role_id")?.value else {
                Issue.record("role_id of team \(key) should be unknown")
                continue
            }
            #expect(unknown.refersTo == "module.roles.genesyscloud_auth_role.poller")
            #expect(unknown.attribute == "id")
        }
    }

    @Test func aKnownIdOfAnotherResourceIsAReferenceToIt() {
        let admin = load().instance(address: "genesyscloud_oauth_client.admin")
        guard case .unknown(let unknown)? = admin?.blocks(ofType: "roles").first?.attribute("role_id")?.value else {
            Issue.record("role_id should refer to the data source")
            return
        }
        #expect(unknown.refersTo == "data.genesyscloud_auth_role.admin")
        #expect(
            unknown.reason
                == #"data.genesyscloud_auth_role.admin.id is assigned by the provider ("0f7a-admin" in the plan)"#)
        #expect(admin?.blocks(ofType: "roles").first?.attributes.keys.sorted() == ["role_id"])
    }

    @Test func withoutTheSourceEverythingPointsAtTheAddressInThePlan() throws {
        let configuration = load()
        let poller = try #require(configuration.instance(address: "genesyscloud_oauth_client.pollers[0]"))
        let start = try #require(
            position(of: #""genesyscloud_oauth_client.pollers[0]""#, in: PlanFixtures.modulesPlan))
        #expect(start.line == 60)
        #expect(start.column == 22)
        let expected = SourceRange(
            file: "plan.json", start: SourcePosition(line: 60, column: 22, byte: poller.range.start.byte),
            end: SourcePosition(line: 60, column: 60, byte: poller.range.start.byte + 38))
        #expect(poller.range == expected)
        #expect(poller.labelRange == expected)
        #expect(poller.file == "plan.json")
        #expect(poller.blocks.first?.range == expected)
        #expect(poller.attribute("name")?.range == expected)
        let bytes = Array(PlanFixtures.modulesPlan.utf8)
        #expect(
            String(decoding: bytes[poller.range.start.byte..<poller.range.end.byte], as: UTF8.self)
                == #""genesyscloud_oauth_client.pollers[0]""#)
        #expect(configuration.files.map(\.path) == ["plan.json"])
    }

    @Test func withTheSourceEverythingPointsAtTheHCL() throws {
        let directory = try PlanFixtures.modulesDirectory()
        let hcl = ModuleLoader.load(directory: directory.path)
        let configuration = load(hcl: hcl)
        #expect(configuration.diagnostics.isEmpty, "\(configuration.diagnostics)")
        for instance in configuration.resources {
            let source = try #require(hcl.instance(address: instance.address), "\(instance.address)")
            #expect(instance.range == source.range)
            #expect(instance.labelRange == source.labelRange)
            #expect(instance.blocks.map(\.range) == source.blocks.map(\.range), "\(instance.address)")
            for (name, attribute) in instance.attributes {
                #expect(attribute.range == source.attribute(name)?.range, "\(instance.address).\(name)")
            }
        }
        let app = try #require(configuration.instance(address: #"genesyscloud_oauth_client.apps["eu"]"#))
        #expect(
            app.attribute("scopes")?.value
                == .list([.string("routing:readonly"), .string("analytics:readonly"), .string("analytics:view")]))
        let items = OAuthClient(app).scopeItems.known
        #expect(items.map(\.name) == ["routing:readonly", "analytics:readonly", "analytics:view"])
        #expect(items.last?.range.start.line == 26)
        #expect(items.last?.range.start.column == 73)
    }

    @Test func readsAPlanAsTerraformWritesIt() throws {
        let configuration = load(PlanFixtures.terraformDataPlan)
        #expect(configuration.diagnostics.isEmpty, "\(configuration.diagnostics)")
        #expect(
            configuration.resources.map(\.address) == [
                "terraform_data.client[0]", "terraform_data.client[1]", "terraform_data.indexed[0]",
                "terraform_data.indexed[1]", #"terraform_data.keyed["eu"]"#, #"terraform_data.keyed["us"]"#,
                "module.roles.terraform_data.role",
            ])
        for index in 0..<2 {
            guard
                case .unknown(let unknown)? = configuration.instance(address: "terraform_data.indexed[\(index)]")?
                    .attribute("input")?.value
            else {
                Issue.record("input of indexed[\(index)] should be unknown")
                continue
            }
            #expect(unknown.refersTo == "terraform_data.client[\(index)]", "count.index picks the instance")
        }
        guard
            case .unknown(let keyed)? = configuration.instance(address: #"terraform_data.keyed["us"]"#)?.attribute(
                "input")?.value
        else {
            Issue.record("input of keyed should be unknown")
            return
        }
        #expect(keyed.refersTo == "terraform_data.client[0]")
        #expect(keyed.attribute == "id")
        let client = try #require(configuration.instance(address: "terraform_data.client[1]"))
        let input = try #require(client.attribute("input"))
        #expect(input.sensitive)
        #expect(input.value.objectValue?["name"] == .string("Poller 1"))
        #expect(input.value.objectValue?["secret"] == .string("s3cret"))
        #expect(
            input.value.objectValue?["role_id"]
                == .unknown(
                    Unknown(reason: "terraform_data.client[1].input.role_id is known after apply", range: input.range)))
        #expect(
            input.range.start == SourcePosition(line: 1, column: 539, byte: 538),
            "the address of client[1] in planned_values")
        #expect(configuration.variables.map(\.sensitive) == [true])
    }

    @Test func theTerraformWrittenPlanMapsOntoItsSource() throws {
        let directory = try TestSupport.temporaryDirectory()
        for (path, text) in PlanFixtures.terraformDataConfiguration {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let hcl = ModuleLoader.load(directory: directory.path)
        let configuration = load(PlanFixtures.terraformDataPlan, hcl: hcl)
        #expect(configuration.diagnostics.isEmpty, "\(configuration.diagnostics)")
        let keyed = try #require(configuration.instance(address: #"terraform_data.keyed["eu"]"#))
        #expect(keyed.labelRange == hcl.instance(address: #"terraform_data.keyed["eu"]"#)?.labelRange)
        #expect(keyed.attribute("input")?.range.start.line == 20)
    }

    @Test func aResourceMissingFromTheSourceIsAWarning() throws {
        let directory = try PlanFixtures.modulesDirectory()
        let main = PlanFixtures.modulesConfiguration["main.tf"] ?? ""
        let teams = try #require(main.range(of: #"module "teams" {"#))
        let pollers = try #require(main.range(of: #"resource "genesyscloud_oauth_client" "pollers""#))
        let withoutTeams = main.replacingCharacters(in: teams.lowerBound..<pollers.lowerBound, with: "")
        #expect(withoutTeams != main)
        try Data(withoutTeams.utf8).write(to: directory.appendingPathComponent("main.tf"))
        let configuration = load(hcl: ModuleLoader.load(directory: directory.path))
        #expect(
            configuration.diagnostics.map(\.summary) == [
                "Resource not in the configuration", "Resource not in the configuration",
            ])
        #expect(
            configuration.diagnostics.first?.detail
                == #"module.teams["a"].genesyscloud_oauth_client.team is in the plan but not in the configuration at \#(directory.path); was the plan made from another version?"#
        )
        #expect(configuration.diagnostics.first?.range?.file == "plan.json")
    }

    @Test func unknownBlocksStandForHoweverManyThereWillBe() throws {
        let plan = #"""
            {"format_version": "1.1", "resource_changes": [{"address": "genesyscloud_oauth_client.x",
              "mode": "managed", "type": "genesyscloud_oauth_client", "name": "x",
              "change": {"actions": ["create"], "after": {"name": "X", "authorized_grant_type": "CLIENT-CREDENTIALS"},
                "after_unknown": {"roles": true, "id": true}}}]}
            """#
        let configuration = load(plan)
        let client = try #require(configuration.instance(address: "genesyscloud_oauth_client.x"))
        #expect(client.attributes.keys.sorted() == ["authorized_grant_type", "name"])
        let roles = client.blocks(ofType: "roles")
        #expect(roles.count == 1)
        #expect(
            roles.first?.dynamicExpansion
                == .unknown(
                    Unknown(reason: "genesyscloud_oauth_client.x.roles is known after apply", range: client.labelRange))
        )
    }

    @Test func refusesWhatIsNotAPlan() {
        let cases: [(String, String, String)] = [
            ("[1]", "Not a Terraform plan", "expected a JSON object, found array"),
            (
                #"{"values": {}}"#, "Not a Terraform plan",
                "no format_version; write it with terraform show -json PLANFILE > plan.json"
            ),
            (
                #"{"format_version": "1.0", "values": {"root_module": {}}}"#, "Not a Terraform plan",
                "this is state JSON, not a plan; write it with terraform show -json PLANFILE > plan.json"
            ),
            (
                #"{"format_version": "2.0", "planned_values": {}}"#, "Unsupported plan format",
                #"format_version "2.0"; scopecheck reads 1.x"#
            ),
            (
                #"{"format_version": 1, "planned_values": {}}"#, "Unsupported plan format",
                "format_version number; scopecheck reads 1.x"
            ),
        ]
        for (text, summary, detail) in cases {
            let configuration = load(text)
            #expect(configuration.resources.isEmpty)
            #expect(configuration.diagnostics.map(\.summary) == [summary], "\(text)")
            #expect(configuration.diagnostics.map(\.detail) == [detail], "\(text)")
            #expect(configuration.diagnostics.first?.severity == .error)
        }
        let malformed = load(#"{"format_version": "1.2", "planned_values": {"#)
        #expect(malformed.diagnostics.first?.summary == "Invalid JSON")
        #expect(malformed.diagnostics.first?.range?.start.line == 1)
    }

    @Test func skipsUnreadableAddressesWithAWarning() {
        let configuration = load(
            #"{"format_version": "1.2", "planned_values": {"root_module": {"resources": [{"address": "not an address", "values": {}}, {"values": {}}]}}}"#
        )
        #expect(configuration.resources.isEmpty)
        #expect(
            configuration.diagnostics.map(\.detail) == [
                #""not an address" is not a resource instance address; it is skipped"#, "it is skipped",
            ])
        #expect(configuration.diagnostics.map(\.severity) == [.warning, .warning])
    }

    @Test func deeplyNestedBlocksAndValuesAreBounded() throws {
        var blocks = "{}"
        for _ in 0..<200 { blocks = #"{"roles": [\#(blocks)]}"# }
        var lists = "[]"
        for _ in 0..<500 { lists = "[\(lists)]" }
        let plan = #"""
            {"format_version": "1.2", "resource_changes": [{"address": "genesyscloud_oauth_client.x",
              "change": {"actions": ["create"], "after": {"roles": [\#(blocks)], "name": \#(lists)},
                "after_unknown": {"roles": [\#(blocks)]}}}],
             "configuration": {"root_module": {"resources": [{"address": "genesyscloud_oauth_client.x",
               "expressions": {"roles": [\#(blocks)]}}]}}}
            """#
        let configuration = load(plan)
        #expect(configuration.diagnostics.map(\.summary) == ["Blocks nested too deep"])
        #expect(configuration.diagnostics.first?.severity == .warning)
        var depth = 0
        var block = configuration.instance(address: "genesyscloud_oauth_client.x")?.blocks.first
        while let current = block {
            depth += 1
            block = current.blocks.first
        }
        #expect(depth == PlanInstanceBuilder.maximumBlockDepth)
    }

    @Test func deeplyNestedModulesAreBounded() {
        var module = #"{"address": "module.m", "resources": []}"#
        for _ in 0..<100 { module = #"{"address": "module.m", "resources": [], "child_modules": [\#(module)]}"# }
        let configuration = load(#"{"format_version": "1.2", "planned_values": {"root_module": \#(module)}}"#)
        #expect(configuration.diagnostics.map(\.summary) == ["Module nesting too deep"])
    }
}
