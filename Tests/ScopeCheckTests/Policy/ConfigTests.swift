import Foundation
import Testing

@testable import Core
@testable import Policy
@testable import Spec
@testable import Syntax

@Suite struct ConfigLoaderTests {
    static let config = """
        spec      = ["specs/genesys.json", "api.eu-gene.com=../specs/eu-gene.json", "/abs/other.json"]
        policies  = ["policies", "./extra/team.hcl"]
        var_files = ["env/prod.tfvars"]
        exclude   = ["**/.terraform/**", "modules/legacy"]
        overlays  = ["overlays/eu-gene.json"]

        rule "excess-scope" {
          enabled = false
        }

        rule "missing-scope" {
          severity = "warning"
        }

        provider_endpoints = "tables/provider-v1.90.tsv"
        """

    static func parse(_ text: String, path: String = "/repo/infra/.scopecheck.hcl") -> (ScopeCheckConfig, [String]) {
        let (config, diagnostics) = ConfigLoader.parse(bytes: Array(text.utf8), path: path)
        return (config, diagnostics.map(PolicyTest.describe))
    }

    @Test func readsEverySettingAndResolvesPathsAgainstTheConfigDirectory() {
        let (config, diagnostics) = Self.parse(Self.config)
        #expect(diagnostics.isEmpty)
        #expect(config.path == "/repo/infra/.scopecheck.hcl")
        #expect(
            config.specs.map { "\($0.value) \(PolicyTest.span($0.range!))" } == [
                "/repo/infra/specs/genesys.json 1:14-1:34",
                "api.eu-gene.com=/repo/specs/eu-gene.json 1:36-1:75",
                "/abs/other.json 1:77-1:94",
            ])
        #expect(config.specs[1].value.host == "api.eu-gene.com")
        #expect(config.specs[1].value.path == "/repo/specs/eu-gene.json")
        #expect(
            config.policies.map { "\($0.value) \(PolicyTest.span($0.range!))" } == [
                "/repo/infra/policies 2:14-2:24", "/repo/infra/extra/team.hcl 2:26-2:44",
            ])
        #expect(config.varFiles.map(\.value) == ["/repo/infra/env/prod.tfvars"])
        #expect(config.overlays.map(\.value) == ["/repo/infra/overlays/eu-gene.json"])
        #expect(config.providerEndpoints?.value == "/repo/infra/tables/provider-v1.90.tsv")
        #expect(config.exclude.map(\.value.written) == ["**/.terraform/**", "modules/legacy"])
        #expect(
            config.exclude.map(\.value.glob.pattern) == ["/repo/infra/**/.terraform/**", "/repo/infra/modules/legacy"])
        #expect(config.exclude.map { PolicyTest.span($0.range!) } == ["4:14-4:32", "4:34-4:50"])
        #expect(config.rules.map(\.id) == ["excess-scope", "missing-scope"])
        #expect(config.rules.map { PolicyTest.span($0.idRange!) } == ["7:6-7:20", "11:6-11:21"])
        #expect(config.rules[0].enabled == ConfigValue(false, at: config.rules[0].enabled?.range))
        #expect(config.rules[0].enabled.map { PolicyTest.span($0.range!) } == "8:13-8:18")
        #expect(config.rules[1].severity?.value == .warning)
        #expect(config.rules[1].severity.map { PolicyTest.span($0.range!) } == "12:14-12:23")
        #expect(!config.isEnabled("excess-scope"))
        #expect(config.isEnabled("missing-scope"))
        #expect(config.isEnabled("unknown-endpoint"))
        #expect(!config.isEnabled("preview-endpoint", byDefault: false))
        #expect(config.severity(of: "missing-scope", default: .error) == .warning)
        #expect(config.severity(of: "excess-scope", default: .note) == .note)
    }

    @Test func aSingleSpecStringIsAccepted() {
        let (config, diagnostics) = Self.parse("spec = \"swagger.json\"\n", path: "proj/.scopecheck.hcl")
        #expect(diagnostics.isEmpty)
        #expect(config.specs.map(\.value) == [SpecBinding(path: "proj/swagger.json", host: nil)])
    }

    @Test func aRelativeConfigPathGivesRelativePaths() {
        let (config, _) = Self.parse("policies = [\"../p\", \".\"]\n", path: ".scopecheck.hcl")
        #expect(config.policies.map(\.value) == ["../p", "."])
    }

    @Test func anEmptyConfigHasDefaults() {
        let (config, diagnostics) = Self.parse("# nothing yet\n")
        #expect(diagnostics.isEmpty)
        #expect(config == ScopeCheckConfig(path: "/repo/infra/.scopecheck.hcl"))
    }

    @Test(arguments: [
        ("policy = [\"p\"]", [#"error 1:1 Unknown attribute "policy" in the config file; did you mean "policies"?"#]),
        (
            "var_file = [\"p\"]",
            [#"error 1:1 Unknown attribute "var_file" in the config file; did you mean "var_files"?"#]
        ),
        ("rules \"x\" {}", [#"error 1:1 Unknown block "rules" in the config file; did you mean "rule"?"#]),
        ("spec = 3", [#"error 1:8 "spec" must be a string or a list of strings, not a number"#]),
        (
            "spec = [\"api.example.com=\"]",
            [#"error 1:9 "api.example.com=" binds the host api.example.com to no spec file: expected HOST=FILE"#]
        ),
        ("spec = [\"\"]", [#"error 1:9 empty spec: expected FILE or HOST=FILE"#]),
        ("policies = \"p\"", [#"error 1:12 "policies" must be a list of strings, not a string"#]),
        ("policies = [\"\"]", [#"error 1:13 Empty path in "policies""#]),
        ("var_files = [var.file]", [#"error 1:14 Config values must be literals"#]),
        ("exclude = [\"[x\"]", [#"error 1:12 Invalid exclude pattern "[x": the `[` set has no closing `]`"#]),
        ("rule {\n  enabled = false\n}", [#"error 1:1 A rule block needs the rule id as its label"#]),
        ("rule \"a\" \"b\" {\n  enabled = false\n}", [#"error 1:10 A rule block takes one label, the rule id"#]),
        ("rule \"\" {\n  enabled = false\n}", [#"error 1:6 The rule id is empty"#]),
        (
            "rule \"a\" {\n  enabled = \"no\"\n}",
            [#"error 2:13 "enabled" must be a bool (true or false), not a string"#]
        ),
        ("rule \"a\" {\n  severity = \"warn\"\n}", [#"error 2:14 Unknown severity "warn"; did you mean "warning"?"#]),
        ("rule \"a\" {\n  severity = \"fatal\"\n}", [#"error 2:14 Unknown severity "fatal""#]),
        (
            "rule \"a\" {\n  enable = false\n}",
            [#"error 2:3 Unknown attribute "enable" in a rule block; did you mean "enabled"?"#]
        ),
        ("rule \"a\" {\n}", [#"warning 1:1 The rule block for "a" sets nothing"#]),
        (
            "rule \"a\" {\n  enabled = false\n}\nrule \"a\" {\n  severity = \"note\"\n}",
            [#"error 4:6 The rule "a" is already configured at c.hcl:1:6"#]
        ),
    ])
    func problemsAreReportedWithRanges(source: String, expected: [String]) {
        #expect(Self.parse(source + "\n", path: "c.hcl").1 == expected)
    }

    @Test func duplicateRuleBlocksKeepTheFirst() {
        let (config, _) = Self.parse("rule \"a\" {\n  enabled = false\n}\nrule \"a\" {\n  enabled = true\n}\n")
        #expect(config.rules.count == 1)
        #expect(!config.isEnabled("a"))
    }

    @Test func loadReportsAnUnreadableFile() {
        let (config, diagnostics) = ConfigLoader.load(path: "/nonexistent/.scopecheck.hcl")
        #expect(
            diagnostics.map(PolicyTest.describe) == ["error - Can't read the config file /nonexistent/.scopecheck.hcl"])
        #expect(config == ScopeCheckConfig(path: "/nonexistent/.scopecheck.hcl"))
    }
}

@Suite struct ConfigDiscoveryTests {
    @Test func findsTheConfigInTheDirectoryOrTheNearestParent() throws {
        let root = try TestSupport.directory(with: [
            "repo/.scopecheck.hcl": "",
            "repo/infra/team/.scopecheck.hcl": "",
            "repo/infra/team/prod/main.tf": "",
            "repo/infra/other/main.tf": "",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let base = PathResolution.normalize(root.path)
        #expect(ConfigFile.discover(startingAt: base + "/repo") == base + "/repo/.scopecheck.hcl")
        #expect(ConfigFile.discover(startingAt: base + "/repo/infra/other") == base + "/repo/.scopecheck.hcl")
        #expect(ConfigFile.discover(startingAt: base + "/repo/infra/team") == base + "/repo/infra/team/.scopecheck.hcl")
        #expect(
            ConfigFile.discover(startingAt: base + "/repo/infra/team/prod/") == base
                + "/repo/infra/team/.scopecheck.hcl")
        #expect(ConfigFile.discover(startingAt: base + "/repo/infra/../infra/other") == base + "/repo/.scopecheck.hcl")
    }

    @Test func findsNothingWithoutAConfigAndIgnoresDirectoriesOfThatName() throws {
        let root = try TestSupport.directory(with: ["a/.scopecheck.hcl/x": "", "a/b/main.tf": ""])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(ConfigFile.discover(startingAt: root.appendingPathComponent("a/b").path) == nil)
    }

    @Test func loadsADiscoveredConfigWithPathsFromItsDirectory() throws {
        let root = try TestSupport.directory(with: [
            "repo/.scopecheck.hcl": "policies = [\"policies\"]\nexclude = [\"modules/legacy\"]\n",
            "repo/env/main.tf": "",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let base = PathResolution.normalize(root.path)
        let path = try #require(ConfigFile.discover(startingAt: base + "/repo/env"))
        let (config, diagnostics) = ConfigLoader.load(path: path)
        #expect(diagnostics.isEmpty)
        #expect(config.policies.map(\.value) == [base + "/repo/policies"])
        #expect(config.isExcluded(base + "/repo/modules/legacy/main.tf"))
        #expect(config.isExcluded(base + "/repo/modules/legacy"))
        #expect(!config.isExcluded(base + "/repo/modules/legacy2/main.tf"))
        #expect(!config.isExcluded(base + "/repo/env/main.tf"))
    }
}

@Suite struct ConfigMergeTests {
    static let config = ConfigLoaderTests.parse(ConfigLoaderTests.config).0

    @Test func commandLineListsReplaceConfigListsAndHaveNoRange() {
        let merged = Self.config.merging(
            ConfigOverrides(
                specs: [SpecBinding(path: "ie.json", host: "api.mypurecloud.ie")], policies: ["cli-policy.hcl"],
                varFiles: []))
        #expect(merged.specs == [ConfigValue(SpecBinding(path: "ie.json", host: "api.mypurecloud.ie"), at: nil)])
        #expect(merged.policies == [ConfigValue("cli-policy.hcl", at: nil)])
        #expect(merged.varFiles.isEmpty)
        #expect(merged.overlays == Self.config.overlays)
        #expect(merged.exclude == Self.config.exclude)
        #expect(merged.rules == Self.config.rules)
    }

    @Test func unsetOverridesKeepTheConfig() {
        #expect(Self.config.merging(ConfigOverrides()) == Self.config)
    }

    @Test func ruleSwitchesAndSeveritiesOverrideSingleRules() {
        let merged = Self.config.merging(
            ConfigOverrides(
                enabledRules: ["excess-scope", "deprecated-endpoint"],
                disabledRules: ["missing-scope", "deprecated-endpoint"],
                severities: ["excess-scope": .error, "unknown-scope": .note]))
        #expect(merged.isEnabled("excess-scope"))
        #expect(!merged.isEnabled("missing-scope"))
        #expect(!merged.isEnabled("deprecated-endpoint"))
        #expect(merged.severity(of: "excess-scope", default: .warning) == .error)
        #expect(merged.severity(of: "missing-scope", default: .error) == .warning)
        #expect(merged.severity(of: "unknown-scope", default: .warning) == .note)
        #expect(merged.rules.map(\.id) == ["excess-scope", "missing-scope", "deprecated-endpoint", "unknown-scope"])
        let excess = merged.setting(for: "excess-scope")
        #expect(excess?.idRange == Self.config.rules[0].idRange)
        #expect(excess?.enabled == ConfigValue(true, at: nil))
        #expect(merged.setting(for: "missing-scope")?.severity == Self.config.rules[1].severity)
        #expect(merged.setting(for: "unknown-scope")?.idRange == nil)
    }
}

@Suite struct PathResolutionTests {
    @Test(arguments: [
        ("a/b/../c", "a/c"),
        ("./a//b/", "a/b"),
        ("../../a", "../../a"),
        ("a/../..", ".."),
        ("/a/../../b", "/b"),
        ("/", "/"),
        ("", "."),
        (".", "."),
    ])
    func normalizes(path: String, expected: String) {
        #expect(PathResolution.normalize(path) == expected)
    }

    @Test func resolvesAgainstADirectory() {
        #expect(PathResolution.resolve("p.hcl", against: "/repo/infra") == "/repo/infra/p.hcl")
        #expect(PathResolution.resolve("../p.hcl", against: "/repo/infra/") == "/repo/p.hcl")
        #expect(PathResolution.resolve("/etc/p.hcl", against: "/repo") == "/etc/p.hcl")
        #expect(PathResolution.resolve("p.hcl", against: ".") == "p.hcl")
        #expect(PathResolution.directory(of: "/repo/.scopecheck.hcl") == "/repo")
        #expect(PathResolution.directory(of: "/.scopecheck.hcl") == "/")
        #expect(PathResolution.directory(of: ".scopecheck.hcl") == ".")
        #expect(PathResolution.directory(of: "infra/.scopecheck.hcl") == "infra")
    }
}

@Suite struct ConfigRuleIdTests {
    @Test func unknownRuleIdsAreErrorsWithSuggestions() {
        let (config, _) = ConfigLoaderTests.parse(
            "rule \"excess-scop\" {\n  enabled = false\n}\nrule \"missing-scope\" {\n  enabled = false\n}\nrule \"zzz\" {\n  enabled = false\n}\n"
        )
        let merged = config.merging(ConfigOverrides(disabledRules: ["also-unknown"]))
        #expect(
            merged.unknownRuleDiagnostics(known: ["excess-scope", "missing-scope"]).map(PolicyTest.describe) == [
                #"error 1:6 Unknown rule "excess-scop"; did you mean "excess-scope"?"#,
                #"error 7:6 Unknown rule "zzz""#,
            ])
    }
}
