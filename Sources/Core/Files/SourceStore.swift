/// Every file a run read, by the path findings name it: where excerpts, suppressions and fixes
/// find the text that was analysed.
public struct SourceStore: Sendable {
    private let files: [String: SourceFile]

    /// The files by path; when two have the same path, the first is kept.
    public init(_ files: some Sequence<SourceFile>) {
        var byPath: [String: SourceFile] = [:]
        for file in files where byPath[file.path] == nil { byPath[file.path] = file }
        self.files = byPath
    }

    /// The file read by `path`, if the run read it.
    public subscript(path: String) -> SourceFile? { files[path] }

    /// The lines of the stored files, each split once; a file the run did not read has none.
    public var lines: SourceLines {
        let files = self.files
        return SourceLines.caching { files[$0]?.lines }
    }
}
