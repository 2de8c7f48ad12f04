import Core
import Foundation

/// Turns the paths given to `lint` into the module directories to analyse: a file stands for
/// the module (directory) it belongs to, a directory for itself, and with `recursive` every
/// directory below that holds Terraform files.
public enum ModuleDiscovery {
    /// Folders never walked into: Terraform's working data, VCS data and hidden folders.
    static func isSkipped(_ name: String) -> Bool {
        name.hasPrefix(".") || name == "node_modules"
    }

    /// Whether a file name is Terraform configuration or variables.
    public static func isTerraformFile(_ name: String) -> Bool {
        name.hasSuffix(".tf") || name.hasSuffix(".tf.json") || name.hasSuffix(".tfvars")
            || name.hasSuffix(".tfvars.json")
    }

    /// The module directories for `paths`, sorted and without repeats; paths that exist neither
    /// as file nor directory are an error. `excluded` drops directories (and files) it matches.
    public static func modules(
        for paths: [String], recursive: Bool, excluded: (String) -> Bool = { _ in false },
        fileManager: FileManager = .default
    ) throws(InputError) -> [String] {
        var directories: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw InputError("\(path): no such file or directory")
            }
            guard !excluded(path) else { continue }
            if !isDirectory.boolValue {
                guard isTerraformFile(path) else {
                    throw InputError(
                        "\(path): not a Terraform file (expected a directory or a .tf, .tf.json, .tfvars or .tfvars.json file)"
                    )
                }
                directories.append(
                    PathResolution.directory(of: path).isEmpty ? "." : PathResolution.directory(of: path))
            } else if recursive {
                directories += walk(path, excluded: excluded)
            } else {
                directories.append(path)
            }
        }
        var seen = Set<String>()
        return directories.map(PathResolution.normalize).filter { seen.insert($0).inserted }.sorted()
    }

    /// `root` and every directory below it that holds Terraform configuration, breadth first,
    /// following no symbolic links (so link loops cannot trap the walk).
    static func walk(_ root: String, excluded: (String) -> Bool) -> [String] {
        var found: [String] = []
        var queue = [root]
        var index = 0
        while index < queue.count {
            let directory = queue[index]
            index += 1
            guard let entries = DirectoryListing.entries(of: directory) else { continue }
            var hasConfiguration = false
            for entry in entries {
                let path = PathResolution.join(directory, entry.name)
                guard !excluded(path) else { continue }
                if entry.isDirectory {
                    if !isSkipped(entry.name) { queue.append(path) }
                } else if entry.name.hasSuffix(".tf") || entry.name.hasSuffix(".tf.json") {
                    hasConfiguration = true
                }
            }
            if hasConfiguration { found.append(directory) }
        }
        return found
    }
}
