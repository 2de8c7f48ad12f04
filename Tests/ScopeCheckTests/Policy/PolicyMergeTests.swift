import Foundation
import Testing

@testable import Policy
@testable import Syntax
@testable import Terraform

@Suite struct PolicyMergeTests {
    static func policy(_ files: [(String, String)]) -> Policy {
        PolicyLoader.parse(sources: files.map { ($0.0, Array($0.1.utf8)) })
    }

    @Test func rulesBlocksAcrossFilesMerge() throws {
        let policy = Self.policy([
            ("a.hcl", "rules {\n  deny_scopes = [\"*:admin\"]\n  require_description = true\n}\n"),
            ("b.hcl", "rules {\n  deny_scopes = [\"oauth\", \"*:admin\"]\n  max_token_validity_seconds = 3600\n}\n"),
        ])
        #expect(policy.diagnostics.isEmpty)
        let rules = try #require(policy.rules)
        #expect(
            rules.denyScopes?.map { "\($0.value) \($0.range.description)" } == [
                "*:admin a.hcl:2:18", "oauth b.hcl:2:18",
            ])
        #expect(rules.requireDescription?.range.description == "a.hcl:3:25")
        #expect(rules.maxTokenValiditySeconds?.range.description == "b.hcl:3:32")
    }

    @Test func equalValuesDoNotConflict() throws {
        let policy = Self.policy([
            ("a.hcl", "rules {\n  allowed_grant_types = [\"CODE\", \"CLIENT-CREDENTIALS\"]\n}\n"),
            ("b.hcl", "rules {\n  allowed_grant_types = [\"CLIENT-CREDENTIALS\", \"CODE\"]\n}\n"),
        ])
        #expect(policy.diagnostics.isEmpty)
        #expect(policy.rules?.allowedGrantTypes?.range.description == "a.hcl:2:25")
    }

    @Test func conflictingValuesAreErrorsNamingBothLocations() throws {
        let policy = Self.policy([
            (
                "a.hcl",
                "rules {\n  max_token_validity_seconds = 3600\n  require_description = true\n  allowed_grant_types = [\"CODE\"]\n}\n"
            ),
            (
                "b.hcl",
                "rules {\n  max_token_validity_seconds = 7200\n  require_description = false\n  allowed_grant_types = [\"CODE\", \"TOKEN\"]\n}\n"
            ),
        ])
        #expect(
            policy.diagnostics.map { "\($0.range?.description ?? "-") \($0.summary)" } == [
                #"b.hcl:2:32 Conflicting values for "max_token_validity_seconds": 7200 here, 3600 at a.hcl:2:32"#,
                #"b.hcl:3:25 Conflicting values for "require_description": false here, true at a.hcl:3:25"#,
                #"b.hcl:4:25 Conflicting values for "allowed_grant_types": [CODE, TOKEN] here, [CODE] at a.hcl:4:25"#,
            ])
        let rules = try #require(policy.rules)
        #expect(rules.maxTokenValiditySeconds?.value == 3600)
        #expect(rules.requireDescription?.value == true)
        #expect(rules.allowedGrantTypes?.value.map(\.value) == ["CODE"])
    }

    @Test func twoRulesBlocksInOneFileMergeToo() {
        let policy = PolicyLoader.parse(
            "rules {\n  require_description = true\n}\nrules {\n  require_description = false\n}\n", path: "p.hcl")
        #expect(
            policy.diagnostics.map(PolicyTest.describe) == [
                #"error 5:25 Conflicting values for "require_description": false here, true at p.hcl:2:25"#
            ])
    }

    @Test func aClientDeclaredTwiceIsAnErrorAtTheSecond() {
        let policy = Self.policy([
            ("a.hcl", "client \"genesyscloud_oauth_client.x\" {\n  calls = [\"getUsers\"]\n}\n"),
            (
                "b.hcl",
                "client {\n  name = \"X\"\n  calls = []\n}\nclient \"genesyscloud_oauth_client.x\" {\n  calls = []\n}\nclient {\n  name = \"X\"\n  calls = []\n}\n"
            ),
        ])
        #expect(
            policy.diagnostics.map { "\($0.range?.description ?? "-") \($0.summary)" } == [
                "b.hcl:5:8 The client genesyscloud_oauth_client.x is already declared at a.hcl:1:8",
                #"b.hcl:9:10 The client "X" is already declared at b.hcl:2:10"#,
            ])
        #expect(policy.clients.map(\.selector) == [.address("genesyscloud_oauth_client.x"), .name("X")])
        #expect(policy.clients.first?.calls.map(\.text) == ["getUsers"])
    }

    @Test func addressesAreComparedInCanonicalForm() {
        let policy = PolicyLoader.parse(
            "client \"module.a[\\\"k\\\"].genesyscloud_oauth_client.x\" {\n  calls = []\n}\nclient \"module.a[\\\"k\\\"].genesyscloud_oauth_client.x\" {\n  calls = []\n}\n",
            path: "p.hcl")
        #expect(policy.diagnostics.count == 1)
        #expect(policy.clients.count == 1)
    }

    @Test func diagnosticsFollowLoadOrderThenPosition() {
        let policy = Self.policy([
            ("b.hcl", "rules {\n  require_description = true\n}\nfoo {}\n"),
            ("a.hcl", "bar {}\nrules {\n  require_description = false\n}\n"),
        ])
        #expect(
            policy.diagnostics.map { "\($0.range?.description ?? "-") \($0.summary)" } == [
                #"b.hcl:4:1 Unknown block "foo" in a policy file"#,
                #"a.hcl:1:1 Unknown block "bar" in a policy file"#,
                #"a.hcl:3:25 Conflicting values for "require_description": false here, true at b.hcl:2:25"#,
            ])
    }
}

