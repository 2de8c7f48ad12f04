/// One API spec a lint run used, as reports list it: where it came from, what it is and which
/// exact content it had, so a report can be traced back to the spec version behind it.
public struct SpecSummary: Hashable, Sendable {
    /// The spec's path as given on the command line or in the config.
    public var path: String
    /// The spec's own title (`info.title`).
    public var title: String
    /// The spec format, e.g. `swagger-2.0` or `openapi-3.0`.
    public var format: String
    /// The content hash the spec loader computed; reports copy it verbatim.
    public var hash: String

    public init(path: String, title: String, format: String, hash: String) {
        self.path = path
        self.title = title
        self.format = format
        self.hash = hash
    }
}
