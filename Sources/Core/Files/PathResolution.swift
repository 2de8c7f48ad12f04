/// Pure path arithmetic on `/`-separated paths, for resolving paths written in a config file
/// against the config file's directory. No file system access, no symbolic link resolution.
public enum PathResolution {
    /// `path` as seen from `directory`: absolute paths stay, relative ones are joined to
    /// `directory`; the result is normalised.
    public static func resolve(_ path: String, against directory: String) -> String {
        normalize(path.hasPrefix("/") ? path : join(directory, path))
    }

    /// `directory/name` with exactly one `/` between them.
    public static func join(_ directory: String, _ name: String) -> String {
        guard !directory.isEmpty else { return name }
        return directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// The directory part of `path` (`.` for a bare file name, `/` for a file at the root).
    public static func directory(of path: String) -> String {
        let normalized = normalize(path)
        guard let slash = normalized.lastIndex(of: "/") else { return "." }
        return slash == normalized.startIndex ? "/" : String(normalized[..<slash])
    }

    /// `path` without `.` segments, repeated or trailing `/`, and with `name/..` pairs removed
    /// (`..` at the start of a relative path stays; at the root it is dropped).
    public static func normalize(_ path: String) -> String {
        let isAbsolute = path.hasPrefix("/")
        var segments: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..":
                if let last = segments.last, last != ".." {
                    segments.removeLast()
                } else if !isAbsolute {
                    segments.append(segment)
                }
            default: segments.append(segment)
            }
        }
        let joined = segments.joined(separator: "/")
        if isAbsolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }
}
