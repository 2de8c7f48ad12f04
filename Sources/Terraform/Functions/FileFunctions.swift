import Core
import Foundation
import Syntax

/// File functions: file, fileexists. Relative paths start from the evaluation context's base
/// directory (the root module's directory, where Terraform runs); without one the functions are
/// unknown.
enum FileFunctions {
    static let all: [String: TerraformFunction] = [
        "file": TerraformFunction(arguments: 1) { arguments throws(FunctionError) in
            let path = try arguments.string(0)
            guard let resolved = resolve(path, arguments) else { return notReadable("file") }
            let data: [UInt8]
            switch InputFile.read(resolved, limit: EvaluationBudget.maximumTextBytes) {
            case .success(let read): data = read
            case .failure(let problem) where problem.isMissing:
                throw FunctionError("no file exists at \"\(path)\" (read from \(resolved))", argument: 0)
            case .failure(let problem):
                throw FunctionError("\"\(path)\" (read from \(resolved)) \(problem)", argument: 0)
            }
            guard let text = String(validating: data, as: UTF8.self) else {
                throw FunctionError("the contents of \"\(path)\" are not valid UTF-8", argument: 0)
            }
            return .string(text)
        },
        "fileexists": TerraformFunction(arguments: 1) { arguments throws(FunctionError) in
            let path = try arguments.string(0)
            guard let resolved = resolve(path, arguments) else { return notReadable("fileexists") }
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory)
            return .bool(exists && !isDirectory.boolValue)
        },
    ]

    /// `path` made absolute against the base directory, or nil when files cannot be read.
    static func resolve(_ path: String, _ arguments: FunctionArguments) -> String? {
        guard let base = arguments.baseDirectory else { return nil }
        if path.hasPrefix("/") { return path }
        return (base as NSString).appendingPathComponent(path)
    }

    private static func notReadable(_ name: String) -> Value {
        .unknown(Unknown(reason: "\(name)() cannot read files here", range: nil))
    }
}
