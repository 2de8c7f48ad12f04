/// The scopecheck release this build is, and the commit a release binary was built from.
public enum ToolVersion {
    public static let current = "0.1.0"

    /// The commit of a release binary: `scripts/release.sh` writes it into the copy of the tree it
    /// builds (this line, exactly). nil in a build of a checkout.
    public static let commit: String? = nil

    /// What `scopecheck --version` prints after the name: `0.1.0 (commit 1a2b…)`, or
    /// `0.1.0 (development build, no commit recorded)`.
    public static var description: String {
        "\(current) (" + (commit.map { "commit \($0)" } ?? "development build, no commit recorded") + ")"
    }
}
