import Foundation
import Testing

/// `scopecheck deployer` and the deployer findings of `lint`, on the bundled sample.
@Suite struct DeployerCommandTests {
    static let spec = TestSupport.packageRoot.appendingPathComponent("samples/spec/genesys-platform-sample.json").path

    @Test func theRolesForPlanAndApplyArePrintedToPaste() throws {
        let output = try CommandRunner.run(["deployer", "samples/deployer"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains(#"resource "genesyscloud_auth_role" "terraform_plan" {"#))
        #expect(output.stdout.contains(#"resource "genesyscloud_auth_role" "terraform_apply" {"#))
        // Pasted into a configuration, the roles are valid for the provider and the spec.
        let directory = try TestSupport.temporaryDirectory()
        try Data(output.stdout.utf8).write(to: directory.appendingPathComponent("main.tf"))
        let pasted = try CommandRunner.run(["lint", ".", "--spec", Self.spec, "--format", "compact"], in: directory)
        #expect(pasted.status == 0)
        #expect(pasted.stdout == "no problems found\n")
    }

    @Test func onePhaseAndTheTextForm() throws {
        let plan = try CommandRunner.run(["deployer", "samples/deployer", "--phase", "plan", "--format", "text"])
        #expect(plan.status == 0)
        #expect(
            plan.stdout == """
                samples/deployer: 4 resource types and data sources, 22 calls of the provider (endpoints: MyPureCloud/genesyscloud v1.84.1)

                terraform plan needs 3 permissions:
                  routing:queue:view       genesyscloud_routing_queue
                  routing:skill:view       genesyscloud_routing_skill
                  routing:wrapupCode:view  data.genesyscloud_routing_wrapupcode, genesyscloud_routing_wrapupcode

                """)
    }

    @Test func whyTracesAPermissionToTheResourcesThatNeedIt() throws {
        let why = try CommandRunner.run([
            "deployer", "samples/deployer", "--phase", "apply", "--why", "routing:skill:manage",
        ])
        #expect(why.status == 0)
        #expect(
            why.stdout == """
                terraform apply of samples/deployer needs routing:skill:manage for:
                  genesyscloud_routing_skill (2 instances, samples/deployer/main.tf:14:39): POST /api/v2/routing/skills checks ANY of: routing:skill:manage, routing:skill:create
                  genesyscloud_routing_skill (2 instances, samples/deployer/main.tf:14:39): DELETE /api/v2/routing/skills/{skillId} checks ANY of: routing:skill:manage, routing:skill:delete

                """)
        let unused = try CommandRunner.run(["deployer", "samples/deployer", "--why", "analytics:queueObservation:view"])
        #expect(unused.status == 1)
        #expect(unused.stderr.contains("no provider call of the paths given checks analytics:queueObservation:view"))
    }

    @Test func theJSONSchema() throws {
        let output = try CommandRunner.run(["deployer", "samples/deployer", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let deployer = try #require((object["deployers"] as? [[String: Any]])?.first)
        #expect(deployer.keys.sorted() == ["endpointTable", "module", "phases", "types", "unknown"])
        let table = try #require(deployer["endpointTable"] as? [String: String])
        #expect(table["version"] == "v1.84.1")
        let types = try #require(deployer["types"] as? [[String: Any]])
        #expect(types.count == 4)
        #expect(types.first?.keys.sorted() == ["endpoints", "file", "instances", "line", "type"])
        let phases = try #require(deployer["phases"] as? [[String: Any]])
        #expect(phases.map { $0["phase"] as? String } == ["plan", "apply"])
        #expect(
            phases.first?.keys.sorted() == [
                "because", "calls", "otherPermissions", "permissions", "phase", "policies", "provenMinimal",
            ])
        let because = try #require(phases.last?["because"] as? [String: [[String: Any]]])
        #expect(because["routing:skill:manage"]?.first?["type"] as? String == "genesyscloud_routing_skill")
        #expect(because["routing:skill:manage"]?.first?["call"] as? String == "POST /api/v2/routing/skills")
        let unknown = try #require(deployer["unknown"] as? [String: [Any]])
        #expect(unknown.keys.sorted() == ["endpoints", "types", "typesWithoutEndpoints", "version"])
        #expect(unknown.values.allSatisfy { $0.isEmpty })
    }

    @Test func unknownsMakeTheExitCodeOne() throws {
        let directory = try TestSupport.temporaryDirectory()
        try Data(
            """
            terraform {
              required_providers {
                genesyscloud = { source = "mypurecloud/genesyscloud", version = "1.15.0" }
              }
            }
            data "genesyscloud_widget_deployment" "w" { name = "W" }
            resource "genesyscloud_routing_skill" "s" { name = "S" }
            """.utf8
        ).write(to: directory.appendingPathComponent("main.tf"))
        let output = try CommandRunner.run(["deployer", ".", "--spec", Self.spec], in: directory)
        #expect(output.status == 1)
        #expect(
            output.stdout.contains(
                "# Not known: data.genesyscloud_widget_deployment is not in the provider endpoint table (MyPureCloud/genesyscloud v1.84.1)"
            ))
        #expect(
            output.stdout.contains(
                "# Not known: the configuration asks for the provider 1.15.0 and the endpoint table is of v1.84.1 (main.tf:3:5): the endpoints may differ."
            ))
    }

