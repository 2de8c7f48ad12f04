import Foundation

/// Lexical path arithmetic for module directories, so that the paths in diagnostics and in
/// `path.module` stay the way the user wrote them (relative paths remain relative).
package enum ModulePaths {
    /// `directory/name`, normalized.
    static func join(_ directory: String, _ name: String) -> String {
        if name.hasPrefix("/") { return normalize(name) }
        return normalize(directory.isEmpty ? name : directory + "/" + name)
    }

    /// Removes `.` components, empty components and `dir/..` pairs; keeps leading `..` of
    /// relative paths. The empty result is `.`.
    static func normalize(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                if let last = parts.last, last != ".." {
                    parts.removeLast()
                } else if !absolute {
                    parts.append(component)
                }
            default: parts.append(component)
            }
        }
        let joined = parts.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// The absolute path with symbolic links resolved, to recognise a directory reached twice.
    package static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The path of a file in a directory, without a leading `./` when the directory is `.`.
    static func file(_ name: String, in directory: String) -> String {
        directory == "." ? name : join(directory, name)
    }

    /// Whether a module `source` is a local path (`./x`, `../x`), as opposed to a registry, VCS,
    /// HTTP or bucket address.
    static func isLocalSource(_ source: String) -> Bool {
        source == "." || source == ".." || source.hasPrefix("./") || source.hasPrefix("../")
    }
}
