import Core
import Foundation
import Syntax

/// Works out the values of the root module's variables with Terraform's precedence, lowest
/// first: declared `default`, `TF_VAR_<name>`, `terraform.tfvars`, `terraform.tfvars.json`,
/// `*.auto.tfvars` / `*.auto.tfvars.json` in lexical order, then `--var-file` and `--var` in
/// command-line order.
struct RootVariableResolver {
    let module: TerraformModule
    let options: TerraformLoadOptions
    private(set) var files: [HCLFile] = []
    /// The other variables files of the root module's directory (`prod.tfvars`), which Terraform
    /// reads only when told to (`-var-file`): parsed so that secrets written in them are found,
    /// their values not used.
    private(set) var unloadedFiles: [HCLFile] = []
    private(set) var diagnostics: [Diagnostic] = []
    private var candidates: [String: (value: Value, source: VariableValueSource, range: SourceRange?)] = [:]

    init(module: TerraformModule, options: TerraformLoadOptions) {
        self.module = module
        self.options = options
    }

    /// Resolves every declared variable, sorted by name.
    mutating func resolve() -> [ResolvedVariable] {
        for variable in module.variables {
            if let value = variable.defaultValue {
                candidates[variable.name] = (
                    value, .defaultValue, variable.block.body.attribute("default")?.expression.range
                )
            }
        }
        for variable in module.variables.sorted(by: { $0.name < $1.name }) {
            if let text = options.environment["TF_VAR_\(variable.name)"] {
                let value = parseCommandLineValue(text, for: variable, origin: "TF_VAR_\(variable.name)")
                candidates[variable.name] = (value, .environment, nil)
            }
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: module.directory)) ?? []
        for name in Self.automaticFileNames(among: entries) {
            readFile(ModulePaths.file(name, in: module.directory))
        }
        for argument in options.variableArguments {
            switch argument {
            case .file(let path):
                readFile(path)
            case .assignment(let name, let text):
                guard let variable = module.variable(name) else {
                    diagnostics.append(
                        .error(
                            "Value for undeclared variable",
                            detail: "--var \(name)=... was given, but the root module declares no variable \"\(name)\"",
                            at: nil))
                    continue
                }
                candidates[name] = (
                    parseCommandLineValue(text, for: variable, origin: "--var \(name)"), .commandLine, nil
                )
            }
        }
        readUnloadedFiles(among: entries)
        return module.variables.sorted { $0.name < $1.name }.map { finish($0) }
    }

    /// Parses the `.tfvars` and `.tfvars.json` files of the directory that were not read for
    /// values; their syntax problems are not reported, as Terraform does not read them either.
    private mutating func readUnloadedFiles(among entries: [String]) {
        let read = Set(files.map { Self.standardized($0.path) })
        for name in entries.sorted() where name.hasSuffix(".tfvars") || name.hasSuffix(".tfvars.json") {
            let path = ModulePaths.file(name, in: module.directory)
            guard !read.contains(Self.standardized(path)), case .success(let data) = InputFile.read(path) else {
                continue
            }
            unloadedFiles.append(
                path.hasSuffix(".json")
                    ? JSONSyntaxParser.parseAttributesFile(bytes: data, path: path)
                    : HCLParser.parseFile(bytes: data, path: path))
        }
    }

    private static func standardized(_ path: String) -> String { URL(fileURLWithPath: path).standardized.path }

    /// `terraform.tfvars`, `terraform.tfvars.json`, then the `*.auto.tfvars(.json)` files sorted,
    /// of the directory's `entries`.
    private static func automaticFileNames(among entries: [String]) -> [String] {
        let present = Set(entries)
        let fixed = ["terraform.tfvars", "terraform.tfvars.json"].filter(present.contains)
        let automatic = entries.filter { $0.hasSuffix(".auto.tfvars") || $0.hasSuffix(".auto.tfvars.json") }.sorted()
        return fixed + automatic
    }

    private mutating func readFile(_ path: String) {
        let data: [UInt8]
        switch InputFile.read(path) {
        case .success(let read): data = read
        case .failure(let problem):
            diagnostics.append(.error("Failed to read variables file", detail: "\(path) \(problem)", at: nil))
            return
        }
        let file =
            path.hasSuffix(".json")
            ? JSONSyntaxParser.parseAttributesFile(bytes: data, path: path)
            : HCLParser.parseFile(bytes: data, path: path)
        files.append(file)
        diagnostics += file.diagnostics
        for block in file.body.blocks {
            diagnostics.append(
                .error(
                    "Unexpected block in variables file", detail: "a variables file holds only name = value arguments",
                    at: block.typeRange))
        }
        for attribute in file.body.attributes {
            guard module.variable(attribute.name) != nil else {
                diagnostics.append(
                    .warning(
                        "Value for undeclared variable",
                        detail: "the root module declares no variable \"\(attribute.name)\", so this value is ignored",
                        at: attribute.nameRange))
                continue
            }
            let (value, problems) = Evaluator.evaluate(attribute.expression, context: EvaluationContext())
            diagnostics += problems
            candidates[attribute.name] = (value, .file(path), attribute.expression.range)
        }
    }

    /// A `--var` or `TF_VAR_` value: literal text for untyped and string variables, an HCL
    /// expression otherwise.
    private mutating func parseCommandLineValue(_ text: String, for variable: VariableDeclaration, origin: String)
        -> Value
    {
        if variable.takesLiteralValues { return .string(text) }
        let (expression, problems) = HCLParser.parseExpression(text, path: "<value for \(origin)>")
        diagnostics += problems
        if problems.hasErrors {
            return .unknown(Unknown(reason: "the value of \(origin) is not a valid expression", range: nil))
        }
        let (value, evaluationProblems) = Evaluator.evaluate(expression, context: EvaluationContext())
        diagnostics += evaluationProblems
        return value
    }

    /// The winning value converted to the declared type.
    private mutating func finish(_ variable: VariableDeclaration) -> ResolvedVariable {
        guard let candidate = candidates[variable.name] else {
            // No note here: a variable without a value matters only where a check needs its value,
            // and the unknown value says why wherever that happens.
            let unknown = Unknown(
                reason: "no value was given for the required variable \"\(variable.name)\"", range: variable.nameRange)
            return ResolvedVariable(
                name: variable.name, value: .unknown(unknown), source: .unset, sensitive: variable.sensitive,
                range: variable.nameRange)
        }
        var value = candidate.value
        if let type = variable.type {
            switch type.convert(value) {
            case .success(let converted): value = converted
            case .failure(let error):
                diagnostics.append(
                    .error(
                        "Invalid value for input variable",
                        detail:
                            "the value for var.\(variable.name) (declared at \(variable.nameRange.description)) does not fit its type \(type): \(error.message)",
                        at: candidate.range))
                value = .unknown(
                    Unknown(reason: "invalid value for var.\(variable.name): \(error.message)", range: candidate.range))
            }
        }
        if value == .null, !variable.nullable, let fallback = variable.defaultValue {
            value = fallback
        }
        return ResolvedVariable(
            name: variable.name, value: value, source: candidate.source, sensitive: variable.sensitive,
            range: candidate.range ?? variable.nameRange)
    }
}
