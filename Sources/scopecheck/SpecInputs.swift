import Foundation
import ScopeCheck

/// Finds and loads the API spec for commands that need one.
enum SpecInputs {
    static let option = OptionSpec("--spec", value: "FILE", help: "the API spec (Swagger/OpenAPI JSON)")

    /// The spec named by `--spec` or found by `SpecLocator`, loaded through the index cache.
    static func load(_ arguments: ParsedArguments) throws(UsageError) -> APISpec {
        let environment = ProcessInfo.processInfo.environment
        let cache = SpecCache.standard(environment: environment)
        let paths = try SpecLocator.locate(
            explicit: arguments.all("--spec"), configured: [],
            workingDirectory: FileManager.default.currentDirectoryPath, cacheDirectory: cache?.directory)
        do {
            return try SpecLoader.load(path: paths[0], cache: cache).spec
        } catch {
            throw UsageError(error.description)
        }
    }
}