@Suite struct PolicyLoaderTests {
    @Test func aDirectoryLoadsItsHCLFilesSortedAndNotRecursively() throws {
        let root = try TestSupport.directory(with: [
            "policies/b.hcl": "client \"genesyscloud_oauth_client.b\" {\n  calls = []\n}\n",
            "policies/a.hcl": "client \"genesyscloud_oauth_client.a\" {\n  calls = []\n}\n",
            "policies/notes.txt": "not a policy",
            "policies/nested/c.hcl": "client \"genesyscloud_oauth_client.c\" {\n  calls = []\n}\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let directory = root.appendingPathComponent("policies").path
        let policy = PolicyLoader.load(paths: [directory])
        #expect(policy.diagnostics.isEmpty)
        #expect(
            policy.clients.map(\.selector) == [
                .address("genesyscloud_oauth_client.a"), .address("genesyscloud_oauth_client.b"),
            ])
        #expect(policy.clients.map(\.range.file) == [directory + "/a.hcl", directory + "/b.hcl"])
    }

    @Test func filesAndDirectoriesMixAndAFileIsReadOnce() throws {
        let root = try TestSupport.directory(with: [
            "p/a.hcl": "client \"genesyscloud_oauth_client.a\" {\n  calls = []\n}\n",
            "extra.hcl": "rules {\n  require_description = true\n}\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let policy = PolicyLoader.load(paths: [
            root.appendingPathComponent("extra.hcl").path, root.appendingPathComponent("p").path,
            root.appendingPathComponent("p/./a.hcl").path,
        ])
        #expect(policy.diagnostics.isEmpty)
        #expect(policy.clients.count == 1)
        #expect(policy.rules?.requireDescription?.value == true)
    }

    @Test func missingPathsAndEmptyDirectoriesAreReported() throws {
        let root = try TestSupport.directory(with: ["empty/readme.md": "x"])
        defer { try? FileManager.default.removeItem(at: root) }
        let empty = root.appendingPathComponent("empty").path
        let missing = root.appendingPathComponent("missing.hcl").path
        let policy = PolicyLoader.load(paths: [missing, empty])
        #expect(
            policy.diagnostics.map(PolicyTest.describe) == [
                "error - Policy file or directory not found: \(missing)",
                "warning - No policy files (*.hcl) in the directory \(empty)",
            ])
        #expect(policy.clients.isEmpty && policy.rules == nil)
    }
}
