import Foundation

/// A whole module through `ModuleLoader` and the linter: the input becomes one file of a module
/// directory (the first byte picks `main.tf`, `main.tf.json`, `terraform.tfvars` or
/// `terraform.tfvars.json`, beside a fixed `variables.tf`), which is loaded, evaluated and linted
/// against the bundled sample spec when it is found.
enum TerraformModuleFuzzTarget {
    private static let fileNames = ["main.tf", "main.tf.json", "terraform.tfvars", "terraform.tfvars.json"]

    private static let variables = """
        variable "scopes" {
          type    = list(string)
          default = ["analytics"]
        }
        variable "secret" {
          type      = string
          default   = "fuzz-secret"
          sensitive = true
        }
        variable "names" { default = { a = "x", b = "y" } }
        """

    /// A private directory for this process, emptied before each input.
    private static let directory: String = {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("scopecheck-fuzz-\(ProcessInfo.processInfo.processIdentifier)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    static func run(_ bytes: [UInt8]) {
        guard let selector = bytes.first else { return }
        let name = fileNames[Int(selector) % fileNames.count]
        let manager = FileManager.default
        for existing in (try? manager.contentsOfDirectory(atPath: directory)) ?? [] {
            try? manager.removeItem(atPath: directory + "/" + existing)
        }
        _ = manager.createFile(atPath: directory + "/variables.tf", contents: Data(variables.utf8))
        let existingMain = name.hasPrefix("main") ? nil : directory + "/main.tf"
        if let existingMain {
            _ = manager.createFile(atPath: existingMain, contents: Data("output \"o\" { value = var.scopes }\n".utf8))
        }
        _ = manager.createFile(atPath: directory + "/" + name, contents: Data(bytes.dropFirst()))
        let configuration = ModuleLoader.load(directory: directory)
        guard let specs = SampleSpec.catalog else { return }
        let module = AnalyzedModule(directory: directory, configuration: configuration)
        let context = RequirementGraph(modules: [module], specs: specs, policy: Policy())
        let result = Linter.run(context, config: ScopeCheckConfig())
        _ = LintReport(findings: result.findings, rules: result.rules, toolVersion: "fuzz")
    }
}
