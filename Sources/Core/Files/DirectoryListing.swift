#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The entries of a directory read straight from the system (`opendir`/`readdir`), much cheaper
/// than asking for each entry's attributes when walking thousands of directories. Symbolic links
/// are entries of their own, never followed, so a link loop cannot trap a walk.
package enum DirectoryListing {
    /// One entry: its name and whether it is a directory (a real one, not a link to one).
    package struct Entry {
        package var name: String
        package var isDirectory: Bool
    }

    /// The entries of `path` (without `.` and `..`) sorted by name, or nil when it cannot be read.
    package static func entries(of path: String) -> [Entry]? {
        guard let stream = opendir(path) else { return nil }
        defer { closedir(stream) }
        var entries: [Entry] = []
        while let pointer = readdir(stream) {
            let name = withUnsafeBytes(of: pointer.pointee.d_name) { bytes in
                String(decoding: bytes.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            guard name != ".", name != ".." else { continue }
            let isDirectory: Bool
            switch Int32(pointer.pointee.d_type) {
            case Int32(DT_DIR): isDirectory = true
            case Int32(DT_UNKNOWN): isDirectory = isRealDirectory(path + "/" + name)
            default: isDirectory = false
            }
            entries.append(Entry(name: name, isDirectory: isDirectory))
        }
        return entries.sorted { $0.name < $1.name }
    }

    /// Whether `path` is a directory itself (`lstat`: a link to a directory is not).
    private static func isRealDirectory(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }
}