    /// A table the user wrote (a newer provider's) replaces the bundled one, from the config file
    /// or from `--provider-endpoints`, in `deployer` and in `lint` alike.
    @Test func aUserTableReplacesTheBundledOne() throws {
        let directory = try TestSupport.temporaryDirectory()
        try Data(#"resource "genesyscloud_routing_skill" "s" { name = "S" }"#.utf8)
            .write(to: directory.appendingPathComponent("main.tf"))
        try Data(
            """
            # provider: MyPureCloud/genesyscloud
            # version: v9.0.0
            kind\ttype\tmethod\tpath
            resource\tgenesyscloud_routing_skill\tGET\t/api/v2/routing/skills/{skillId}

            """.utf8
        ).write(to: directory.appendingPathComponent("endpoints.tsv"))
        try Data("spec = \"\(Self.spec)\"\nprovider_endpoints = \"endpoints.tsv\"\n".utf8)
            .write(to: directory.appendingPathComponent(".scopecheck.hcl"))
        let fromConfig = try CommandRunner.run(["deployer", ".", "--format", "text"], in: directory)
        #expect(fromConfig.status == 0, "\(fromConfig.stderr)")
        #expect(
            fromConfig.stdout.hasPrefix(
                ".: 1 resource type or data source, 1 call of the provider (endpoints: MyPureCloud/genesyscloud v9.0.0)"
            ))
        #expect(fromConfig.stdout.contains("terraform apply needs 1 permission:\n  routing:skill:view"))

        try Data("kind\ttype\tmethod\nresource\tgenesyscloud_routing_skill\tGET\n".utf8)
            .write(to: directory.appendingPathComponent("broken.tsv"))
        for command in ["deployer", "lint"] {
            let broken = try CommandRunner.run([command, ".", "--provider-endpoints", "broken.tsv"], in: directory)
            #expect(broken.status == 2, "\(command)")
            #expect(broken.stderr.contains("broken.tsv:1:1"), "\(command): \(broken.stderr)")
        }
    }

    @Test func badArgumentsAreUsageErrors() throws {
        for arguments in [
            ["deployer", "samples/deployer", "--phase", "destroy"],
            ["deployer", "samples/deployer", "--format", "xml"],
            ["deployer", "samples/deployer", "--provider-endpoints", "no-such.tsv"],
        ] {
            let output = try CommandRunner.run(arguments)
            #expect(output.status == 2, "\(arguments)")
        }
    }

    @Test func lintChecksTheDeployerThePolicyDescribes() throws {
        let output = try CommandRunner.run(["lint", "samples/deployer", "--format", "compact"])
        #expect(output.status == 1)
        let lines = output.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(
            lines[0]
                == "samples/deployer/policy.hcl:4:10: error - terraform plan on samples/deployer needs routing:wrapupCode:view (data.genesyscloud_routing_wrapupcode, genesyscloud_routing_wrapupcode), which the client that runs it does not hold (permissions (samples/deployer/policy.hcl:4:10)): it fails with 403 when it reaches those resources (deployer-missing-permission)"
        )
        #expect(
            lines[1].hasPrefix(
                #"samples/deployer/policy.hcl:9:18: warning - "routing:*:*" of the deployer block grants "#))
        #expect(lines[1].hasSuffix("(deployer-excess-permission)"))
    }
}
