import Core
import Foundation
import Testing

/// The CI examples, the GitHub Action and the pre-commit manifest are YAML that users copy or
/// use: they must parse, and the scopecheck commands in them (the action's lint script included)
/// must do what the documentation says when run on a repository. Tests/tools/action_check.py runs
/// the whole action, install included.
@Suite(.enabled(if: YAMLReader.isAvailable, "needs python3 with PyYAML")) struct CIExamplesTests {
    private let root = TestSupport.packageRoot

    @Test func thePreCommitManifestDeclaresTheHook() throws {
        let hooks = try #require(
            try YAMLReader.read(root.appendingPathComponent(".pre-commit-hooks.yaml")) as? [[String: Any]])
        #expect(hooks.map { $0["id"] as? String } == ["scopecheck", "scopecheck-system"])
        #expect(hooks.map { $0["language"] as? String } == ["swift", "system"])
        for hook in hooks {
            #expect(hook["entry"] as? String == "scopecheck lint")
            #expect(hook["pass_filenames"] as? Bool == true)
            #expect(hook["require_serial"] as? Bool == true)
            let pattern = try Regex(try #require(hook["files"] as? String))
            for name in ["main.tf", "modules/x/roles.tf.json", "terraform.tfvars", "prod.auto.tfvars.json"] {
                #expect(name.contains(pattern), "\(name)")
            }
            for name in ["main.tf.bak", "README.md", "plan.json"] { #expect(!name.contains(pattern), "\(name)") }
        }
    }

    @Test func theActionIsACompositeOfItsScripts() throws {
        let action = try #require(try YAMLReader.read(root.appendingPathComponent("action.yml")) as? [String: Any])
        let inputs = try #require(action["inputs"] as? [String: [String: Any]])
        #expect(
            inputs.compactMapValues { $0["default"] as? String } == [
                "version": "", "release-url": "", "paths": ".", "recursive": "true", "format": "github",
                "fail-on": "error", "sarif-file": "", "config": "", "args": "", "working-directory": ".",
            ])
        for (name, input) in inputs { #expect((input["description"] as? String)?.isEmpty == false, "\(name)") }
        let outputs = try #require(action["outputs"] as? [String: [String: Any]])
        #expect(Set(outputs.keys) == ["version", "exit-code", "sarif-file"])
        #expect(outputs.values.allSatisfy { ($0["value"] as? String)?.hasPrefix("${{ steps.lint.outputs.") == true })

        let runs = try #require(action["runs"] as? [String: Any])
        #expect(runs["using"] as? String == "composite")
        let steps = try #require(runs["steps"] as? [[String: Any]])
        #expect(steps.map { $0["id"] as? String } == ["install", "cache", "build", "lint"])
        #expect(steps[1]["uses"] as? String == "actions/cache@v4")
        for step in steps[1...2] { #expect(step["if"] as? String == "steps.install.outputs.build == 'true'") }
        for step in steps {
            guard let run = step["run"] as? String else { continue }
            #expect(!run.contains("${{"), "an input written into a script is a script injection: pass it in env")
            #expect(step["shell"] as? String == "bash")
        }
        #expect(
            (steps[2]["run"] as? String)?.contains(#"swift build -c release --package-path "$GITHUB_ACTION_PATH""#)
                == true)
        for (step, script) in [(steps[0], "install.sh"), (steps[3], "lint.sh")] {
            #expect(step["run"] as? String == #"bash "$GITHUB_ACTION_PATH/scripts/action/\#(script)""#)
            #expect(
                FileManager.default.fileExists(atPath: root.appendingPathComponent("scripts/action/\(script)").path))
        }
        let passed = steps.flatMap { (($0["env"] as? [String: String]) ?? [:]).values }
        for name in inputs.keys {
            #expect(passed.contains("${{ inputs.\(name) }}"), "the input \(name) reaches no step")
        }
    }

    @Test func theGitHubWorkflowRunsAsDocumented() throws {
        let workflow = try #require(
            try YAMLReader.read(root.appendingPathComponent("examples/ci/github-actions.yml")) as? [String: Any])
        let job = try #require((workflow["jobs"] as? [String: Any])?["scopecheck"] as? [String: Any])
        #expect(job["container"] == nil, "the release binary needs no Swift image")
        let steps = try #require(job["steps"] as? [[String: Any]])
        let uses = steps.map { $0["uses"] as? String ?? "" }
        #expect(uses.filter { $0.hasPrefix("actions/cache@") }.count == 1, "the spec index is cached")
        let permissions = workflow["permissions"] as? [String: Any]
        #expect(permissions?["security-events"] as? String == "write")
        let env = try #require(workflow["env"] as? [String: Any])
        #expect(env["SCOPECHECK_CACHE_DIR"] as? String == "${{ github.workspace }}/.scopecheck-cache")

        // The action, between the spec index and the upload of its SARIF log.
        let index = try #require(uses.firstIndex { $0.hasPrefix("actions/cache@") })
        let lint = try #require(uses.firstIndex { $0.hasPrefix("scopecheck/scopecheck@") })
        let upload = try #require(uses.firstIndex { $0.hasPrefix("github/codeql-action/upload-sarif@") })
        #expect(index < lint && lint < upload)
        #expect(uses[lint] == "scopecheck/scopecheck@v\(ToolVersion.current)")
        let inputs = try #require(steps[lint]["with"] as? [String: String])
        #expect(inputs == ["format": "github", "sarif-file": "scopecheck.sarif"])
        #expect((steps[upload]["with"] as? [String: Any])?["sarif_file"] as? String == inputs["sarif-file"])
        #expect(steps[upload]["if"] as? String == "${{ !cancelled() && hashFiles('scopecheck.sarif') != '' }}")
        let commands = steps.compactMap { $0["run"] as? String }.flatMap { $0.split(separator: "\n") }.map(String.init)
            .filter { $0.hasPrefix("scopecheck ") }
        #expect(
            commands == [
                #"scopecheck audit terraform/gateway --client "$AUDIT_CLIENT" --format markdown >> "$GITHUB_STEP_SUMMARY" || true"#
            ])

        // The action's lint step, as the workflow configures it: its very script, with its env.
        let repository = try ExampleRepository()
        var environment = try actionLintEnvironment(with: inputs)
        environment["GITHUB_OUTPUT"] = repository.url("github-output").path
        environment["SCOPECHECK_ACTION"] = root.path
        let annotations = try repository.run(
            #"bash "$SCOPECHECK_ACTION/scripts/action/lint.sh""#, environment: environment)
        #expect(annotations.status == 1, "\(annotations.stderr)")
        let lines = annotations.stdout.split(separator: "\n")
        #expect(lines.contains("scopecheck lint . --recursive --format sarif --fail-on never > scopecheck.sarif"))
        #expect(lines.contains("scopecheck lint . --recursive --format github --fail-on error"))
        #expect(lines.filter { $0.hasPrefix("::error file=terraform/gateway/main.tf,") }.count == 0)
        #expect(lines.filter { $0.hasPrefix("::warning file=terraform/gateway/main.tf,") }.count == 1)
        #expect(lines.filter { $0.hasPrefix("::error file=terraform/gateway/policy.hcl,") }.count == 1)
        let log =
            try JSONSerialization.jsonObject(with: Data(contentsOf: repository.url("scopecheck.sarif")))
            as? [String: Any]
        #expect(log?["version"] as? String == "2.1.0")
        let results = ((log?["runs"] as? [[String: Any]])?.first?["results"] as? [Any]) ?? []
        #expect(results.count == 2)
        let outputs = try String(contentsOf: repository.url("github-output"), encoding: .utf8).split(separator: "\n")
        #expect(outputs.filter { $0.hasPrefix("version=scopecheck \(ToolVersion.current)") }.count == 1)
        #expect(outputs.filter { $0.hasPrefix("sarif-file=/") && $0.hasSuffix("/scopecheck.sarif") }.count == 1)
        #expect(outputs.last == "exit-code=1")

        // The audit, with the scopecheck the action put on PATH.
        let client = try #require(env["AUDIT_CLIENT"] as? String)
        let summary = try repository.run(
            commands[0].replacingOccurrences(of: "$AUDIT_CLIENT", with: client)
                .replacingOccurrences(of: "$GITHUB_STEP_SUMMARY", with: "summary.md"))
        #expect(summary.status == 0, "\(summary.stderr)")
        let page = try String(contentsOf: repository.url("summary.md"), encoding: .utf8)
        #expect(page.hasPrefix("## OAuth client audit: genesyscloud_oauth_client.queue_reports\n"))
        #expect(page.contains("```mermaid\nflowchart LR\n"))
    }

    /// The environment action.yml's lint step gives its script: the step's `env:`, each
    /// `${{ inputs.NAME }}` being the workflow's `with` value or the input's default.
    private func actionLintEnvironment(with values: [String: String]) throws -> [String: String] {
        let action = try #require(try YAMLReader.read(root.appendingPathComponent("action.yml")) as? [String: Any])
        let inputs = try #require(action["inputs"] as? [String: [String: Any]])
        let steps = try #require((action["runs"] as? [String: Any])?["steps"] as? [[String: Any]])
        let lint = try #require(steps.first { $0["id"] as? String == "lint" })
        var environment: [String: String] = [:]
        for (variable, expression) in try #require(lint["env"] as? [String: String]) {
            let name = try #require(
                expression.wholeMatch(of: /\$\{\{ inputs\.([a-z-]+) \}\}/)?.output.1, "\(variable): \(expression)")
            environment[variable] = try values[String(name)] ?? #require(inputs[String(name)]?["default"] as? String)
        }
        return environment
    }

    @Test func theGitLabJobRunsAsDocumented() throws {
        let pipeline = try #require(
            try YAMLReader.read(root.appendingPathComponent("examples/ci/gitlab-ci.yml")) as? [String: Any])
        let job = try #require(pipeline["scopecheck"] as? [String: Any])
        let commands = try #require(job["script"] as? [String])
        #expect(
            commands == [
                "scopecheck lint --recursive --format codeclimate --fail-on never > gl-code-quality-report.json",
                "scopecheck lint --recursive",
            ])
        let reports = ((job["artifacts"] as? [String: Any])?["reports"] as? [String: Any])
        #expect(reports?["codequality"] as? String == "gl-code-quality-report.json")
        #expect((job["cache"] as? [Any])?.count == 2, "the binary and the spec index are cached")

        let repository = try ExampleRepository()
        try installsTheReleaseArchiveOrRefusesIt(job, in: repository)
        let quality = try repository.run(commands[0])
        #expect(quality.status == 0, "\(quality.stderr)")
        let issues =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: repository.url("gl-code-quality-report.json"))) as? [[String: Any]]
        #expect(issues?.count == 2)
        #expect(
            Set(issues?.compactMap { $0["check_name"] as? String } ?? []) == [
                "scopes-ignored", "unknown-endpoint",
            ])
        #expect(Set(issues?.compactMap { $0["fingerprint"] as? String } ?? []).count == 2)
        let log = try repository.run(commands[1])
        #expect(log.status == 1)
        #expect(log.stdout.hasSuffix("1 error, 1 warning, 0 notes in 2 files\n"))
    }

    /// Runs the job's install step against a release archive made here from the built binary and
    /// served from a `file://` URL instead of the GitHub release: it installs a checked archive
    /// into the cached folder, and refuses one that does not match its sha256.
    private func installsTheReleaseArchiveOrRefusesIt(_ job: [String: Any], in repository: ExampleRepository)
        throws
    {
        let steps = try #require(job["before_script"] as? [String])
        let variables = try #require(job["variables"] as? [String: Any])
        #expect(variables["SCOPECHECK_VERSION"] as? String == ToolVersion.current)
        let release = try TestSupport.temporaryDirectory().path
        let name = "scopecheck-\(ToolVersion.current)-linux-x86_64"
        let packed = try repository.run(
            "mkdir -p '\(release)/\(name)' && cp \"$(command -v scopecheck)\" '\(release)/\(name)/' && cd '\(release)'"
                + " && tar -czf \(name).tar.gz \(name) && rm -r \(name) && sha256sum \(name).tar.gz > \(name).tar.gz.sha256"
        )
        #expect(packed.status == 0, "\(packed.stderr)")
        let github = "https://github.com/scopecheck/scopecheck/releases/download/v$SCOPECHECK_VERSION"
        #expect(steps.first?.contains(github) == true)
        let install = try #require(steps.first).replacingOccurrences(of: github, with: "file://\(release)")
        let environment = ["SCOPECHECK_VERSION": ToolVersion.current]
        let installed = try repository.run(install, environment: environment)
        #expect(installed.status == 0, "\(installed.stderr)")
        let binary = repository.url(".scopecheck-bin/scopecheck").path
        #expect(FileManager.default.isExecutableFile(atPath: binary))

        try FileManager.default.removeItem(atPath: binary)
        let tampered = try FileHandle(forWritingTo: URL(fileURLWithPath: "\(release)/\(name).tar.gz"))
        try tampered.seekToEnd()
        try tampered.write(contentsOf: Data("x".utf8))
        try tampered.close()
        let refused = try repository.run(install, environment: environment)
        #expect(refused.status != 0)
        #expect(refused.stdout.contains("FAILED"), "sha256sum says which archive failed: \(refused.stdout)")
        #expect(!FileManager.default.fileExists(atPath: binary))
    }
}

