import Core
import Foundation

/// Where the config file is: `.scopecheck.hcl` in the directory being linted or the nearest
/// directory above it.
public enum ConfigFile {
    /// The config file's name.
    public static let name = ".scopecheck.hcl"

    /// The absolute path of the nearest `.scopecheck.hcl` at or above `directory` (a relative
    /// `directory` is taken from the working directory), or nil when there is none up to the root.
    public static func discover(startingAt directory: String) -> String? {
        var current = PathResolution.resolve(directory, against: FileManager.default.currentDirectoryPath)
        while true {
            let candidate = PathResolution.join(current, name)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue {
                return candidate
            }
            let parent = PathResolution.directory(of: current)
            guard parent != current else { return nil }
            current = parent
        }
    }
}
