import Core
import Foundation

/// Lists the source files `discover` reads under the paths it is given: files with a known
/// extension (see `SourceLanguage`), and files named directly, whatever their name. Dependency,
/// build and hidden folders (`node_modules`, `vendor`, `build`, `.git`, ...) are not entered and
/// symbolic links are not followed, so the walk stays in the project and cannot loop.
enum SourceWalker {
    /// Folder names never entered (besides hidden folders).
    static let skippedFolders: Set<String> = [
        "node_modules", "vendor", "build", "dist", "target", "bin", "obj", "__pycache__", "Pods",
    ]

    /// A file to read, with whether it was named directly.
    struct Entry: Equatable {
        var path: String
        var named: Bool
    }

    /// The files under `roots`, sorted by path, each once. A root that does not exist is an error.
    static func files(under roots: [String], fileManager: FileManager = .default) throws(InputError) -> [Entry] {
        var entries: [String: Bool] = [:]
        for root in roots {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: root, isDirectory: &isDirectory) else {
                throw InputError("\(root): no such file or directory")
            }
            guard isDirectory.boolValue else {
                entries[PathResolution.normalize(root)] = true
                continue
            }
            for path in walk(root, fileManager: fileManager) where entries[path] == nil { entries[path] = false }
        }
        return entries.keys.sorted().map { Entry(path: $0, named: entries[$0] ?? false) }
    }

    /// The files of known languages below `root`, breadth first.
    private static func walk(_ root: String, fileManager: FileManager) -> [String] {
        let keys: [URLResourceKey] = [.isDirectoryKey, .isSymbolicLinkKey, .isRegularFileKey]
        var found: [String] = []
        var queue = [root]
        var index = 0
        while index < queue.count {
            let directory = queue[index]
            index += 1
            let url = URL(fileURLWithPath: directory, isDirectory: true)
            guard
                let children = try? fileManager.contentsOfDirectory(
                    at: url, includingPropertiesForKeys: keys, options: [])
            else { continue }
            for child in children {
                let name = child.lastPathComponent
                guard let values = try? child.resourceValues(forKeys: Set(keys)), values.isSymbolicLink != true else {
                    continue
                }
                let path = PathResolution.normalize(PathResolution.join(directory, name))
                if values.isDirectory == true {
                    if !name.hasPrefix("."), !skippedFolders.contains(name) { queue.append(path) }
                } else if values.isRegularFile == true, SourceLanguage.of(fileName: name) != nil {
                    found.append(path)
                }
            }
        }
        return found
    }
}
