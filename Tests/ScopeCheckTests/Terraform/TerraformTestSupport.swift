import Foundation

@testable import Core
@testable import Syntax
@testable import Terraform

/// Fixtures for Terraform tests: configurations written to fresh temporary directories.
enum TerraformFixture {
    /// Writes `files` (relative path → contents; folders are created) to a new temporary
    /// directory and returns its path.
    static func directory(_ files: [String: String]) throws -> String {
        let root = try TestSupport.temporaryDirectory()
        for (path, contents) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try contents.write(to: url, atomically: true, encoding: .utf8)
        }
        return root.path
    }

    /// Writes `files` and loads the directory with an empty environment unless given.
    static func load(
        _ files: [String: String], arguments: [TerraformLoadOptions.VariableArgument] = [],
        environment: [String: String] = [:]
    ) throws -> TerraformConfiguration {
        let directory = try directory(files)
        return ModuleLoader.load(
            directory: directory,
            options: TerraformLoadOptions(variableArguments: arguments, environment: environment))
    }

    /// Parses `source` as an expression and evaluates it in `context`.
    static func evaluate(_ source: String, context: EvaluationContext = EvaluationContext()) -> (Value, [Diagnostic]) {
        let (expression, problems) = HCLParser.parseExpression(source, path: "test.tf")
        precondition(problems.isEmpty, "\(source): \(problems)")
        return Evaluator.evaluate(expression, context: context)
    }

    /// The value of `source`, which must evaluate without diagnostics.
    static func value(_ source: String, variables: [String: Value] = [:]) -> Value {
        evaluate(source, context: EvaluationContext(variables: variables)).0
    }
}

extension TerraformConfiguration {
    /// The diagnostics as `severity: summary` lines, for compact assertions.
    var summaries: [String] { diagnostics.map { "\($0.severity.rawValue): \($0.summary)" } }

    /// Error diagnostics only.
    var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}

extension Value {
    /// The unknown, if this is one.
    var unknownValue: Unknown? {
        if case .unknown(let unknown) = self { return unknown }
        return nil
    }
}
