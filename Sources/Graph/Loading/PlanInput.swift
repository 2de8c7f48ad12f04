import Core
import Foundation
import Terraform

/// The modules `lint --plan FILE [PATH]` analyses: one, built from the plan. PATH, when given, is
/// the root module the plan was made from; it is read only to point findings at the source.
public enum PlanInput {
    /// The module for the plan at `plan`; `moduleDirectories` are the module directories of
    /// the paths given on the command line (at most one).
    public static func modules(
        plan: String, moduleDirectories: [String], recursive: Bool, options: TerraformLoadOptions
    )
        throws(InputError) -> [AnalyzedModule]
    {
        guard !recursive else { throw InputError("--plan reads one plan; it does not combine with --recursive") }
        guard moduleDirectories.count <= 1 else {
            throw InputError(
                "--plan describes one root module: give at most one PATH (the directory the plan was made in), got \(moduleDirectories.count)"
            )
        }
        guard let bytes = try? InputFile.read(plan).get() else {
            throw InputError("cannot read the plan \(plan)")
        }
        let hcl = moduleDirectories.first.map { ModuleLoader.load(directory: $0, options: options) }
        let configuration = PlanLoader.configuration(bytes: bytes, path: plan, hcl: hcl)
        return [
            AnalyzedModule(
                directory: moduleDirectories.first ?? configuration.rootDirectory, configuration: configuration)
        ]
    }
}
