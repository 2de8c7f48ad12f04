/// Paths as reports show them: relative to the working directory when below it, so reports do
/// not depend on where the repository is checked out.
public enum PathDisplay {
    public static func relative(_ path: String, to directory: String) -> String {
        guard path.hasPrefix("/") else { return path }
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }
}
