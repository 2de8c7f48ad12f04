import Core
import Foundation

/// Finds the API spec a command uses when none is named on the command line.
///
/// Order: `--spec`, the `spec` setting of `.scopecheck.hcl`, `./genesys-swagger.json`, then the
/// copy `scopecheck spec fetch` keeps in the cache directory.
public enum SpecLocator {
    /// The file name looked for in the working directory and in the cache directory.
    public static let defaultFileName = "genesys-swagger.json"

    /// The specs to use — `explicit` ones (from `--spec` or the config) when given — or an
    /// error that says how to get a spec.
    public static func locate(
        explicit: [SpecBinding], workingDirectory: String, cacheDirectory: String?, fileManager: FileManager = .default
    ) throws(InputError) -> [SpecBinding] {
        if !explicit.isEmpty { return explicit }
        let local = (workingDirectory as NSString).appendingPathComponent(defaultFileName)
        if fileManager.fileExists(atPath: local) { return [SpecBinding(path: local)] }
        if let cacheDirectory {
            let cached = (cacheDirectory as NSString).appendingPathComponent(defaultFileName)
            if fileManager.fileExists(atPath: cached) { return [SpecBinding(path: cached)] }
        }
        throw InputError(
            """
            no API spec found: pass --spec FILE, set spec = "FILE" in .scopecheck.hcl, or put \
            \(defaultFileName) in the working directory (download it from \
            https://api.mypurecloud.com/api/v2/docs/swagger, or use the region's API host)
            """)
    }
}

extension SpecSummary {
    /// The identity of a loaded spec, for report headers.
    public init(_ spec: APISpec) {
        self.init(path: spec.source, title: spec.title, format: spec.format, hash: spec.contentHash)
    }
}