/// A Terraform repository like the examples expect: `.scopecheck.hcl` and the spec at the root,
/// a module below (the gateway seed report, which has findings).
private struct ExampleRepository {
    let root: URL
    let cache: URL

    init() throws {
        root = try TestSupport.temporaryDirectory()
        cache = root.appendingPathComponent(".scopecheck-cache")
        let samples = TestSupport.packageRoot.appendingPathComponent("samples")
        let module = root.appendingPathComponent("terraform/gateway")
        try FileManager.default.createDirectory(at: module, withIntermediateDirectories: true)
        for name in ["main.tf", "policy.hcl"] {
            try FileManager.default.copyItem(
                at: samples.appendingPathComponent("seed-403-gateway/\(name)"), to: module.appendingPathComponent(name))
        }
        try FileManager.default.copyItem(
            at: samples.appendingPathComponent("spec/genesys-platform-sample.json"),
            to: root.appendingPathComponent("genesys-swagger.json"))
        try Data(#"policies = ["terraform/gateway/policy.hcl"]"#.utf8).write(to: url(".scopecheck.hcl"))
    }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    /// Runs a command line of the examples with the built `scopecheck` first on PATH and
    /// `environment` added.
    func run(_ command: String, environment: [String: String] = [:]) throws -> CommandRunner.Output {
        let binary = try #require(CommandRunner.executable).deletingLastPathComponent().path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = root
        process.environment = ["PATH": "\(binary):/usr/bin:/bin", "NO_COLOR": "1", "SCOPECHECK_CACHE_DIR": cache.path]
            .merging(environment) { $1 }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandRunner.Output(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// Reads YAML through python3's PyYAML (the project has no YAML reader of its own).
enum YAMLReader {
    static let isAvailable: Bool = (try? python(["-c", "import yaml"]).status) == 0

    /// The document at `url` as Foundation JSON objects.
    static func read(_ url: URL) throws -> Any {
        let output = try python([
            "-c", "import sys, json, yaml; json.dump(yaml.safe_load(open(sys.argv[1])), sys.stdout, default=str)",
            url.path,
        ])
        guard output.status == 0 else { throw CocoaError(.fileReadCorruptFile) }
        return try JSONSerialization.jsonObject(with: Data(output.stdout.utf8))
    }

    private static func python(_ arguments: [String]) throws -> CommandRunner.Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandRunner.Output(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: "")
    }
}
