import Core

/// One `exclude` pattern: as written, and compiled against the config file's directory.
public struct ExcludePattern: Hashable, Sendable {
    /// The pattern as written in the config.
    public var written: String
    /// The pattern resolved like a path against the config file's directory.
    public var glob: Glob

    public init(written: String, glob: Glob) {
        self.written = written
        self.glob = glob
    }

    /// Whether `path`, or a directory it is inside, matches. `path` must be in the same frame as
    /// the config file's path: absolute when it is absolute, relative to the same directory
    /// when it is relative.
    public func excludes(_ path: String) -> Bool {
        let normalized = PathResolution.normalize(path)
        if glob.matches(normalized) { return true }
        var ancestor = normalized
        while true {
            let parent = PathResolution.directory(of: ancestor)
            guard parent != ancestor, parent != ".", parent != "/" else { return false }
            if glob.matches(parent) { return true }
            ancestor = parent
        }
    }
}
